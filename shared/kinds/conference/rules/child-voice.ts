import { ageInYears } from '../../../dates/british-date.ts'
import type { MeetingCore } from '../../../model/meeting-core.ts'
import type { ConferenceRecord } from '../record.ts'
import type { Child } from '../../../model/people.ts'

/**
 * Children are expected to take part from the age of four (DOMAIN.md: 'children over four'). Convene reads
 * that as from their fourth birthday, so a warning shows a little early rather than a little late.
 */
export const childViewExpectedFromAge = 4

/** A child whose view the record does not yet have, and why that matters. */
export type MissingChildView = { readonly child: Child; readonly age: number }

/** True when a child's view is recorded: their words, or the reason there are none. */
export function hasChildView(record: Pick<ConferenceRecord, 'childViews'>, childId: string): boolean {
  const view = record.childViews.find((candidate) => candidate.childId === childId)
  if (!view) return false
  return view.words.trim() !== '' || view.reasonNoView.trim() !== ''
}

/** Children of four or over on the day of the meeting with neither a view nor a reason recorded. */
export function missingChildViews(
  meeting: Pick<MeetingCore, 'children' | 'date'> & { readonly record: Pick<ConferenceRecord, 'childViews'> },
): ReadonlyArray<MissingChildView> {
  return meeting.children.flatMap((child) => {
    const age = child.dateOfBirth ? ageInYears(child.dateOfBirth, meeting.date) : null
    if (age === null || age < childViewExpectedFromAge || hasChildView(meeting.record, child.id)) return []
    return [{ child, age }]
  })
}
