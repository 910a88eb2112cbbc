import type { Meeting } from '../../../shared/meeting/meeting.ts'
import { GroupCommit } from './group-commit.ts'
import type { GenerationalFile } from './generational-file.ts'
import type { Journal, JournalEntryDraft } from './journal.ts'

/** A meeting as a snapshot keeps it: the meeting, and how much of its journal it already includes. */
export type MeetingSnapshot = {
  readonly meeting: Meeting
  /** The number of journal entries the meeting includes. */
  readonly journalSeq: number
  /** The SHA-256 of the last of them (the journal's genesis hash when there are none). */
  readonly journalHead: string
  /** Where the last of them ends in the journal's file (absent from snapshots written before it was kept). */
  readonly journalBytes?: number
  /**
   * True once the journal holds the whole meeting (a `keep-whole` entry) before any change it includes, so
   * a signed version can be rebuilt from the journal alone. Absent from snapshots written before schema 7.
   */
  readonly journalBase?: boolean
}

/** A snapshot is written after this many entries since the last, or when the meeting is closed. */
export const snapshotEvery = 500

/**
 * A meeting held in memory whose changes are written as journal entries: a change is acknowledged only
 * once its entry is appended and fsynced, so a save costs what changed, not the whole meeting. Several
 * changes arriving together are one append and one fsync (group commit). A failed append puts the memory
 * back to what the journal holds, failing the changes made on top of it, so what is held is what a restart
 * would find. Every `snapshotEvery` entries, and when the meeting is closed, the whole meeting is sealed as
 * a snapshot, so opening replays only the entries after it.
 */
export class JournaledMeeting {
  private current: Meeting
  private onDisk: Meeting
  private pending: JournalEntryDraft[] = []
  private sinceSnapshot: number
  private journalBase: boolean
  private readonly journal: Journal
  private readonly snapshots: GenerationalFile<MeetingSnapshot>
  private readonly commits: GroupCommit<Meeting>
  private readonly onSnapshotFailed: (error: unknown) => void

  constructor(options: {
    readonly meeting: Meeting
    readonly journal: Journal
    readonly snapshots: GenerationalFile<MeetingSnapshot>
    /** Entries in the journal after the snapshot the meeting was opened from. */
    readonly sinceSnapshot: number
    /** True when the journal holds the whole meeting before its changes (see MeetingSnapshot). */
    readonly journalBase: boolean
    readonly onSnapshotFailed: (error: unknown) => void
  }) {
    this.current = options.meeting
    this.onDisk = options.meeting
    this.journal = options.journal
    this.snapshots = options.snapshots
    this.sinceSnapshot = options.sinceSnapshot
    this.journalBase = options.journalBase
    this.onSnapshotFailed = options.onSnapshotFailed
    this.commits = new GroupCommit(
      async () => {
        const batch = this.pending.splice(0)
        const writing = this.current
        await this.journal.appendAll(batch)
        this.onDisk = writing
        this.sinceSnapshot += batch.length
        if (this.sinceSnapshot >= snapshotEvery) await this.snapshotQuietly()
        return writing
      },
      () => {
        this.current = this.onDisk
        this.pending = []
      },
    )
  }

  /** The meeting as last changed (saved, or on its way to disk). */
  get data(): Meeting {
    return this.current
  }

  /** Makes a change and resolves with what was saved once its journal entry is durable. */
  change(next: Meeting, entry: JournalEntryDraft): Promise<Meeting> {
    this.current = next
    this.pending.push(entry)
    return this.commits.commit()
  }

  /**
   * Keeps the meeting whole in the journal, with what it carried that the journal now keeps taken out
   * (`next`, at the same revision: nothing the user sees changes), so its signed versions can be rebuilt
   * from the journal from here on. Resolves once the entries are durable; rejects, changing nothing, when
   * they cannot be written.
   */
  async keepWhole(next: Meeting, entries: ReadonlyArray<JournalEntryDraft>): Promise<void> {
    this.current = next
    this.pending.push(...entries)
    await this.commits.commit()
    this.journalBase = true
    // Written now, so the next opening starts from the meeting kept whole, without what it carried.
    await this.snapshotQuietly()
  }

  /** True when the journal holds the whole meeting before its changes. */
  get keptWhole(): boolean {
    return this.journalBase
  }

  /** Resolves with the meeting once what it holds is durable (for a change that changed nothing). */
  durable(): Promise<Meeting> {
    return this.commits.busy ? this.commits.commit() : Promise.resolve(this.onDisk)
  }

  /** Waits for any save under way, ignoring its outcome (its callers have been told). */
  async settle(): Promise<void> {
    if (this.commits.busy) await this.commits.commit().catch(() => undefined)
  }

  /** Writes a snapshot if any entry came after the last one (when the meeting is closed). */
  async close(): Promise<void> {
    await this.settle()
    if (this.sinceSnapshot > 0) await this.snapshotQuietly()
  }

  /**
   * Seals the meeting as it is on disk with the journal's position. A snapshot that fails loses nothing
   * (the journal holds every change), so it is only logged and tried again later.
   */
  private async snapshotQuietly(): Promise<void> {
    const { seq, head, offset } = this.journal.position
    try {
      await this.snapshots.write({
        meeting: this.onDisk,
        journalSeq: seq,
        journalHead: head,
        journalBytes: offset,
        journalBase: this.journalBase,
      })
      this.sinceSnapshot = 0
    } catch (error) {
      this.onSnapshotFailed(error)
    }
  }
}
