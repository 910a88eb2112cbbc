import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readInterchange } from '../../shared/model/interchange.ts'
import { renderDocuments } from '../services/export/documents.ts'
import { readText, type CliOutput } from './convene.ts'

const usage = 'Usage: npm run convene -- render meeting.json --out folder'

/** A write error in plain words. */
function whyNotWritten(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'EACCES' || code === 'EPERM') return 'Convene is not allowed to write there'
  if (code === 'ENOSPC') return 'the disk is full'
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'that is a file, not a folder'
  if (code === 'EROFS') return 'that folder is read-only'
  return 'it could not be written'
}

/** `render meeting.json --out DIR`: the four Word documents of a meeting, for scripts and bulk re-export. */
export async function render(args: ReadonlyArray<string>, io: CliOutput): Promise<number> {
  const outAt = args.indexOf('--out')
  const out = outAt >= 0 ? args[outAt + 1] : undefined
  const input = args.find((arg, index) => !arg.startsWith('--') && index !== outAt + 1)
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
  const documents = await renderDocuments(read.meeting, { signature: null })
  try {
    await mkdir(out, { recursive: true })
    for (const document of documents) await writeFile(join(out, document.fileName), document.data)
  } catch (error) {
    io.err(`${out}: the documents were not written: ${whyNotWritten(error)}. Nothing else was changed.\n`)
    return 2
  }
  for (const document of documents) io.out(`${join(out, document.fileName)}\n`)
  return 0
}
