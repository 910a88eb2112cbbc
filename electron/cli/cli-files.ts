import { constants } from 'node:fs'
import { access, readFile, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { decodeText } from '../../shared/text/decode-text.ts'

/** Where the command line writes: standard output for results, standard error for problems. */
export type CliOutput = { readonly out: (text: string) => void; readonly err: (text: string) => void }

const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''

/** Why a file could not be read, in plain words with what to do. */
export function whyNotRead(error: unknown): string {
  switch (codeOf(error)) {
    case 'ENOENT':
      return 'there is no such file. Check the name and the folder.'
    case 'EISDIR':
      return 'this is a folder, not a file. Name a file inside it.'
    case 'EACCES':
    case 'EPERM':
      return 'Convene is not allowed to read this file. Check its permissions, or copy it somewhere you can read.'
    case 'ENOTDIR':
      return 'part of this path is a file, not a folder. Check the path.'
    default:
      return `the file could not be read (${codeOf(error) || 'unknown error'}). Check that it is there and readable.`
  }
}

/** Why the documents could not be written to a folder, in plain words with what to do. */
export function whyNotWritten(error: unknown): string {
  const code = codeOf(error)
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'Convene is not allowed to write in that folder (its permissions do not allow it). Choose another folder with --out, or ask whoever manages this computer for write access.'
    case 'EROFS':
      return 'that folder is on a read-only disk or share. Choose a folder on a disk you can write to with --out.'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full. Free some space, or choose a folder on another disk with --out.'
    case 'ENOTDIR':
    case 'EEXIST':
      return 'that is a file, not a folder. Name a folder with --out (it is made if it does not exist).'
    default:
      return `the system refused (${code || 'unknown error'}). Check that the folder exists and can be written to, or choose another with --out.`
  }
}

/**
 * The real reason a folder could not be made or written: `mkdir -p` on a read-only disk reports only that
 * the folder is missing (ENOENT), so ask the nearest folder that exists whether it may be written to.
 */
export async function writeRefusal(folder: string, error: unknown): Promise<unknown> {
  if (codeOf(error) !== 'ENOENT') return error
  for (let at = folder; ; at = dirname(at)) {
    try {
      if (!(await stat(at)).isDirectory())
        return Object.assign(new Error('not a folder'), { code: 'ENOTDIR' })
      await access(at, constants.W_OK)
      return error
    } catch (refusal) {
      if (codeOf(refusal) !== 'ENOENT') return refusal
    }
    if (dirname(at) === at) return error
  }
}

/** A text file's contents, or null after saying in plain words why it could not be read. */
export async function readText(path: string, io: CliOutput): Promise<string | null> {
  try {
    if ((await stat(path)).isDirectory()) {
      io.err(`${path}: this is a folder, not a file. Name a file inside it.\n`)
      return null
    }
    const decoded = decodeText(await readFile(path))
    if (decoded.ok) return decoded.text
    io.err(`${path}: ${decoded.problem}\n`)
    return null
  } catch (error) {
    io.err(`${path}: ${whyNotRead(error)}\n`)
    return null
  }
}
