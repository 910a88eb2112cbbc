import type { WorkingDayCalendar } from '../calendar/bank-holidays.ts'
import { workingDaysBetween } from '../calendar/working-days.ts'
import type { MeetingSummary } from '../model/meeting-summary.ts'
import type { TimescaleSettings } from '../settings/timescale-settings.ts'
import { keyDates, type KeyDate } from './timescales.ts'

/** A statutory date still to be met for one meeting. */
export type FallingDue = { readonly meeting: MeetingSummary; readonly date: KeyDate }

/** True when what a date asks for has been done (or arranged). */
function done(date: KeyDate, meeting: MeetingSummary): boolean {
  const signedOff = meeting.timescales?.signedOff ?? false
  switch (date.key) {
    case 'icpc-due':
      return meeting.status !== 'planned'
    case 'decision-to-attendees':
      return signedOff
    case 'minutes-distributed':
      return date.set !== null
    case 'corrections-close':
      return meeting.timescales?.dates.minutesSent === null
    default:
      return date.set !== null
  }
}

/**
 * The statutory dates across the meetings that are overdue or due within `withinWorkingDays`, and not yet
 * done or arranged, soonest first: what the meetings screen lists. Dates that follow a meeting count only
 * once it has been held.
 */
export function fallingDue(
  meetings: ReadonlyArray<MeetingSummary>,
  settings: TimescaleSettings,
  calendar: WorkingDayCalendar,
  today: string,
  withinWorkingDays = 10,
): ReadonlyArray<FallingDue> {
  const due: FallingDue[] = []
  for (const meeting of meetings) {
    if (!meeting.timescales) continue
    const dates = keyDates(
      {
        kind: meeting.kind,
        date: meeting.date,
        dates: meeting.timescales.dates,
        outcome: meeting.timescales.outcome,
      },
      settings,
      calendar,
    )
    // Before the meeting, only its own deadline can fall due; what follows it waits for the day.
    const held = meeting.date <= today
    for (const date of dates)
      if (
        (held || date.key === 'icpc-due') &&
        !done(date, meeting) &&
        workingDaysBetween(today, date.due, calendar) <= withinWorkingDays
      )
        due.push({ meeting, date })
  }
  return due.sort((a, b) => (a.date.due < b.date.due ? -1 : a.date.due > b.date.due ? 1 : 0))
}
