import { Low, type Adapter } from 'lowdb'
import { GroupCommit } from './group-commit.ts'

/**
 * A document held in memory and saved through lowdb, whose memory never runs ahead of the disk for long: a
 * change is acknowledged only once a save that includes it is durable, and a save that fails puts the
 * memory back to what is on disk. Changes made while that save was under way were made on top of the one
 * that failed, so they fail with it (GroupCommit answers them so). What the store holds is therefore what
 * a restart would find, and a change sent again after a failure is applied afresh, never found 'already
 * there' in memory only.
 */
export class DurableDocument<T> {
  private readonly db: Low<T>
  private onDisk: T
  private readonly commits: GroupCommit<T>

  /** `data` is what the adapter last read (or the first contents, not yet written). */
  constructor(adapter: Adapter<T>, data: T) {
    this.db = new Low<T>(adapter, data)
    this.db.data = data
    this.onDisk = data
    this.commits = new GroupCommit(
      async () => {
        const writing = this.db.data
        await this.db.write()
        this.onDisk = writing
        return writing
      },
      () => {
        this.db.data = this.onDisk
      },
    )
  }

  /** The document as last changed (saved, or on its way to disk). */
  get data(): T {
    return this.db.data
  }

  /** True while a save is under way. */
  get busy(): boolean {
    return this.commits.busy
  }

  /** Makes a change and resolves with what was saved once it is durable; if the save fails, the change is undone. */
  change(next: T): Promise<T> {
    this.db.data = next
    return this.commits.commit()
  }

  /** Saves the document as it is (its first save, or again after a failure); resolves once durable. */
  save(): Promise<T> {
    return this.commits.commit()
  }

  /**
   * Resolves with the document once what it holds is durable: at once when no save is under way, else
   * after a save that includes it (for a change that turned out to change nothing, which must not be
   * acknowledged before the earlier change it repeats is on disk).
   */
  durable(): Promise<T> {
    return this.commits.busy ? this.commits.commit() : Promise.resolve(this.onDisk)
  }

  /** Waits for any save under way, ignoring its outcome (its callers have been told). */
  async settle(): Promise<void> {
    if (this.commits.busy) await this.commits.commit().catch(() => undefined)
  }
}
