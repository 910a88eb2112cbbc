import {
  replayCase,
  appendCaseEntry,
  carryOnCaseJournal,
  type CaseEntry,
} from '../../shared/case/case-journal.ts'
import { blankCaseRecord } from '../../shared/case/case-record.ts'
import type { CaseCommand } from '../../shared/case/case-commands.ts'
import { isConcernCommand } from '../../shared/case/safeguarding-commands.ts'
import { newCase } from '../../shared/meeting/case.ts'
import { concernStepLabels, riskLevelLabels, stepsFor } from '../../shared/case/safeguarding.ts'
import { ukDateOf, formatBritishDate } from '../../shared/dates/british-date.ts'
import { kindFamilies, meetingKinds, moduleOf, type MeetingKind } from '../../shared/kinds/registry.ts'
import type { CaseTimelineEntry, CaseView } from '../../shared/meeting/case-view.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { ListedMeeting } from '../../shared/meeting/meeting-summary.ts'
import type { HistoryEntry } from '../../shared/meeting/history.ts'
import { fail, ok, type Result } from '../../shared/util/result.ts'
import { historyOfMeetings, meetingIdsOfCase } from './case-history.ts'
import type { ConveneSession } from './session.ts'
import type { MeetingStore } from './store/meeting-store.ts'
import type { StoredCase } from './store/case-files.ts'

/** A case's family's module: the one of its meetings' kinds. */
function familyModule(family: string) {
  const module = kindFamilies.find((candidate) => candidate.family === family)
  if (!module) throw new Error(`No kind module for the ${family} family`)
  return module
}

/** A case's readable meetings, whole (a case holds a handful: MIAMs, sessions, conferences). */
async function meetingsOf(store: MeetingStore, caseId: string): Promise<ReadonlyArray<Meeting>> {
  const meetings: Meeting[] = []
  for (const id of meetingIdsOfCase(store, caseId)) {
    const loaded = await store.get(id)
    if (loaded.ok) meetings.push(loaded.value.meeting)
  }
  return meetings
}

/** Why nothing may start in a case whose own record was damaged (whatever its rules would say). */
const damagedRecordProblem =
  'This case’s own record is damaged, so what was recorded in it (consent, a withdrawal) cannot be relied on. Check the case and restore the data folder from a backup before arranging a session.'

/**
 * Whether a kind of meeting may start in a case, and the new meeting with what the case already settled:
 * a mediation session waits for the MIAMs and both parents' consent, never follows a finding that
 * mediation is not suitable or a withdrawal, and takes the agreement to mediate signed at an earlier
 * session. No case (a new one for the family) settles nothing.
 */
export async function caseStart(
  store: MeetingStore,
  caseId: string | null,
  kind: MeetingKind,
): Promise<{ readonly problem: string | null; readonly settle: (meeting: Meeting) => Meeting }> {
  const rules = moduleOf(kind).caseRules
  const stored = caseId === null ? null : await store.caseFile.get(caseId)
  // A case that is not here (a new one for the family) has nothing recorded: its rules are asked of that.
  if (stored === null || (!stored.ok && stored.error.code === 'not-found'))
    return { problem: rules.startProblem(kind, blankCaseRecord(), []), settle: (meeting) => meeting }
  const meetings = caseId === null ? [] : await meetingsOf(store, caseId)
  const replayed = stored.ok ? replayCase(stored.value.journal) : null
  // What a damaged record no longer says (a withdrawal, a finding) must not let anything start.
  const problem =
    !replayed ||
    replayed.damagedFrom !== null ||
    replayed.record.damage !== null ||
    (stored.ok && stored.value.restored)
      ? rules.startProblem(kind, blankCaseRecord(), []) && damagedRecordProblem
      : rules.startProblem(kind, replayed.record, meetings)
  return { problem, settle: (meeting) => rules.settle(meeting, meetings) as Meeting }
}

/**
 * Why a meeting's case no longer allows a change to it (a session reaching an agreement after a
 * withdrawal), or null. Only the commands its kind watches read the case.
 */
export async function caseCommandProblem(
  store: MeetingStore,
  meetingId: string,
  command: { readonly type: string; readonly outcome?: unknown },
): Promise<string | null> {
  const loaded = await store.get(meetingId)
  if (!loaded.ok) return null
  const meeting = loaded.value.meeting
  const rules = moduleOf(meeting.kind).caseRules
  if (meeting.caseId === null || !rules.watches.has(command.type)) return null
  const stored = await store.caseFile.get(meeting.caseId)
  if (!stored.ok) return null
  return rules.commandProblem(meeting, command, replayCase(stored.value.journal).record)
}

/** The changes to a case's meetings worth a line on its timeline: set up, started, ended, closed, signed. */
const milestone = (entry: HistoryEntry): boolean =>
  !entry.routine &&
  (entry.mark !== null ||
    /^(created|brought the meeting|set the meeting up|started|ended|closed|signed the agreement)/.test(
      entry.what,
    ))

/**
 * What is done to a case itself, for the chair or mediator alone: its record (each party's details, the
 * referrer, consent and withdrawal) rebuilt from its journal, changed only by adding to the journal.
 */
export class CaseService {
  private readonly session: ConveneSession
  private readonly now: () => Date

  constructor(session: ConveneSession, now: () => Date) {
    this.session = session
    this.now = now
  }

  /** A case as its screen shows it. */
  async get(caseId: string): Promise<Result<CaseView>> {
    const store = this.session.meetings()
    if (!store.ok) return store
    const stored = await store.value.caseFile.get(caseId)
    return stored.ok ? ok(await this.view(store.value, stored.value)) : stored
  }

  /**
   * Adds one change to a case's journal: checked against its meetings (a party must be one of their family
   * members) and the calendar (consent and withdrawal are not recorded ahead of the day).
   */
  async apply(caseId: string, command: CaseCommand): Promise<Result<CaseView>> {
    const store = this.session.meetings()
    if (!store.ok) return store
    if (command.type === 'carry-on-after-damage')
      return fail(
        'invalid-argument',
        'Convene records this itself, when a concern is recorded in a damaged case.',
      )
    // A concern is never refused for want of a sound record: a damaged one is kept aside and carried on.
    if (isConcernCommand(command)) {
      const carried = await this.carryOnIfDamaged(store.value, caseId)
      if (!carried.ok) return carried
    }
    const meetings = await meetingsOf(store.value, caseId)
    const partyIds = new Set(
      meetings.flatMap((meeting) =>
        meeting.participants.filter((person) => person.group === 'family').map((person) => person.id),
      ),
    )
    const partyId =
      command.type === 'record-withdrawal' ? command.by : 'partyId' in command ? command.partyId : null
    if (partyId !== null && partyId !== 'mediator' && !partyIds.has(partyId))
      return fail('invalid-argument', 'That person is not a party to this case: add them to a meeting first.')
    const today = ukDateOf(this.now())
    if ('on' in command && command.on !== undefined && command.on > today)
      return fail(
        'invalid-argument',
        `The date cannot be after today (${formatBritishDate(today)}): record it on the day it happens.`,
      )
    const at = this.now().toISOString()
    const changed = await store.value.caseFile.change(
      caseId,
      (before) => {
        const refused = stepRefusedForFamily(before, command)
        if (refused) return fail('invalid-argument', refused)
        const appended = appendCaseEntry(before.journal, command, at)
        return appended.ok ? ok({ ...before, journal: [...appended.value.journal] }) : appended
      },
      at,
    )
    return changed.ok ? ok(await this.view(store.value, changed.value, meetings)) : changed
  }

  /**
   * Where a case's record is damaged, keeps what was saved aside and carries the record on from what could
   * be read (or, where none could, starts it again), saying so in the record: so that a safeguarding
   * concern can always be recorded. Sessions stay refused: what was lost is not known.
   */
  private async carryOnIfDamaged(store: MeetingStore, caseId: string): Promise<Result<unknown>> {
    const at = this.now().toISOString()
    const stored = await store.caseFile.get(caseId)
    if (stored.ok) {
      if (replayCase(stored.value.journal).damagedFrom === null) return ok(null)
      await store.caseFile.keepNewestAside(caseId)
      return store.caseFile.change(
        caseId,
        (before) => {
          const carried = carryOnCaseJournal(before.journal, at)
          return carried.ok ? ok({ ...before, journal: [...carried.value] }) : carried
        },
        at,
      )
    }
    if (stored.error.code !== 'unreadable') return stored
    // Every save damaged (each kept aside as it was read): the record starts again, from the index's summary.
    const summary = store.cases().find((each) => each.id === caseId)
    if (!summary) return stored
    const started = appendCaseEntry([], { type: 'carry-on-after-damage', lostFrom: null, lostEntries: 0 }, at)
    if (!started.ok) return started
    return store.caseFile.startAgain({
      ...newCase({ id: caseId, family: summary.family, familyName: summary.familyName, at }),
      createdAt: summary.createdAt,
      journal: [...started.value.journal],
    })
  }

  private async view(
    store: MeetingStore,
    stored: StoredCase,
    known?: ReadonlyArray<Meeting>,
  ): Promise<CaseView> {
    const meetings = known ?? (await meetingsOf(store, stored.id))
    const module = familyModule(stored.family)
    const { record, damagedFrom } = replayCase(stored.journal)
    const listed = store
      .list()
      .filter((entry): entry is ListedMeeting => entry.readable && entry.caseId === stored.id)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    const parties = module.caseRules.parties(meetings)
    const nameOf = (id: string) =>
      parties.find((party) => party.id === id)?.name ?? 'a party no longer listed'
    const caseEntries: CaseTimelineEntry[] = stored.journal.map((entry) => ({
      at: entry.at,
      by: null,
      what: describeCaseCommand(entry.command, nameOf),
    }))
    const history = await historyOfMeetings(
      store,
      listed.map((meeting) => meeting.id),
    )
    const timeline = oneLineForARun(
      [...caseEntries, ...history.entries.filter(milestone)].sort((a, b) =>
        a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
      ),
    )
    const kinds = meetingKinds.filter((kind) => moduleOf(kind) === module)
    return {
      id: stored.id,
      family: stored.family,
      familyName: stored.familyName,
      caseLabel: module.caseLabel,
      stage: module.caseRules.stage(record, meetings),
      record,
      damagedFrom,
      restored: stored.restored,
      meetings: listed,
      parties,
      childNames: [...new Set(meetings.flatMap((meeting) => meeting.children.map((child) => child.name)))],
      cautions: module.caseRules.cautions(record, meetings),
      startProblems: Object.fromEntries(
        // A kind that needs nothing of the record (a MIAM) may start in a damaged case; others may not.
        kinds.map((kind) => [
          kind,
          damagedFrom !== null || record.damage !== null || stored.restored
            ? module.caseRules.startProblem(kind, blankCaseRecord(), []) && damagedRecordProblem
            : module.caseRules.startProblem(kind, record, meetings),
        ]),
      ),
      timeline: timeline.map(({ at, by, what, meeting }) => ({
        at,
        by,
        what,
        ...(meeting ? { meeting } : {}),
      })),
    }
  }
}

/**
 * Why a safeguarding step is not one for this case's family (a conference's chair has no self-referral to
 * offer and no mediation to end), or null. The record alone does not know its family; the case does.
 */
function stepRefusedForFamily(
  stored: { readonly family: string; readonly journal: ReadonlyArray<CaseEntry> },
  command: CaseCommand,
): string | null {
  if (command.type !== 'record-step') return null
  const concern = replayCase(stored.journal).record.concerns.find((each) => each.id === command.concernId)
  const level = concern?.assessment?.level
  if (!level || stepsFor(level, stored.family).includes(command.step)) return null
  return 'That step is not one for this case: a conference has no self-referral to offer and no mediation to end.'
}

/**
 * The same change made again and again within a few minutes (a field saved at each pause in typing) as one
 * line, at its last time, saying how many times: the journal keeps each.
 */
function oneLineForARun(entries: ReadonlyArray<CaseTimelineEntry>): ReadonlyArray<CaseTimelineEntry> {
  const runGapMs = 10 * 60 * 1000
  const lines: Array<CaseTimelineEntry & { times: number }> = []
  for (const entry of entries) {
    const last = lines.at(-1)
    if (
      last &&
      last.what === entry.what &&
      last.by === entry.by &&
      last.meeting?.id === entry.meeting?.id &&
      new Date(entry.at).getTime() - new Date(last.at).getTime() <= runGapMs
    )
      lines[lines.length - 1] = { ...entry, times: last.times + 1 }
    else lines.push({ ...entry, times: 1 })
  }
  return lines.map(({ times, ...entry }) =>
    times === 1 ? entry : { ...entry, what: `${entry.what} (${times} times, the last shown)` },
  )
}

/** A change to a case in plain words, for its timeline. */
function describeCaseCommand(command: CaseCommand, nameOf: (id: string) => string): string {
  switch (command.type) {
    case 'update-case-details':
      return 'changed the case’s details'
    case 'update-party':
      return `changed ${nameOf(command.partyId)}’s contact details or preferences`
    case 'record-rating':
      return `recorded ${nameOf(command.partyId)}’s own ratings ${command.when === 'end' ? 'at the end' : 'at their first MIAM'}`
    case 'update-measures':
      return 'changed the pilot’s measures (coaching, court)'
    case 'record-consent':
      return `recorded ${nameOf(command.partyId)}’s consent to mediation, given on ${formatBritishDate(command.on)}`
    case 'record-withdrawal':
      return `recorded that ${command.by === 'mediator' ? 'the mediator' : nameOf(command.by)} ended the mediation on ${formatBritishDate(command.on)}`
    case 'close-case':
      return `closed the case on ${formatBritishDate(command.on)}`
    case 'resume-mediation':
      return `resumed the mediation from ${formatBritishDate(command.on)}`
    case 'carry-on-after-damage':
      return command.lostFrom === null
        ? 'found the case’s record damaged throughout, kept it aside and started it again'
        : `found the case’s record damaged from change ${command.lostFrom}, kept it aside and carried on without ${command.lostEntries === 1 ? 'that change' : `the ${command.lostEntries} changes from there`}`
    case 'raise-concern':
      return 'raised a safeguarding concern'
    case 'record-disclosure':
      return 'recorded what was said or seen (safeguarding)'
    case 'assess-risk':
      return `assessed the risk: ${riskLevelLabels[command.level].toLocaleLowerCase('en-GB')}`
    case 'withdraw-concern':
      return `withdrew a safeguarding concern raised by mistake (${command.reason})`
    case 'record-step':
      return `recorded a safeguarding step: ${concernStepLabels[command.step].toLocaleLowerCase('en-GB')}`
  }
}
