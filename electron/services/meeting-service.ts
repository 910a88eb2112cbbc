import type { ImportOutcome, LoadedMeeting } from '../../shared/contract/values.ts'
import type { MeetingKind } from '../../shared/kinds/registry.ts'
import type { CaseSummary } from '../../shared/meeting/case.ts'
import { readInterchange, writeInterchange } from '../../shared/meeting/interchange.ts'
import { prepareCommand, type MeetingCommand } from '../../shared/meeting/meeting-command.ts'
import type { MeetingListEntry } from '../../shared/meeting/meeting-summary.ts'
import { MeetingSchema, type Meeting, type NewMeeting } from '../../shared/meeting/meeting.ts'
import { projectFor, type ProjectedMeeting } from '../../shared/meeting/project.ts'
import { familyAudience } from '../../shared/model/visibility.ts'
import { wholeFile } from '../../shared/model/problems.ts'
import { refuseRoomView } from '../../shared/kinds/offers.ts'
import { moduleOf } from '../../shared/kinds/registry.ts'
import { followOnMeeting } from '../../shared/meeting/follow-on.ts'
import { describeHistory, type MeetingHistory } from '../../shared/meeting/history.ts'
import { historyOfMeetings, meetingIdsOfCase } from './case-history.ts'
import { caseCommandProblem, caseStart } from './case-service.ts'
import { kindEnvironment } from '../../shared/settings/kind-environment.ts'
import { fail, ok, type Failure, type Result } from '../../shared/util/result.ts'
import { ukDateOf } from '../../shared/dates/british-date.ts'
import { dateOfBirthProblem } from '../../shared/rules/plausible.ts'
import type { ConveneSession } from './session.ts'
import type { MeetingStore } from './store/meeting-store.ts'
import type { JournalAuthor } from './store/journal.ts'
import type { SettingsStore } from './store/settings-store.ts'

/** A file name that says what the file is and holds no personal data. */
function interchangeFileName(meeting: Meeting): string {
  return `convene-${meeting.kind}-${meeting.date}-${meeting.id.slice(0, 8)}.json`
}

/**
 * What a chair or mediator does to meetings, as use cases over the session's stores: the IPC handlers only
 * pass calls through to these. Every change goes through the meeting's kind (`prepareCommand`, so a
 * sign-off's open items are worked out here, never taken from the window) and the one pure `applyCommand`.
 */
export class MeetingService {
  private readonly session: ConveneSession
  private readonly now: () => Date

  constructor(session: ConveneSession, now: () => Date) {
    this.session = session
    this.now = now
  }

  private withStores<T>(
    run: (store: MeetingStore, settings: SettingsStore) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    const store = this.session.meetings()
    if (!store.ok) return Promise.resolve(store)
    const settings = this.session.settings()
    if (!settings.ok) return Promise.resolve(settings)
    return run(store.value, settings.value)
  }

  /** The meetings list. */
  list(): Promise<Result<ReadonlyArray<MeetingListEntry>>> {
    return this.withStores(async (store) => ok(store.list()))
  }

  /** The cases, each a family's meetings over time. */
  cases(): Promise<Result<ReadonlyArray<CaseSummary>>> {
    return this.withStores(async (store) => ok(store.cases()))
  }

  /** A meeting, saying so if it had to be restored from an earlier save. */
  get(id: string): Promise<Result<LoadedMeeting>> {
    return this.withStores((store) => store.get(id))
  }

  /**
   * An administrator's laptop holds only what chairs hand over, in the administrator's projection, and a
   * service lead's only outcomes with no names: no meeting is started or read in on either, where the whole
   * record (closed parts, private notes) would be kept.
   */
  private refusedOnAdministratorsLaptop(): Failure | null {
    const identity = this.session.identity()
    const role = identity.ok ? identity.value.get().role : 'chair'
    if (role === 'administrator')
      return fail(
        'forbidden',
        'This laptop is set up for an administrator: it keeps only what chairs hand over. To hold meetings on it, change Who uses this laptop in Settings, Handovers.',
      )
    if (role === 'service-lead')
      return fail(
        'forbidden',
        'This laptop is set up for a service lead: it keeps only the outcomes files chairs and mediators export, with no names. To hold meetings on it, change Who uses this laptop in Settings.',
      )
    return null
  }

  /** A new meeting with the council's agenda for its kind, in the case named or a new case. */
  create(draft: NewMeeting & { readonly caseId: string | null }): Promise<Result<Meeting>> {
    // Never at the same moment as the laptop's role changes: a meeting made as the laptop became a service
    // lead's would stay there, unseen.
    return this.session.roleGate.run(() => this.createNow(draft))
  }

  private createNow(draft: NewMeeting & { readonly caseId: string | null }): Promise<Result<Meeting>> {
    const administrator = this.refusedOnAdministratorsLaptop()
    if (administrator) return Promise.resolve(administrator)
    const today = ukDateOf(this.now())
    for (const child of draft.children) {
      const problem = dateOfBirthProblem(child.dateOfBirth, today)
      if (problem) return Promise.resolve(fail('invalid-argument', `${child.name}: ${problem}`))
    }
    return this.withStores(async (store, settings) => {
      const start = await caseStart(store, draft.caseId, draft.kind)
      if (start.problem) return fail('invalid-argument', start.problem)
      return store.create(
        {
          ...draft,
          startTime: draft.startTime ?? null,
          caseId: draft.caseId,
          agenda: settings.get().agendaTemplates[draft.kind],
        },
        start.settle,
      )
    })
  }

  /**
   * A meeting that follows another in its case ('Start the review', 'Next core group'), of a kind its family
   * offers after it, filled from it by its kind.
   */
  followOn(previousId: string, kind: MeetingKind, date: string): Promise<Result<Meeting>> {
    return this.session.roleGate.run(() => this.followOnNow(previousId, kind, date))
  }

  private followOnNow(previousId: string, kind: MeetingKind, date: string): Promise<Result<Meeting>> {
    const administrator = this.refusedOnAdministratorsLaptop()
    if (administrator) return Promise.resolve(administrator)
    return this.withStores(async (store, settings) => {
      const loaded = await store.get(previousId)
      if (!loaded.ok) return loaded
      const start = await caseStart(store, loaded.value.meeting.caseId, kind)
      if (start.problem) return fail('invalid-argument', start.problem)
      const next = followOnMeeting(
        loaded.value.meeting,
        kind,
        {
          id: crypto.randomUUID(),
          date,
          agenda: settings.get().agendaTemplates[kind],
          at: this.now().toISOString(),
        },
        kindEnvironment(settings.get()),
      )
      return next.ok ? store.importMeeting(start.settle(next.value), [], 'followed') : next
    })
  }

  /**
   * Who the journal says made a change: the person whose name is kept for signing on this laptop (the
   * chair or mediator), or nobody named where none is kept yet.
   */
  private author(): JournalAuthor | null {
    const identity = this.session.identity()
    const mark = identity.ok ? identity.value.get().signature : null
    return mark?.kind === 'typed' ? { name: mark.text, role: 'chair' } : null
  }

  /** Applies one user action (one command), as the meeting's kind prepares it. */
  apply(id: string, command: MeetingCommand): Promise<Result<Meeting>> {
    return this.withStores(async (store, settings) => {
      const environment = kindEnvironment(settings.get())
      const problem = await caseCommandProblem(store, id, command)
      if (problem) return fail('invalid-argument', problem)
      return store.apply(id, command, {
        by: this.author(),
        prepare: (meeting) => prepareCommand(meeting, command, environment),
      })
    })
  }

  /** A meeting's history from its journal, in plain words, as the chair or mediator sees it. */
  history(id: string): Promise<Result<MeetingHistory>> {
    return this.withStores(async (store) => {
      const loaded = await store.get(id)
      if (!loaded.ok) return loaded
      const read = await store.readJournal(id)
      if (!read.ok) return read
      return ok({
        entries: describeHistory(loaded.value.meeting, read.value.entries),
        damagedFrom: read.value.stoppedAt,
      })
    })
  }

  /**
   * The history of a meeting's whole case: every change to each of its meetings, oldest first, each naming
   * the meeting it was made to. A meeting not in a case (an older save) gives its own history.
   */
  caseHistory(id: string): Promise<Result<MeetingHistory>> {
    return this.withStores(async (store) => {
      const loaded = await store.get(id)
      if (!loaded.ok) return loaded
      const caseId = loaded.value.meeting.caseId
      return ok(await historyOfMeetings(store, caseId === null ? [id] : meetingIdsOfCase(store, caseId)))
    })
  }

  /** The meeting as the room may see it: only for kinds that have a room view. */
  roomView(id: string): Promise<Result<ProjectedMeeting>> {
    return this.withStores(async (store) => {
      const loaded = await store.get(id)
      if (!loaded.ok) return loaded
      return refuseRoomView(loaded.value.meeting.kind) ?? ok(projectFor(loaded.value.meeting, familyAudience))
    })
  }

  /** Deletes a meeting, and the capture box's draft kept for it. */
  remove(id: string): Promise<Result<{ readonly removed: true }>> {
    return this.withStores(async (store) => {
      const removed = await store.remove(id)
      const drafts = this.session.drafts()
      if (removed.ok && drafts.ok) await drafts.value.remove(id)
      return removed
    })
  }

  /** The meeting as an interchange file's text. */
  exportInterchange(id: string): Promise<Result<{ readonly fileName: string; readonly text: string }>> {
    return this.withStores(async (store) => {
      const loaded = await store.get(id)
      if (!loaded.ok) return loaded
      const meeting = loaded.value.meeting
      const journal = await store.readJournal(id)
      if (!journal.ok) return journal
      // A history damaged part-way cannot lead to the meeting, and would be refused on import: the file
      // goes without it, as a file written before journals did.
      return ok({
        fileName: interchangeFileName(meeting),
        text: writeInterchange(
          meeting,
          this.now(),
          journal.value.stoppedAt === null ? journal.value.entries : [],
        ),
      })
    })
  }

  /** Imports an interchange file: the meeting, or every problem found in the file. */
  importInterchange(text: string): Promise<Result<ImportOutcome>> {
    return this.session.roleGate.run(() => this.importNow(text))
  }

  private importNow(text: string): Promise<Result<ImportOutcome>> {
    const administrator = this.refusedOnAdministratorsLaptop()
    if (administrator) return Promise.resolve(administrator)
    return this.withStores<ImportOutcome>(async (store) => {
      const read = readInterchange(text)
      if (!read.ok) return ok({ imported: false as const, problems: read.problems })
      const checked = MeetingSchema.safeParse(read.meeting)
      if (!checked.success) return fail('invalid-file', 'This meeting file could not be read.')
      // A meeting joining a case here keeps to that case's rules (no session after a withdrawal); one whose
      // case is not here was held elsewhere, under that laptop's.
      const caseHere = store.cases().some((item) => item.id === checked.data.caseId)
      if (caseHere) {
        const start = await caseStart(store, checked.data.caseId, checked.data.kind)
        if (start.problem)
          return ok({
            imported: false as const,
            problems: [{ path: wholeFile, message: `Not brought in: ${start.problem}` }],
          })
      }
      // Versions signed on the laptop the file came from are marked so: their documents are not made here.
      const added = await store.importMeeting(
        moduleOf(checked.data.kind).fromElsewhere(checked.data) as Meeting,
        read.journal,
      )
      return added.ok ? ok({ imported: true as const, meeting: added.value }) : added
    })
  }
}
