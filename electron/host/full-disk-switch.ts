import { access } from 'node:fs/promises'
import { SaveError, writeFileDurably } from '../services/store/durable-write.ts'
import { appendFileDurably } from '../services/store/journal.ts'

/**
 * For tests only: a durable writer that fails as a full disk does (ENOSPC) while a given file exists, so
 * an end-to-end test can fill the disk, do what the screen offers, free it again and restart, without
 * needing root to mount a tiny filesystem. The test host takes it with `--disk-full-when FILE`; the host
 * is never packaged, and the app itself always writes with `writeFileDurably`.
 */
export function writerFailingWhile(flagFile: string): (path: string, contents: Buffer) => Promise<void> {
  return async (path, contents) => {
    if (await exists(flagFile)) {
      const cause = Object.assign(new Error('ENOSPC: no space left on device (simulated)'), {
        code: 'ENOSPC',
      })
      throw new SaveError('disk-full', cause)
    }
    await writeFileDurably(path, contents)
  }
}

/** The same, for appends to a meeting's journal: refused whole while the flag file exists. */
export function appenderFailingWhile(flagFile: string): (path: string, contents: Buffer) => Promise<void> {
  return async (path, contents) => {
    if (await exists(flagFile)) {
      const cause = Object.assign(new Error('ENOSPC: no space left on device (simulated)'), {
        code: 'ENOSPC',
      })
      throw new SaveError('disk-full', cause)
    }
    await appendFileDurably(path, contents)
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
