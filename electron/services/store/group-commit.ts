/**
 * Many changes, few writes: while one save is on its way to disk, later changes wait and then go down
 * together in the next save. Each caller is answered only once a save that includes its change is durable,
 * so fast typing never queues a save per keystroke and never acknowledges a change early.
 */
export class GroupCommit<T> {
  private readonly write: () => Promise<T>
  private waiting: Array<{ resolve: (written: T) => void; reject: (error: unknown) => void }> = []
  private running = false

  /** `write` saves the current state and resolves with what it saved. */
  constructor(write: () => Promise<T>) {
    this.write = write
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
          for (const waiter of batch) waiter.reject(error)
        }
      }
    } finally {
      this.running = false
    }
  }
}
