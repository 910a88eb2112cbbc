import { access } from 'node:fs/promises'
import { SaveError, writeFileDurably } from '../services/store/durable-write.ts'
import { appendFileDurably } from '../services/store/journal.ts'

type Writer = (path: string, contents: Buffer) => Promise<void>

/**
 * For tests only: a durable writer (or appender) that fails as a full disk does (ENOSPC) while a given file
 * exists, so an end-to-end test can fill the disk, do what the screen offers, free it again and restart,
 * without needing root to mount a tiny filesystem. The test host takes it with `--disk-full-when FILE`; the
 * host is never packaged, and the app itself always writes with `writeFileDurably` and `appendFileDurably`.
 */
function failingWhile(flagFile: string, write: Writer): Writer {
  return async (path, contents) => {
    if (await exists(flagFile)) {
      const cause = Object.assign(new Error('ENOSPC: no space left on device (simulated)'), {
        code: 'ENOSPC',
      })
      throw new SaveError('disk-full', cause)
    }
    await write(path, contents)
  }
}

/** Whole-file saves (snapshots, settings, the index) that fail while the flag file exists. */
export const writerFailingWhile = (flagFile: string): Writer => failingWhile(flagFile, writeFileDurably)

/** Appends to a meeting's journal that fail, whole, while the flag file exists. */
export const appenderFailingWhile = (flagFile: string): Writer => failingWhile(flagFile, appendFileDurably)

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
