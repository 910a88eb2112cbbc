import type { ListedMeeting } from '../meeting/meeting-summary.ts'
import type { HistoryEntry } from '../meeting/history.ts'
import type { CaseRecord } from '../case/case-record.ts'
import type { CaseParty } from '../case/case-parties.ts'
import type { ConcernDue } from '../case/safeguarding-deadlines.ts'

/** One thing that happened in a case, for its timeline: to the case itself, or to one of its meetings. */
export type CaseTimelineEntry = Pick<HistoryEntry, 'at' | 'by' | 'what' | 'meeting'>

/**
 * A case as its screen shows it, to the chair or mediator alone (it holds each party's address and
 * preferences): the record rebuilt from the case's journal, its meetings, its parties and children, where
 * it stands, what may start in it, and its timeline.
 */
export type CaseView = {
  readonly id: string
  readonly family: string
  readonly familyName: string
  /** 'Mediation', 'Child protection'. */
  readonly caseLabel: string
  /** Where it stands in words, or null where its newest meeting says enough. */
  readonly stage: string | null
  readonly record: CaseRecord
  /** The first change of the case's own journal that could not be trusted, or null. */
  readonly damagedFrom: number | null
  /** True when its newest save was damaged and an earlier one opened: the last changes may be missing. */
  readonly restored: boolean
  /** Newest first. */
  readonly meetings: ReadonlyArray<ListedMeeting>
  readonly parties: ReadonlyArray<CaseParty>
  readonly childNames: ReadonlyArray<string>
  /** What every new meeting of the case must keep in mind (safeguards, who may not share a room). */
  readonly cautions: ReadonlyArray<string>
  /** For each kind of meeting the case's family holds, why it cannot start yet, or null when it can. */
  readonly startProblems: Readonly<Record<string, string | null>>
  /** Oldest first. */
  readonly timeline: ReadonlyArray<CaseTimelineEntry>
}

/** A safeguarding step that is due, with its case, as the home screen and the flow show it. */
export type SafeguardingDue = ConcernDue & {
  readonly caseId: string
  readonly familyName: string
  /** Its time has come (for a step due at once, always). */
  readonly passed: boolean
  /** Due within the next two hours. */
  readonly near: boolean
}
