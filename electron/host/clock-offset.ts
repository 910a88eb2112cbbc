import { readFileSync } from 'node:fs'

/**
 * For tests only: a clock running ahead of the real one by the milliseconds a file holds (none, or 0, while
 * it is absent or unreadable), read again at most twice a second. The test host takes it with
 * `--clock-offset-file FILE`, so an end-to-end test can let a deadline pass; the app always uses the real
 * clock.
 */
export function clockAheadBy(file: string): () => Date {
  let offset = 0
  let readAt = 0
  return () => {
    const real = Date.now()
    if (real - readAt > 500) {
      readAt = real
      try {
        const value = Number(readFileSync(file, 'utf8').trim())
        offset = Number.isFinite(value) ? value : 0
      } catch {
        offset = 0
      }
    }
    return new Date(real + offset)
  }
}
