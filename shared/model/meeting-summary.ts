import type { MeetingDates, Outcome } from './decision.ts'
import type { Meeting, MeetingKind, MeetingStatus } from './meeting.ts'

/** What the meetings list needs to know about a meeting, kept in the index so the list opens without reading every meeting. */
export type MeetingSummary = {
  readonly id: string
  readonly kind: MeetingKind
  readonly familyName: string
  readonly childNames: ReadonlyArray<string>
  readonly date: string
  readonly status: MeetingStatus
  /**
   * What the statutory dates run from. Absent from summaries written before schema 4; opening the store
   * summarises those meetings again.
   */
  readonly timescales?: {
    readonly dates: MeetingDates
    readonly outcome: Outcome | null
    readonly signedOff: boolean
  }
}

/** A row of the meetings list: a readable meeting, or one whose files could not be read. */
export type MeetingListEntry =
  | ({ readonly readable: true } & MeetingSummary)
  | { readonly readable: false; readonly id: string; readonly problem: string }

/** The summary the index keeps for a meeting. */
export function summarise(meeting: Meeting): MeetingSummary {
  return {
    id: meeting.id,
    kind: meeting.kind,
    familyName: meeting.familyName,
    childNames: meeting.children.map((child) => child.name),
    date: meeting.date,
    status: meeting.status,
    timescales: {
      dates: meeting.dates,
      outcome: meeting.decision.outcome,
      signedOff: meeting.signOff !== null,
    },
  }
}

/** True when two summaries would show the same row, so the index need not be written again. */
export function sameSummary(a: MeetingSummary, b: MeetingSummary): boolean {
  return (
    a.kind === b.kind &&
    a.familyName === b.familyName &&
    a.date === b.date &&
    a.status === b.status &&
    JSON.stringify(a.timescales) === JSON.stringify(b.timescales) &&
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
