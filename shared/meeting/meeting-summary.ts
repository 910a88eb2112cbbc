import type { SummaryFacts } from '../kinds/kind-module.ts'
import { kindInfo, moduleOf } from '../kinds/registry.ts'
import type { Meeting, MeetingKind, MeetingStatus } from './meeting.ts'

/** What the meetings list needs to know about a meeting, kept in the index so the list opens without reading every meeting. */
export type MeetingSummary = {
  readonly id: string
  /** The case it belongs to (absent from summaries written before cases). */
  readonly caseId?: string | null
  readonly kind: MeetingKind
  readonly familyName: string
  readonly childNames: ReadonlyArray<string>
  readonly date: string
  readonly status: MeetingStatus
  /** True when the record is signed (for the list's 'Signed' mark and filter). */
  readonly signed?: boolean
  /**
   * What the kind's statutory dates run from (its module reads them). Absent from summaries written before
   * schema 6: opening the store summarises those meetings again.
   */
  readonly facts?: SummaryFacts
}

/**
 * A readable meeting as the meetings screen has it: its summary, and the words its kind is read in, so the
 * first screen shows the list without loading the kinds' modules (and the schemas they bring).
 */
export type ListedMeeting = MeetingSummary & {
  readonly readable: true
  /** 'Review child protection conference'. */
  readonly kindLabel: string
  /** What its case is called: 'Child protection', 'Mediation'. */
  readonly caseLabel: string
}

/** A row of the meetings list: a readable meeting, or one whose files could not be read. */
export type MeetingListEntry =
  ListedMeeting | { readonly readable: false; readonly id: string; readonly problem: string }

/** A summary as the meetings screen has it, with its kind's words. */
export function listEntry(summary: MeetingSummary): ListedMeeting {
  return {
    readable: true,
    ...summary,
    kindLabel: kindInfo(summary.kind).label,
    caseLabel: moduleOf(summary.kind).caseLabel,
  }
}

/** The summary the index keeps for a meeting. */
export function summarise(meeting: Meeting): MeetingSummary {
  const module = moduleOf(meeting.kind)
  return {
    id: meeting.id,
    caseId: meeting.caseId,
    kind: meeting.kind,
    familyName: meeting.familyName,
    childNames: meeting.children.map((child) => child.name),
    date: meeting.date,
    status: meeting.status,
    signed: module.isSigned(meeting),
    facts: module.summaryFacts(meeting),
  }
}

/** True when a summary lacks what this version keeps, so the store summarises the meeting again. */
export function summaryIsOutOfDate(summary: MeetingSummary): boolean {
  return summary.facts === undefined || summary.caseId === undefined || summary.signed === undefined
}

/** True when two summaries would show the same row, so the index need not be written again. */
export function sameSummary(a: MeetingSummary, b: MeetingSummary): boolean {
  return (
    a.kind === b.kind &&
    a.caseId === b.caseId &&
    a.familyName === b.familyName &&
    a.date === b.date &&
    a.status === b.status &&
    a.signed === b.signed &&
    JSON.stringify(a.facts) === JSON.stringify(b.facts) &&
    a.childNames.length === b.childNames.length &&
    a.childNames.every((name, index) => name === b.childNames[index])
  )
}

/** Newest meeting date first; then family name in the user's alphabet order. */
export function compareForList(a: MeetingListEntry, b: MeetingListEntry, collator: Intl.Collator): number {
  if (!a.readable || !b.readable)
    return a.readable === b.readable ? a.id.localeCompare(b.id) : a.readable ? -1 : 1
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return collator.compare(a.familyName, b.familyName)
}
