import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readInterchange } from '../../shared/meeting/interchange.ts'
import { publishDocuments } from '../services/publishing/publish-documents.ts'
import { refuseDocuments } from '../../shared/kinds/offers.ts'
import { holderOf, readPkcs12, type SigningIdentity } from '../services/signing/certificate.ts'
import { ok } from '../../shared/util/result.ts'
import { councilSettingsFor } from './council-settings.ts'
import { readText, whyNotRead, whyNotWritten, writeRefusal, type CliOutput } from './cli-files.ts'

const usage =
  'Usage: npm run convene -- render meeting.json --out folder [--sign-with certificate.p12]\n' +
  '         [--settings settings.json | --data DATA-FOLDER]\n' +
  "(the certificate password is read from the CONVENE_P12_PASSWORD environment variable; the council's\n" +
  'settings from a settings file, or from a data folder with its passphrase in CONVENE_PASSPHRASE)'

/** `render meeting.json --out DIR`: the four Word documents of a meeting, for scripts and bulk re-export. */
export async function render(args: ReadonlyArray<string>, io: CliOutput): Promise<number> {
  const outAt = args.indexOf('--out')
  const out = outAt >= 0 ? args[outAt + 1] : undefined
  const signAt = args.indexOf('--sign-with')
  const p12 = signAt >= 0 ? args[signAt + 1] : undefined
  const valuesOf = new Set(
    ['--out', '--sign-with', '--settings', '--data']
      .map((name) => args.indexOf(name) + 1)
      .filter((at) => at > 0),
  )
  const input = args.find((arg, index) => !arg.startsWith('--') && !valuesOf.has(index))
  if (!input || !out) {
    io.err(`convene render: name the meeting file and the folder to write to.\n${usage}\n`)
    return 2
  }
  const text = await readText(input, io)
  if (text === null) return 2
  const read = readInterchange(text)
  if (!read.ok) {
    io.err(
      `${input}: this is not a meeting Convene can read (run convene validate ${input} for the problems)\n`,
    )
    return 1
  }
  const refused = refuseDocuments(read.meeting)
  if (refused) {
    io.err(`${input}: ${refused.error.message}\n`)
    return 1
  }
  let identity: SigningIdentity | null = null
  if (signAt >= 0) {
    if (!p12) {
      io.err(`convene render: name the certificate file after --sign-with.\n${usage}\n`)
      return 2
    }
    let file: Buffer
    try {
      file = await readFile(p12)
    } catch (error) {
      io.err(`${p12}: ${whyNotRead(error)}\n`)
      return 2
    }
    const read12 = readPkcs12(file, process.env['CONVENE_P12_PASSWORD'] ?? '')
    if (!read12.ok) {
      io.err(`${p12}: ${read12.error.message}\n`)
      return 2
    }
    identity = read12.value
  }
  const council = await councilSettingsFor(args, io)
  if (council === null) return 2
  const published = await publishDocuments(read.meeting, {
    council,
    version: null,
    journal: read.journal,
    signer: identity
      ? async (_version, signedAt) =>
          ok({ key: identity, block: { ...holderOf(identity.certificatePem), signedAt, image: null } })
      : null,
    signAt: identity ? new Date() : undefined,
  })
  if (!published.ok) {
    io.err(`${input}: ${published.error.message}\n`)
    return 1
  }
  const documents = published.value
  try {
    await mkdir(out, { recursive: true })
    for (const document of documents) await writeFile(join(out, document.fileName), document.data)
  } catch (error) {
    io.err(
      `${out}: the documents were not written: ${whyNotWritten(await writeRefusal(out, error))} Nothing else was changed.\n`,
    )
    return 2
  }
  for (const document of documents) io.out(`${join(out, document.fileName)}\n`)
  return 0
}
