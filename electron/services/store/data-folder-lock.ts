import { mkdir, open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fail, ok, type Result } from '../../../shared/util/result.ts'

const lockName = 'convene.lock'

function errorCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : null
}

/** Whether a process is still running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM'
  }
}

/**
 * One process at a time owns a data folder: two writers would each believe their own generations. Electron's
 * single-instance lock stops a second window of the app; this lock also stops the test host or a script
 * from opening a folder that the app has open. A lock left by a process that died is taken over.
 *
 * The folder is made first (only readable by this user): on a fresh install Electron creates the app's
 * own folder, never the data folder inside it.
 */
export async function lockDataFolder(
  folder: string,
): Promise<Result<{ readonly release: () => Promise<void> }>> {
  const path = join(folder, lockName)
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 })
  } catch (error) {
    return fail(
      'write-failed',
      `Convene could not create its data folder (${errorCode(error) ?? 'unknown error'}): ${folder}. Check that this folder can be written to, or set CONVENE_USER_DATA to another folder.`,
    )
  }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx', 0o600)
      await handle.writeFile(String(process.pid))
      await handle.sync()
      await handle.close()
      return ok({ release: () => rm(path, { force: true }) })
    } catch (error) {
      if (errorCode(error) !== 'EEXIST')
        return fail(
          'write-failed',
          `Convene could not take charge of its data folder (${errorCode(error) ?? 'unknown error'}): ${folder}. Check that this folder can be written to.`,
        )
      const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim())
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        return fail(
          'already-running',
          'Convene is already open on this computer. Switch to that window to carry on.',
        )
      }
      await rm(path, { force: true })
    }
  }
  return fail(
    'already-running',
    'Convene could not take charge of its data folder. Close other copies of Convene and try again.',
  )
}
