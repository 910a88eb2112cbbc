import type { WorkingDayCalendar } from '../calendar/bank-holidays.ts'
import {
  addCalendarMonths,
  addWorkingDays,
  daysBetween,
  workingDaysBetween,
} from '../calendar/working-days.ts'
import { protectionPlanOutcomes, type MeetingDates, type Outcome } from '../model/decision.ts'
import type { MeetingKind } from '../model/meeting-kind.ts'
import type { TimescaleSettings } from '../settings/timescale-settings.ts'

/** One date a conference's timescales set. */
export type KeyDate = {
  readonly key:
    | 'icpc-due'
    | 'first-core-group'
    | 'first-review'
    | 'next-review'
    | 'decision-to-attendees'
    | 'minutes-distributed'
    | 'corrections-close'
  readonly label: string
  /** The date it is due by. */
  readonly due: string
  /** How the date is worked out, in plain words. */
  readonly basis: string
  /** The date the chair set for it, where it is a meeting to arrange. */
  readonly set: string | null
}

/** What the timescales run from. */
export type TimescaleInput = {
  readonly kind: MeetingKind
  readonly date: string
  readonly dates: MeetingDates
  readonly outcome: Outcome | null
}

const workingDays = (count: number): string => (count === 1 ? '1 working day' : `${count} working days`)
const months = (count: number): string => (count === 1 ? '1 month' : `${count} months`)

/**
 * The statutory dates for a conference, worked out from its date, the strategy discussion and the
 * decision. Only the ones that apply: the first core group and review only where there is a child
 * protection plan; the ICPC deadline only for an initial conference with the strategy discussion known.
 */
export function keyDates(
  meeting: TimescaleInput,
  settings: TimescaleSettings,
  calendar: WorkingDayCalendar,
): ReadonlyArray<KeyDate> {
  if (meeting.kind !== 'icpc' && meeting.kind !== 'rcpc') return []
  const dates: KeyDate[] = []
  const strategy = meeting.dates.strategyDiscussion
  if (meeting.kind === 'icpc' && strategy)
    dates.push({
      key: 'icpc-due',
      label: 'Initial conference due',
      due: addWorkingDays(strategy, settings.icpcWithinWorkingDays, calendar),
      basis: `${workingDays(settings.icpcWithinWorkingDays)} after the strategy discussion`,
      set: meeting.date,
    })
  const plan = meeting.outcome !== null && protectionPlanOutcomes.has(meeting.outcome)
  if (plan && meeting.kind === 'icpc') {
    dates.push({
      key: 'first-core-group',
      label: 'First core group',
      due: addWorkingDays(meeting.date, settings.firstCoreGroupWorkingDays, calendar),
      basis: `${workingDays(settings.firstCoreGroupWorkingDays)} after this conference`,
      set: meeting.dates.firstCoreGroup,
    })
    dates.push({
      key: 'first-review',
      label: 'First review conference',
      due: addCalendarMonths(meeting.date, settings.firstReviewMonths),
      basis: `${months(settings.firstReviewMonths)} after this conference`,
      set: meeting.dates.nextReview,
    })
  } else if (plan) {
    dates.push({
      key: 'next-review',
      label: 'Next review conference',
      due: addCalendarMonths(meeting.date, settings.laterReviewMonths),
      basis: `${months(settings.laterReviewMonths)} after this review`,
      set: meeting.dates.nextReview,
    })
  }
  dates.push({
    key: 'decision-to-attendees',
    label: 'Decision and outline plan to those invited',
    due: addWorkingDays(meeting.date, settings.decisionToAttendeesWorkingDays, calendar),
    basis: `${workingDays(settings.decisionToAttendeesWorkingDays)} after this conference`,
    set: null,
  })
  const minutesDue = addWorkingDays(meeting.date, settings.minutesWorkingDays, calendar)
  dates.push({
    key: 'minutes-distributed',
    label: 'Full minutes sent out',
    due: minutesDue,
    basis: `${workingDays(settings.minutesWorkingDays)} after this conference`,
    set: meeting.dates.minutesSent,
  })
  const sent = meeting.dates.minutesSent ?? minutesDue
  dates.push({
    key: 'corrections-close',
    label: 'Corrections to the minutes close',
    due: addWorkingDays(sent, settings.correctionsWorkingDays, calendar),
    basis: `${workingDays(settings.correctionsWorkingDays)} after the minutes are sent`,
    set: null,
  })
  return dates
}

/** A countdown in words: 'Due today', 'In 3 working days', '2 working days overdue'. */
export function countdown(due: string, today: string, calendar: WorkingDayCalendar): string {
  if (due === today) return 'Due today'
  const calendarDays = daysBetween(today, due)
  const days = workingDaysBetween(today, due, calendar)
  if (calendarDays > 0)
    return days > 0
      ? `In ${workingDays(days)}`
      : `In ${calendarDays === 1 ? '1 day' : `${calendarDays} days`}`
  return -days > 0 ? `${workingDays(-days)} overdue` : 'Overdue'
}

/** True when a date is today or past. */
export function isDue(due: string, today: string): boolean {
  return due <= today
}
