/**
 * Many changes, few writes: while one save is on its way to disk, later changes wait and then go down
 * together in the next save. Each caller is answered only once a save that includes its change is durable,
 * so fast typing never queues a save per keystroke and never acknowledges a change early. A failed save
 * fails its callers and every caller waiting behind it: their changes were made on top of the one that
 * failed, and the writer has put the state back to what is on disk.
 */
export class GroupCommit<T> {
  private readonly write: () => Promise<T>
  private readonly rollback: () => void
  private waiting: Array<{ resolve: (written: T) => void; reject: (error: unknown) => void }> = []
  private running = false

  /**
   * `write` saves the current state and resolves with what it saved; `rollback` puts the state back to
   * what is on disk after a failed save (called before any caller hears of the failure).
   */
  constructor(write: () => Promise<T>, rollback: () => void = () => undefined) {
    this.write = write
    this.rollback = rollback
  }

  /** Resolves with the saved state once a save that includes every change made so far is durable. */
  commit(): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ resolve, reject })
      if (!this.running) void this.run()
    })
  }

  /** True while a save is under way. */
  get busy(): boolean {
    return this.running
  }

  private async run(): Promise<void> {
    this.running = true
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0)
        try {
          const written = await this.write()
          for (const waiter of batch) waiter.resolve(written)
        } catch (error) {
          // In the same turn as the rejections, so no change can slip in between on the failed state.
          this.rollback()
          for (const waiter of [...batch, ...this.waiting.splice(0)]) waiter.reject(error)
        }
      }
    } finally {
      this.running = false
    }
  }
}
