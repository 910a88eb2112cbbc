import { workingDaysBetween } from '../calendar/working-days.ts'
import type { KeyDate, KindEnvironment } from '../kinds/kind-module.ts'
import { moduleOf } from '../kinds/registry.ts'
import type { MeetingSummary } from './meeting-summary.ts'

/** A statutory date still to be met for one meeting. */
export type FallingDue = { readonly meeting: MeetingSummary; readonly date: KeyDate }

/**
 * The statutory dates across the meetings that are overdue or due within `withinWorkingDays`, and not yet
 * done or arranged, soonest first: what the meetings screen lists. Each kind says which dates its meetings
 * set; dates that follow a meeting count only once it has been held.
 */
export function fallingDue(
  meetings: ReadonlyArray<MeetingSummary>,
  environment: Omit<KindEnvironment, 'language'>,
  today: string,
  withinWorkingDays = 10,
): ReadonlyArray<FallingDue> {
  const due: FallingDue[] = []
  for (const meeting of meetings) {
    const dates = moduleOf(meeting.kind).keyDates(meeting, meeting.facts, environment)
    // Before the meeting, only its own deadline can fall due; what follows it waits for the day.
    const held = meeting.date <= today
    for (const date of dates)
      if (
        (held || date.beforeMeeting) &&
        !date.done &&
        workingDaysBetween(today, date.due, environment.calendar) <= withinWorkingDays
      )
        due.push({ meeting, date })
  }
  return due.sort((a, b) => (a.date.due < b.date.due ? -1 : a.date.due > b.date.due ? 1 : 0))
}
