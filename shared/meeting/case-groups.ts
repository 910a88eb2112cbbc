import { formatBritishDate } from '../dates/british-date.ts'
import { kindFamilies, kindInfo, moduleOf } from '../kinds/registry.ts'
import type { CaseSummary } from './case.ts'
import type { MeetingSummary } from './meeting-summary.ts'

/** A case as the meetings screen shows it: the family, and its meetings newest first. */
export type CaseGroup = {
  /** The case's id; a meeting that names no case on this laptop stands as a case of its own, by its id. */
  readonly id: string
  readonly familyName: string
  /** 'Child protection', 'Mediation'. */
  readonly caseLabel: string
  readonly closed: boolean
  /** Newest first (then the latest created). */
  readonly meetings: ReadonlyArray<MeetingSummary>
  /** Every child named in its meetings, each once, in the order first named. */
  readonly childNames: ReadonlyArray<string>
}

const newestFirst = (a: MeetingSummary, b: MeetingSummary): number =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : 0

/**
 * The meetings gathered into their cases: each case with its meetings newest first, the cases ordered by
 * their newest meeting (then by family name in the user's alphabet). A meeting whose case is not on this
 * laptop (an index from before cases) stands as a case of its own.
 */
export function groupIntoCases(
  meetings: ReadonlyArray<MeetingSummary>,
  cases: ReadonlyArray<CaseSummary>,
  collator: Intl.Collator,
): ReadonlyArray<CaseGroup> {
  const known = new Map(cases.map((item) => [item.id, item]))
  const byCase = new Map<string, MeetingSummary[]>()
  for (const meeting of meetings) {
    const key = meeting.caseId && known.has(meeting.caseId) ? meeting.caseId : meeting.id
    const list = byCase.get(key)
    if (list) list.push(meeting)
    else byCase.set(key, [meeting])
  }
  const groups = [...byCase.entries()].map(([id, list]): CaseGroup => {
    const sorted = [...list].sort(newestFirst)
    const newest = sorted[0]!
    const found = known.get(id)
    const family = kindFamilies.find((module) => module.family === found?.family) ?? moduleOf(newest.kind)
    return {
      id,
      familyName: newest.familyName,
      caseLabel: family.caseLabel,
      closed: (found?.closedAt ?? null) !== null,
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
export function meetingStage(meeting: MeetingSummary, today: string): string {
  if (meeting.status === 'in-progress') return 'In progress'
  if (meeting.status === 'planned')
    return meeting.date >= today
      ? `Arranged for ${formatBritishDate(meeting.date)}`
      : `Planned for ${formatBritishDate(meeting.date)}, not started`
  const held = `Held on ${formatBritishDate(meeting.date)}`
  return meeting.signed ? `${held}, signed` : held
}

/** Where a case stands: its newest meeting and how that stands ('Review child protection conference: arranged for…'). */
export function caseStage(group: CaseGroup, today: string): string {
  const newest = group.meetings[0]
  if (!newest) return ''
  const stage = meetingStage(newest, today)
  return `${kindInfo(newest.kind).label}: ${stage.charAt(0).toLocaleLowerCase('en-GB')}${stage.slice(1)}`
}
