import { readFile } from 'node:fs/promises'
import { verifyDocx } from '../services/signing/ooxml-signature.ts'
import type { CliOutput } from './convene.ts'

/** `verify file.docx …`: signer, time, valid or not for each; exit 0 only when every one is valid. */
export async function verify(paths: ReadonlyArray<string>, io: CliOutput): Promise<number> {
  if (paths.length === 0) {
    io.err(
      'convene verify: name the document to check, for example: npm run convene -- verify minutes.docx\n',
    )
    return 2
  }
  let worst = 0
  for (const path of paths) {
    let data: Buffer
    try {
      data = await readFile(path)
    } catch {
      io.err(`${path}: there is no such file, or it could not be read\n`)
      worst = 2
      continue
    }
    const outcome = await verifyDocx(data)
    if (!outcome.signed) {
      io.out(`${path}: not signed. ${outcome.problem}\n`)
      worst = Math.max(worst, 1)
    } else if (outcome.valid) {
      io.out(`${path}: valid. Signed by ${outcome.signer} at ${outcome.signedAt}; unchanged since.\n`)
    } else {
      io.out(
        `${path}: NOT VALID. Signed by ${outcome.signer} at ${outcome.signedAt}. ${outcome.problem ?? ''}\n`,
      )
      worst = Math.max(worst, 1)
    }
  }
  return worst
}
