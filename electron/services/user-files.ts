import { open, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { fail, ok, type Result } from '../../shared/util/result.ts'
import { decodeText, unreadableFile } from '../../shared/text/decode-text.ts'
import { meetingFileTooLarge, mostMeetingFileBytes } from '../../shared/meeting/file-limits.ts'

/** A file to save for the user, as the contract carries it. */
export type FileToSave = { readonly fileName: string; readonly base64: string }

function errorCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : null
}

/** What went wrong writing, in words the user can act on. */
function writeProblem(error: unknown, where: string): Result<never> {
  const code = errorCode(error)
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return fail(
      'disk-full',
      `The disk is full, so nothing more could be saved in ${where}. Free some space, or choose another place.`,
    )
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return fail(
      'write-failed',
      `Convene is not allowed to save in ${where}. Choose another folder, such as Documents.`,
    )
  return fail(
    'write-failed',
    `The files could not be saved in ${where} (${code ?? 'unknown error'}). Choose another folder.`,
  )
}

/** A name not yet taken in the folder: 'minutes.docx', else 'minutes (2).docx', 'minutes (3).docx'… */
async function freeName(folder: string, fileName: string): Promise<string> {
  const extension = extname(fileName)
  const stem = fileName.slice(0, fileName.length - extension.length)
  for (let copy = 1; copy < 1000; copy += 1) {
    const candidate = copy === 1 ? fileName : `${stem} (${copy})${extension}`
    const taken = await stat(join(folder, candidate)).then(
      () => true,
      () => false,
    )
    if (!taken) return candidate
  }
  return `${stem} (${Date.now()})${extension}`
}

/**
 * Saves files in a folder the user chose, never over a file already there (a second export of version 1
 * sits beside the first, it does not replace it). Each file is created exclusively, so two saves at once
 * cannot write into the same file.
 */
export async function saveFilesInFolder(
  folder: string,
  files: ReadonlyArray<FileToSave>,
): Promise<Result<{ readonly folder: string; readonly fileNames: ReadonlyArray<string> }>> {
  const saved: string[] = []
  try {
    for (const file of files) {
      const name = await freeName(folder, file.fileName)
      const handle = await open(join(folder, name), 'wx', 0o600)
      try {
        await handle.writeFile(Buffer.from(file.base64, 'base64'))
        await handle.sync()
      } finally {
        await handle.close()
      }
      saved.push(name)
    }
  } catch (error) {
    return writeProblem(error, folder)
  }
  return ok({ folder, fileNames: saved })
}

/** Saves one file at the path the user chose in a save dialog (which has asked about replacing it). */
export async function saveFileAt(
  path: string,
  file: FileToSave,
): Promise<Result<{ readonly folder: string; readonly fileNames: ReadonlyArray<string> }>> {
  try {
    await writeFile(path, Buffer.from(file.base64, 'base64'), { mode: 0o600 })
  } catch (error) {
    return writeProblem(error, path)
  }
  return ok({ folder: join(path, '..'), fileNames: [basename(path)] })
}

/** Reads a meeting file the user chose, as text, with a plain message for whatever is wrong with it. */
export async function readMeetingFile(
  path: string,
): Promise<Result<{ readonly name: string; readonly text: string }>> {
  let size: number
  try {
    const facts = await stat(path)
    if (facts.isDirectory())
      return fail('invalid-file', `${basename(path)} is a folder. Choose a meeting file (.json) inside it.`)
    size = facts.size
  } catch (error) {
    return fail(
      'not-found',
      errorCode(error) === 'ENOENT'
        ? `There is no file at ${path}.`
        : `That file could not be opened (${errorCode(error) ?? 'unknown error'}).`,
    )
  }
  if (size > mostMeetingFileBytes) return fail('invalid-file', meetingFileTooLarge)
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = errorCode(error)
    return fail(
      'invalid-file',
      code === 'EACCES' || code === 'EPERM'
        ? 'Convene is not allowed to read that file. Copy it to your Documents folder and choose the copy.'
        : unreadableFile,
    )
  }
  const decoded = decodeText(bytes)
  return decoded.ok ? ok({ name: basename(path), text: decoded.text }) : fail('invalid-file', decoded.problem)
}
