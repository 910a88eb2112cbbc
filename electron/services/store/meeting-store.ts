import { randomUUID } from 'node:crypto'
import { access, mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { currentSchemaVersion, type Meeting } from '../../../shared/meeting/meeting.ts'
import { blankMeeting } from '../../../shared/meeting/blank-meeting.ts'
import type { AgendaSection } from '../../../shared/model/agenda.ts'
import { applyCommand, type MeetingCommand } from '../../../shared/meeting/meeting-command.ts'
import {
  listEntry,
  sameSummary,
  summarise,
  summaryIsOutOfDate,
  type MeetingListEntry,
  type MeetingSummary,
} from '../../../shared/meeting/meeting-summary.ts'
import type { LoadedMeeting, RecoveryNotice } from '../../../shared/contract/values.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import { NewerVersionError, UnreadableError } from './generational-file.ts'
import { keepAside } from './kept-aside.ts'
import { errorCode, writeFileDurably } from './durable-write.ts'
import {
  readJournalBytes,
  type AppendFile,
  type JournalAuthor,
  type JournalEntry,
  type JournalEntryDraft,
} from './journal.ts'
import type { KeepWhole } from '../../../shared/meeting/replay.ts'
import { JournaledMeeting } from './journaled-meeting.ts'
import {
  journalFor,
  journalPath,
  meetingFolder,
  rebuildMeeting,
  snapshotFile,
  type MeetingFilesOptions,
  type RebuiltMeeting,
} from './meeting-files.ts'
import { MeetingIndex } from './meeting-index.ts'
import { addFailure, notFoundFailure, saveFailure, unreadableFailure } from './store-errors.ts'
import { CaseFiles } from './case-files.ts'
import { newCase, summariseCase, type CaseSummary } from '../../../shared/meeting/case.ts'
import { moduleOf } from '../../../shared/kinds/registry.ts'
import type { Logger } from '../logger.ts'

/** What changed in the store, for windows to hear about. */
export type StoreChange =
  | { readonly type: 'meeting-saved'; readonly meeting: Meeting }
  | { readonly type: 'list-changed'; readonly reason: 'created' | 'updated' | 'removed' }

/** A new meeting's details, already checked against the contract's schema. */
export type MeetingDraft = Pick<Meeting, 'kind' | 'familyName' | 'date' | 'startTime'> & {
  /** The case it joins, or null to open a new case for the family. */
  readonly caseId: string | null
  readonly children: ReadonlyArray<{
    readonly name: string
    readonly dateOfBirth: string | null
    readonly knownAs?: string
  }>
  /** The agenda, from the council's template for this kind of meeting. */
  readonly agenda: ReadonlyArray<AgendaSection>
}

/** How the store is opened. Paths, key, clock and logger come in, so tests can give it a temporary folder. */
export type MeetingStoreOptions = {
  readonly folder: string
  readonly key: Buffer
  readonly now: () => Date
  readonly logger: Logger
  /** Saves kept per meeting, the newest included. */
  readonly keep?: number
  readonly newId?: () => string
  /** The durable writer for meeting files (tests inject failures through it). */
  readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
  /** The durable appender for journals (tests inject failures through it). */
  readonly appendFile?: AppendFile
}

type OpenMeeting = {
  readonly doc: JournaledMeeting
  readonly recovery: RecoveryNotice | null
}

/**
 * The meetings on this laptop: per meeting, a journal of every change (appended, sealed, chained) and
 * snapshots of the whole meeting (encrypted generational files); and an index for the list. A change is
 * acknowledged only when its journal entry is durable; a meeting that cannot be read is reported as such
 * and never stops the others from opening.
 */
export class MeetingStore {
  private readonly options: Required<Omit<MeetingStoreOptions, 'appendFile'>> &
    Pick<MeetingStoreOptions, 'appendFile'>
  private readonly index: MeetingIndex
  private readonly open = new Map<string, Promise<Result<OpenMeeting>>>()
  private readonly unreadable = new Map<string, string>()
  private readonly listeners = new Set<(change: StoreChange) => void>()
  private readonly caseFiles: CaseFiles

  private constructor(options: MeetingStore['options'], index: MeetingIndex) {
    this.options = options
    this.index = index
    this.caseFiles = new CaseFiles(options)
  }

  /** Opens the store in a folder, repairing the index from the meetings on disk if a crash left them apart. */
  static async open(options: MeetingStoreOptions): Promise<MeetingStore> {
    const full: MeetingStore['options'] = {
      keep: 5,
      newId: randomUUID,
      writeFile: writeFileDurably,
      ...options,
    }
    const index = await MeetingIndex.open({ ...full, meetingsFolder: join(full.folder, 'meetings') })
    const store = new MeetingStore(full, index)
    await store.repairIndex()
    return store
  }

  /** Listens for saved changes; returns the function that stops listening. */
  onDidUpdate(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The meetings list, from the index, with any meeting found unreadable marked so. */
  list(): ReadonlyArray<MeetingListEntry> {
    const listed: MeetingListEntry[] = this.index.summaries.map((summary) => {
      const problem = this.unreadable.get(summary.id)
      return problem === undefined
        ? listEntry(summary)
        : { readable: false as const, id: summary.id, problem }
    })
    for (const [id, problem] of this.unreadable) {
      if (!this.index.find(id)) listed.push({ readable: false, id, problem })
    }
    return listed
  }

  /** Opens a meeting, saying so if an earlier save had to be used. */
  async get(id: string): Promise<Result<LoadedMeeting>> {
    const opened = await this.openMeeting(id)
    if (!opened.ok) return opened
    return ok({ meeting: opened.value.doc.data, recovery: opened.value.recovery })
  }

  /** Every good entry of a meeting's journal, oldest first, once the changes under way are on disk. */
  async journal(id: string): Promise<Result<ReadonlyArray<JournalEntry>>> {
    const read = await this.readJournal(id)
    return read.ok ? ok(read.value.entries) : read
  }

  /**
   * A meeting's journal as far as it can be read, and the first entry that could not be (damaged, or off
   * the chain), or null when every entry was read: a damaged entry before the newest snapshot leaves the
   * meeting whole, but not its history.
   */
  async readJournal(
    id: string,
  ): Promise<Result<{ readonly entries: ReadonlyArray<JournalEntry>; readonly stoppedAt: number | null }>> {
    if (!this.index.find(id)) return notFoundFailure()
    const opened = this.open.get(id)
    if (opened) {
      const settled = await opened
      if (settled.ok) await settled.value.doc.settle()
    }
    let bytes: Buffer
    try {
      bytes = await readFile(journalPath(this.files, id))
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return ok({ entries: [], stoppedAt: null })
      return unreadableFailure()
    }
    const read = readJournalBytes(this.options.key, id, bytes)
    return ok({ entries: read.entries, stoppedAt: read.stopped?.seq ?? null })
  }

  /** The cases, from the index. */
  cases(): ReadonlyArray<CaseSummary> {
    return this.index.cases
  }

  /** The cases' own files: each case's record and journal. */
  get caseFile(): CaseFiles {
    return this.caseFiles
  }

  /**
   * Creates a meeting from the 'New meeting' form, in the case it names or a new case for the family;
   * `settle` adds what its case already settled.
   */
  async create(
    draft: MeetingDraft,
    settle: (meeting: Meeting) => Meeting = (meeting) => meeting,
  ): Promise<Result<Meeting>> {
    const at = this.options.now().toISOString()
    const meeting = blankMeeting({
      ...draft,
      caseId: draft.caseId,
      id: this.options.newId(),
      children: draft.children.map((child) => ({ id: this.options.newId(), knownAs: '', ...child })),
      at,
    })
    return this.add(settle(meeting), 'created')
  }

  /**
   * Adds a meeting made elsewhere (read from an interchange file, or a review set up from a conference); a
   * meeting already here is kept, and the newcomer gets a new identifier. One without a case, or naming a
   * case not on this laptop, joins its previous meeting's case if that is here, else a new case.
   */
  async importMeeting(
    meeting: Meeting,
    history: ReadonlyArray<JournalEntry> = [],
    reason: 'imported' | 'followed' = 'imported',
  ): Promise<Result<Meeting>> {
    // A folder left by an import cut short (never listed) is a clash too: its journal is not this one's.
    const clash =
      this.index.find(meeting.id) !== undefined ||
      (await access(meetingFolder(this.files, meeting.id)).then(
        () => true,
        () => false,
      ))
    return this.add(clash ? { ...meeting, id: this.options.newId() } : meeting, reason, history)
  }

  /**
   * Applies a command to a meeting, as `by`: a refusal is returned as it is and nothing is saved; else the
   * command is appended to the meeting's journal, durably, before this resolves with what was saved (which
   * includes this change, and perhaps later ones saved with it). A save that fails undoes the change in
   * memory too, so what is held is what a restart would find, and the same command sent again is applied
   * afresh.
   */
  async apply(
    id: string,
    command: MeetingCommand,
    options: {
      readonly by?: JournalAuthor | null
      /** The command as main applies it to the meeting as it stands (sign-off's open items worked out). */
      readonly prepare?: (meeting: Meeting) => MeetingCommand
    } = {},
  ): Promise<Result<Meeting>> {
    const now = this.options.now()
    let applied = command
    return this.commit(
      id,
      (meeting) => {
        applied = options.prepare ? options.prepare(meeting) : command
        return applyCommand(meeting, applied, { now })
      },
      () => applied,
      options.by ?? null,
      now,
    )
  }

  /**
   * Changes a meeting by a pure function rather than a command (bringing a meeting into a case, tests): the
   * journal keeps the whole meeting as it became, so it costs what a snapshot costs.
   */
  async update(id: string, change: (meeting: Meeting) => Meeting): Promise<Result<Meeting>> {
    const now = this.options.now()
    return this.commit(
      id,
      (meeting) => ok(change(meeting)),
      (after) => ({ type: 'replace-meeting', meeting: after }),
      null,
      now,
    )
  }

  private async commit(
    id: string,
    change: (meeting: Meeting) => Result<Meeting>,
    entryCommand: (after: Meeting) => unknown,
    by: JournalAuthor | null,
    now: Date,
  ): Promise<Result<Meeting>> {
    const opened = await this.openMeeting(id)
    if (!opened.ok) return opened
    const { doc } = opened.value
    const before = doc.data
    const changed = change(before)
    if (!changed.ok) return changed
    let written: Meeting
    try {
      if (changed.value === before) written = await doc.durable()
      else {
        const at = now.toISOString()
        const after = {
          ...changed.value,
          id: before.id,
          schemaVersion: currentSchemaVersion,
          revision: before.revision + 1,
          updatedAt: at,
        } as Meeting
        written = await doc.change(after, { at, by, revision: after.revision, command: entryCommand(after) })
      }
    } catch (error) {
      this.options.logger.error('meeting.save-failed', { meetingId: id }, error)
      return saveFailure(error)
    }
    await this.updateSummary(written)
    this.emit({ type: 'meeting-saved', meeting: written })
    return ok(written)
  }

  /** Deletes a meeting and every saved copy of it. */
  async remove(id: string): Promise<Result<{ readonly removed: true }>> {
    if (!this.index.find(id)) return notFoundFailure()
    const opened = this.open.get(id)
    if (opened) {
      const settled = await opened
      if (settled.ok) await settled.value.doc.settle()
    }
    try {
      await this.index.removeMeeting(id)
    } catch (error) {
      this.options.logger.error('meeting.remove-failed', { meetingId: id }, error)
      return saveFailure(error)
    }
    this.open.delete(id)
    this.unreadable.delete(id)
    this.options.logger.info('meeting.removed', { meetingId: id })
    this.emit({ type: 'list-changed', reason: 'removed' })
    return ok({ removed: true })
  }

  /** Waits for every save under way, and writes a snapshot of each meeting changed since its last. */
  async flush(): Promise<void> {
    for (const opened of this.open.values()) {
      const settled = await opened
      if (settled.ok) await settled.value.doc.close()
    }
  }

  /**
   * Keeps the list's summary in step with a saved meeting. The meeting is already safe, so a failure here
   * is not the user's loss: the index keeps its old summary, which differs, so the next change writes it
   * again.
   */
  private async updateSummary(written: Meeting): Promise<void> {
    const summary = summarise(written)
    const listed = this.index.find(written.id)
    if (listed && sameSummary(listed, summary)) return
    try {
      await this.index.put(summary)
      this.emit({ type: 'list-changed', reason: 'updated' })
    } catch (error) {
      this.options.logger.warn('index.save-failed', { meetingId: written.id }, error)
    }
  }

  /**
   * Files a meeting that arrived (created, imported, set up from another) and starts its journal: the
   * history it came with, if any (re-sealed here, its chain as it was), then the meeting kept whole, which a
   * version signed here is rebuilt from. The first snapshot follows; nothing is listed until both are down.
   */
  private async add(
    arrived: Meeting,
    reason: KeepWhole['reason'],
    history: ReadonlyArray<JournalEntry> = [],
  ): Promise<Result<Meeting>> {
    let meeting: Meeting
    try {
      meeting = await this.filedInCase(arrived)
    } catch (error) {
      this.options.logger.error('case.create-failed', { meetingId: arrived.id }, error)
      return addFailure(error)
    }
    const journal = journalFor(this.files, meeting.id)
    const snapshots = snapshotFile(this.files, meeting.id)
    try {
      await mkdir(meetingFolder(this.files, meeting.id), { recursive: true, mode: 0o700 })
      await journal.appendAll([
        ...history.map(({ seq: _seq, prev: _prev, ...draft }) => draft),
        this.keepWholeEntry(meeting, reason),
      ])
      const position = journal.position
      await snapshots.write({
        meeting,
        journalSeq: position.seq,
        journalHead: position.head,
        journalBytes: position.offset,
        journalBase: true,
      })
      await this.index.put(summarise(meeting))
    } catch (error) {
      this.options.logger.error('meeting.create-failed', { meetingId: meeting.id }, error)
      // Never listed, so never acknowledged: what was written of it goes, so no empty meeting is left behind.
      await rm(meetingFolder(this.files, meeting.id), { recursive: true, force: true }).catch(() => undefined)
      return addFailure(error)
    }
    const doc = new JournaledMeeting({
      meeting,
      journal,
      snapshots,
      sinceSnapshot: 0,
      journalBase: true,
      onSnapshotFailed: (error) =>
        this.options.logger.warn('meeting.snapshot-failed', { meetingId: meeting.id }, error),
    })
    this.open.set(meeting.id, Promise.resolve(ok({ doc, recovery: null })))
    this.options.logger.info('meeting.created', { meetingId: meeting.id, kind: meeting.kind })
    this.emit({ type: 'list-changed', reason: 'created' })
    return ok(meeting)
  }

  /** The journal entry that keeps the meeting whole: it changes nothing, and a replay can start from it. */
  private keepWholeEntry(meeting: Meeting, reason: KeepWhole['reason']): JournalEntryDraft {
    const command: KeepWhole = { type: 'keep-whole', reason, meeting }
    return { at: this.options.now().toISOString(), by: null, revision: meeting.revision, command }
  }

  /**
   * A meeting saved before its journal held it whole (before schema 7) is kept whole now, and the copies of
   * the meeting its signed versions carried move into the journal (one `keep-version` entry each), so the
   * snapshots stop repeating them. Nothing the user sees changes; if it cannot be written now, it is tried
   * again the next time the meeting is opened.
   */
  private async keepWhole(id: string, doc: JournaledMeeting): Promise<void> {
    const meeting = doc.data
    const module = moduleOf(meeting.kind)
    const versions: JournalEntryDraft[] = module.signedVersions(meeting).flatMap((version) =>
      version.snapshot === undefined
        ? []
        : [
            {
              at: this.options.now().toISOString(),
              by: null,
              revision: meeting.revision,
              command: { type: 'keep-version', number: version.number, snapshot: version.snapshot },
            },
          ],
    )
    const whole = module.versionsKeptOut(meeting) as Meeting
    try {
      await doc.keepWhole(whole, [...versions, this.keepWholeEntry(whole, 'kept')])
      this.options.logger.info('meeting.kept-whole', { meetingId: id, versions: versions.length })
    } catch (error) {
      this.options.logger.warn('meeting.keep-whole-failed', { meetingId: id }, error)
    }
  }

  /**
   * The meeting in its case: the one it names if that is here; else the case of the conference it follows,
   * if that is here; else a new case for its family, written before the meeting (so a meeting never names a
   * case that is not on disk).
   */
  private async filedInCase(meeting: Meeting): Promise<Meeting> {
    // Only a case of the meeting's own family: a MIAM never joins a child protection case.
    const family = moduleOf(meeting.kind).family
    const known = new Set(this.index.cases.filter((item) => item.family === family).map((item) => item.id))
    if (meeting.caseId !== null && known.has(meeting.caseId)) return meeting
    const previous = moduleOf(meeting.kind).previousMeetingId(meeting)
    const previousCase = previous ? this.index.find(previous)?.caseId : undefined
    if (previousCase && known.has(previousCase)) return { ...meeting, caseId: previousCase }
    // The case it names keeps its identifier, unless that is another family's case here.
    const taken = this.index.cases.some((item) => item.id === meeting.caseId)
    const created = newCase({
      id: meeting.caseId !== null && !taken ? meeting.caseId : this.options.newId(),
      family,
      familyName: meeting.familyName,
      at: this.options.now().toISOString(),
    })
    await this.caseFiles.write(created)
    await this.index.putCases([summariseCase(created)])
    this.options.logger.info('case.created', { caseId: created.id })
    return { ...meeting, caseId: created.id }
  }

  private openMeeting(id: string): Promise<Result<OpenMeeting>> {
    if (!this.index.find(id)) return Promise.resolve(notFoundFailure())
    let opened = this.open.get(id)
    if (!opened) {
      opened = this.load(id)
      this.open.set(id, opened)
      void opened.then((result) => {
        if (!result.ok) this.open.delete(id)
      })
    }
    return opened
  }

  private async load(id: string): Promise<Result<OpenMeeting>> {
    let rebuilt: RebuiltMeeting | null
    try {
      rebuilt = await rebuildMeeting(this.files, id)
    } catch (error) {
      if (error instanceof NewerVersionError) {
        this.options.logger.error('meeting.newer-version', { meetingId: id })
        return fail(
          'newer-version',
          'This meeting was saved by a newer version of Convene. Update Convene to open it.',
        )
      }
      if (!(error instanceof UnreadableError)) throw error
      this.options.logger.error('meeting.unreadable', {
        meetingId: id,
        damaged: error.damaged,
        invalid: error.invalid,
      })
      await this.keepAside(id, error.files)
      const failure = unreadableFailure()
      this.unreadable.set(id, failure.error.message)
      this.emit({ type: 'list-changed', reason: 'updated' })
      return failure
    }
    if (rebuilt === null) return notFoundFailure()
    const { meeting, snapshot, snapshots, journal, read, stoppedAt } = rebuilt
    const load = snapshots.lastLoad
    const passedOver = [...(load?.passedOver ?? [])]
    // The good entries the journal goes on after: never more than it holds (a snapshot may include entries
    // whose copy in the journal is damaged or gone).
    const total = read.base.seq + read.entries.length
    const usable = Math.min(snapshot.journalSeq + rebuilt.replayed, total)
    if (stoppedAt !== null) {
      // The journal is copied aside whole, then goes on after the last entry that could be used.
      passedOver.push(journalPath(this.files, id))
      journal.resumeAfter(usable, read)
      this.options.logger.warn('meeting.journal-stopped', { meetingId: id, at: stoppedAt, usable })
    }
    let recovery: RecoveryNotice | null = null
    if (passedOver.length > 0) {
      const keptAsideIn = await this.keepAside(id, passedOver)
      recovery = {
        restoredSavedAt: rebuilt.restoredUpTo,
        damagedSaves: (load?.damagedNewer ?? 0) + (stoppedAt !== null ? 1 : 0),
        unusableSaves: load?.invalidNewer ?? 0,
        keptAsideIn,
        // Nothing is missing when the damage is only to what the snapshot opened already includes.
        restoredAll: stoppedAt === null || stoppedAt <= snapshot.journalSeq,
      }
      this.options.logger.warn('meeting.restored-earlier-save', {
        meetingId: id,
        damagedNewer: recovery.damagedSaves,
        invalidNewer: recovery.unusableSaves,
      })
    }
    const doc = new JournaledMeeting({
      meeting,
      journal,
      snapshots,
      sinceSnapshot: rebuilt.replayed,
      journalBase: snapshot.journalBase === true,
      onSnapshotFailed: (error) =>
        this.options.logger.warn('meeting.snapshot-failed', { meetingId: id }, error),
    })
    // A snapshot that includes entries the journal no longer has (lost from its end) must not hide the
    // entries appended from here: a snapshot at the journal's own position is written first.
    if (snapshot.journalSeq > total || stoppedAt !== null) {
      try {
        const position = journal.position
        await snapshots.write({
          meeting,
          journalSeq: position.seq,
          journalHead: position.head,
          journalBytes: position.offset,
        })
      } catch (error) {
        this.options.logger.error('meeting.snapshot-failed', { meetingId: id }, error)
        return saveFailure(error)
      }
    }
    if (!doc.keptWhole) await this.keepWhole(id, doc)
    // Restored to an earlier save: the list must say what the meeting is now (no longer signed, say).
    if (recovery) await this.updateSummary(doc.data)
    return ok({ doc, recovery })
  }

  /** Copies saves that could not be used aside, so pruning never takes them; null if that failed too. */
  private async keepAside(id: string, files: ReadonlyArray<string>): Promise<string | null> {
    try {
      return await keepAside({
        dataFolder: this.options.folder,
        what: `meeting ${id}`,
        files,
      })
    } catch (error) {
      this.options.logger.error('meeting.keep-aside-failed', { meetingId: id }, error)
      return null
    }
  }

  /** Where and how meetings' files are written. */
  private get files(): MeetingFilesOptions {
    return this.options
  }

  /**
   * Brings the index back in line with the meeting folders after a crash between the two writes, and
   * summarises again any meeting whose summary was written before schema 4 (without what the statutory
   * dates run from), so the meetings screen lists its dates without the meeting being saved again.
   */
  private async repairIndex(): Promise<void> {
    const folders = await this.index.meetingFolders()
    const indexed = new Set(this.index.summaries.map((summary) => summary.id))
    const gone = [...indexed].filter((id) => !folders.includes(id))
    if (gone.length > 0) await this.index.drop(gone)
    const outOfDate = this.index.summaries.filter(summaryIsOutOfDate).map((summary) => summary.id)
    const repaired: MeetingSummary[] = []
    const uncased: Meeting[] = []
    for (const id of [...folders.filter((folder) => !indexed.has(folder)), ...outOfDate]) {
      try {
        const meeting = (await rebuildMeeting(this.files, id))?.meeting
        if (!meeting) continue
        if (meeting.caseId === null) uncased.push(meeting)
        else repaired.push(summarise(meeting))
      } catch (error) {
        this.options.logger.warn('index.repair-skipped', { meetingId: id }, error)
        this.unreadable.set(id, unreadableFailure().error.message)
      }
    }
    if (repaired.length > 0) await this.index.putAll(repaired)
    await this.fileInCases(uncased)
    if (gone.length > 0 || repaired.length > 0 || uncased.length > 0)
      this.options.logger.info('index.repaired', {
        dropped: gone.length,
        summarised: repaired.length,
        filed: uncased.length,
      })
  }

  /**
   * Files meetings saved before cases existed: oldest first, each joins the case of the conference it
   * follows (so a review chain becomes one case), or starts one. Each is saved with its case, once.
   */
  private async fileInCases(meetings: ReadonlyArray<Meeting>): Promise<void> {
    const oldestFirst = [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    for (const meeting of oldestFirst) {
      try {
        const filed = await this.filedInCase(meeting)
        await this.index.put(summarise(filed))
        if (filed.caseId !== meeting.caseId) {
          const opened = await this.openMeeting(meeting.id)
          if (!opened.ok) continue
          // Filed as it is now open (opening may have moved what it carried into its journal).
          const { doc } = opened.value
          const now = { ...doc.data, caseId: filed.caseId }
          await doc.change(now, {
            at: this.options.now().toISOString(),
            by: null,
            revision: now.revision,
            command: { type: 'replace-meeting', meeting: now },
          })
        }
      } catch (error) {
        this.options.logger.warn('case.filing-skipped', { meetingId: meeting.id }, error)
      }
    }
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change)
      } catch (error) {
        this.options.logger.error('store.listener-failed', {}, error)
      }
    }
  }
}
