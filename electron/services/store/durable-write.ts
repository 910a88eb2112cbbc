import { open, rename, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

/** Why a save did not reach the disk, in terms the user can act on. */
export class SaveError extends Error {
  readonly reason: 'disk-full' | 'write-failed'
  constructor(reason: 'disk-full' | 'write-failed', cause: unknown) {
    super(reason === 'disk-full' ? 'The disk is full' : 'The file could not be written', { cause })
    this.name = 'SaveError'
    this.reason = reason
  }
}

/** The prefix and suffix of the temporary files a durable write leaves behind only if it is interrupted. */
export const temporaryFileSuffix = '.tmp'

/**
 * Replaces a file so that, whatever moment the process or the machine dies, the path holds either the old
 * contents or the new, never a mixture: write a temporary file beside it, fsync it, rename it over the
 * target, then fsync the folder so the rename itself is on disk. (lowdb's own writer renames but never
 * fsyncs, which can leave an empty file after a power cut.)
 */
export async function writeFileDurably(path: string, contents: Buffer): Promise<void> {
  const folder = dirname(path)
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}${temporaryFileSuffix}`)
  try {
    const handle = await open(temporary, 'wx', 0o600)
    try {
      await handle.writeFile(contents)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    throw new SaveError(isDiskFull(error) ? 'disk-full' : 'write-failed', error)
  }
  await syncFolder(folder)
}

/** Flushes a folder's entries (new names, renames, deletions) to disk. */
export async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await open(folder, 'r')
  } catch (error) {
    // Windows cannot open a folder as a file; its rename is already as durable as the platform allows.
    if (isUnsupportedFolderSync(error)) return
    throw new SaveError('write-failed', error)
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!isUnsupportedFolderSync(error)) throw new SaveError('write-failed', error)
  } finally {
    await handle.close()
  }
}

/** The system error code of a failure ('ENOENT', 'ENOSPC'), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
}

/** True when a write failed for want of space (or quota). */
export function isDiskFull(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'ENOSPC' || code === 'EDQUOT'
}

function isUnsupportedFolderSync(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL' || code === 'EACCES'
}
