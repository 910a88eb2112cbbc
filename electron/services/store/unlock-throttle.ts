import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from './durable-write.ts'

const attemptsFile = 'unlock-attempts.json'
/** The longest wait, however many wrong passphrases came before. */
const longestWaitSeconds = 300

/** How long an attempt waits after `failures` wrong passphrases in a row: 0, 1, 2, 4 … seconds, at most 5 minutes. */
export function waitSecondsAfter(failures: number): number {
  return failures <= 0 ? 0 : Math.min(2 ** (failures - 1), longestWaitSeconds)
}

/**
 * Slows down guessing at the lock screen: every attempt waits before its passphrase is even checked, a
 * little longer after each wrong one in a row (1 s, 2 s, 4 s … up to 5 minutes), and the count is kept in
 * the data folder, so restarting Convene does not reset it. The wait comes before the check, for right and
 * wrong alike, so how long an answer takes says nothing about whether the passphrase was right. (It cannot
 * slow down someone with a copy of key.json: there, scrypt's cost is what counts.)
 */
export class UnlockThrottle {
  private readonly path: string
  private readonly sleep: (milliseconds: number) => Promise<void>

  constructor(
    folder: string,
    sleep: (milliseconds: number) => Promise<void> = (milliseconds) =>
      new Promise((resolve) => setTimeout(resolve, milliseconds)),
  ) {
    this.path = join(folder, attemptsFile)
    this.sleep = sleep
  }

  /** Wrong passphrases in a row so far. */
  async failures(): Promise<number> {
    try {
      const { failures } = JSON.parse(await readFile(this.path, 'utf8')) as { failures?: unknown }
      return typeof failures === 'number' && Number.isInteger(failures) && failures > 0 ? failures : 0
    } catch {
      return 0
    }
  }

  /** Waits as long as the wrong passphrases so far ask for. */
  async wait(): Promise<void> {
    const seconds = waitSecondsAfter(await this.failures())
    if (seconds > 0) await this.sleep(seconds * 1000)
  }

  /** Counts a wrong passphrase; returns how long the next attempt will wait, in seconds. */
  async recordFailure(): Promise<number> {
    const failures = (await this.failures()) + 1
    // Kept even if the disk is full: better to lose the count than to refuse to answer.
    await writeFileDurably(this.path, Buffer.from(JSON.stringify({ failures }))).catch(() => undefined)
    return waitSecondsAfter(failures)
  }

  /** The right passphrase: no more waiting. */
  async reset(): Promise<void> {
    await rm(this.path, { force: true })
  }
}
