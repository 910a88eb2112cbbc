import { readFile, stat } from 'node:fs/promises'
import { verifyVerdict } from '../../shared/model/verify-verdict.ts'
import { certificatesInFile, type TrustAnchors } from '../services/signing/trust.ts'
import { verifyDocx } from '../services/signing/verify-docx.ts'
import { packageLimits } from '../services/signing/zip-package.ts'
import { whyNotRead, type CliOutput } from './cli-files.ts'

const usage =
  'Usage: npm run convene -- verify minutes.docx [more.docx ...] [--trust certificates.pem ...]\n' +
  "(--trust names a file of certificates you know: a chair's, or the council's certificate authority)"

/** Reads a file whole, after checking it is a file and not too large; null after saying why not. */
async function readInput(path: string, io: CliOutput): Promise<Buffer | null> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) {
      io.err(`${path}: this is a folder, not a document. Name the .docx file inside it.\n`)
      return null
    }
    if (info.size > packageLimits.fileBytes) {
      io.err(
        `${path}: this file is ${Math.round(info.size / 1048576)} MB, more than any document Convene signs, so it is not checked.\n`,
      )
      return null
    }
    return await readFile(path)
  } catch (error) {
    io.err(`${path}: ${whyNotRead(error)}\n`)
    return null
  }
}

/**
 * `verify file.docx … [--trust FILE]`: for each document, whether its signature is valid, and whether the
 * certificate is one the --trust files name (directly, or as its issuing authority). Exit 0 only when every
 * document is valid and signed with a known certificate; 1 when one is not signed, not valid, not checked,
 * or signed with a certificate not known; 2 when the command could not run.
 */
export async function verify(args: ReadonlyArray<string>, io: CliOutput): Promise<number> {
  const paths: string[] = []
  const trustFiles: string[] = []
  for (let at = 0; at < args.length; at += 1) {
    const arg = args[at] ?? ''
    if (arg === '--trust') {
      const file = args[at + 1]
      if (!file || file.startsWith('--')) {
        io.err(`convene verify: name the certificate file after --trust.\n${usage}\n`)
        return 2
      }
      trustFiles.push(file)
      at += 1
    } else if (arg.startsWith('--')) {
      io.err(`convene verify: "${arg}" is not an option of verify.\n${usage}\n`)
      return 2
    } else paths.push(arg)
  }
  if (paths.length === 0) {
    io.err(`convene verify: name the document to check.\n${usage}\n`)
    return 2
  }
  const listed: string[] = []
  for (const file of trustFiles) {
    const data = await readInput(file, io)
    if (data === null) return 2
    const read = certificatesInFile(data)
    if (!read.ok) {
      io.err(`${file}: ${read.problem}\n`)
      return 2
    }
    listed.push(...read.pems)
  }
  const anchors: TrustAnchors = { own: [], listed }
  let worst = 0
  for (const path of paths) {
    const data = await readInput(path, io)
    if (data === null) {
      worst = 2
      continue
    }
    const outcome = await verifyDocx(data, anchors)
    const verdict = verifyVerdict(outcome, 'command line')
    io.out(`${path}: ${verdict.headline} ${verdict.detail}\n`)
    if (verdict.severity !== 'success') worst = Math.max(worst, 1)
  }
  return worst
}
