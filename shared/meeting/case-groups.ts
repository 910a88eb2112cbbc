import { formatBritishDate } from '../dates/british-date.ts'
import type { ListedMeeting } from './meeting-summary.ts'

// The meetings screen is the first screen most days: this file and what it imports stay free of the kinds'
// modules and their schemas. A meeting arrives with its kind's words (ListedMeeting).

/** A case as the meetings screen shows it: the family, and its meetings newest first. */
export type CaseGroup = {
  /** The case's id; a meeting that names no case (an index from before cases) stands as one, by its id. */
  readonly id: string
  readonly familyName: string
  /** 'Child protection', 'Mediation'. */
  readonly caseLabel: string
  /** Newest first. */
  readonly meetings: ReadonlyArray<ListedMeeting>
  /** Every child named in its meetings, each once, in the order first named. */
  readonly childNames: ReadonlyArray<string>
}

const newestFirst = (a: ListedMeeting, b: ListedMeeting): number =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : 0

/**
 * The meetings gathered into their cases: each case with its meetings newest first, the cases ordered by
 * their newest meeting (then by family name in the user's alphabet).
 */
export function groupIntoCases(
  meetings: ReadonlyArray<ListedMeeting>,
  collator: Intl.Collator,
): ReadonlyArray<CaseGroup> {
  const byCase = new Map<string, ListedMeeting[]>()
  for (const meeting of meetings) {
    const key = meeting.caseId ?? meeting.id
    const list = byCase.get(key)
    if (list) list.push(meeting)
    else byCase.set(key, [meeting])
  }
  const groups = [...byCase.entries()].map(([id, list]): CaseGroup => {
    const sorted = [...list].sort(newestFirst)
    const newest = sorted[0]!
    return {
      id,
      familyName: newest.familyName,
      caseLabel: newest.caseLabel,
      meetings: sorted,
      childNames: [...new Set(sorted.toReversed().flatMap((meeting) => meeting.childNames))],
    }
  })
  return groups.sort((a, b) => {
    const order = newestFirst(a.meetings[0]!, b.meetings[0]!)
    return order !== 0 ? order : collator.compare(a.familyName, b.familyName)
  })
}

/**
 * Where a meeting stands, in a few words: 'Arranged for 24/02/2027', 'In progress', 'Held on 20/11/2026,
 * signed'; a meeting never started whose day has passed says so rather than that it was held.
 */
export function meetingStage(meeting: ListedMeeting, today: string): string {
  if (meeting.status === 'in-progress') return 'In progress'
  if (meeting.status === 'planned')
    return meeting.date >= today
      ? `Arranged for ${formatBritishDate(meeting.date)}`
      : `Planned for ${formatBritishDate(meeting.date)}, not started`
  const held = `Held on ${formatBritishDate(meeting.date)}`
  // The record's own stage after the day: tidied and signed, or still to be.
  return meeting.signed ? `${held}, signed` : `${held}, to tidy and sign`
}

/** Where a case stands: its newest meeting and how that stands ('Review child protection conference: arranged for…'). */
export function caseStage(group: CaseGroup, today: string): string {
  const newest = group.meetings[0]
  if (!newest) return ''
  const stage = meetingStage(newest, today)
  return `${newest.kindLabel}: ${stage.charAt(0).toLocaleLowerCase('en-GB')}${stage.slice(1)}`
}
