import type { WorkingDayCalendar } from '../calendar/bank-holidays.ts'
import {
  addCalendarMonths,
  addWorkingDays,
  daysBetween,
  restsOnCalculatedHolidays,
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
  /**
   * True when the working days were counted over a year the published bank holidays do not cover, so the
   * date says 'calculated; check for any one-off bank holiday'.
   */
  readonly calculated: boolean
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
  const after = (from: string, count: number) => {
    const due = addWorkingDays(from, count, calendar)
    return { due, calculated: restsOnCalculatedHolidays(from, due, calendar) }
  }
  const strategy = meeting.dates.strategyDiscussion
  if (meeting.kind === 'icpc' && strategy)
    dates.push({
      key: 'icpc-due',
      label: 'Initial conference due',
      ...after(strategy, settings.icpcWithinWorkingDays),
      basis: `${workingDays(settings.icpcWithinWorkingDays)} after the strategy discussion`,
      set: meeting.date,
    })
  const plan = meeting.outcome !== null && protectionPlanOutcomes.has(meeting.outcome)
  if (plan && meeting.kind === 'icpc') {
    dates.push({
      key: 'first-core-group',
      label: 'First core group',
      ...after(meeting.date, settings.firstCoreGroupWorkingDays),
      basis: `${workingDays(settings.firstCoreGroupWorkingDays)} after this conference`,
      set: meeting.dates.firstCoreGroup,
    })
    dates.push({
      key: 'first-review',
      label: 'First review conference',
      due: addCalendarMonths(meeting.date, settings.firstReviewMonths),
      calculated: false,
      basis: `${months(settings.firstReviewMonths)} after this conference`,
      set: meeting.dates.nextReview,
    })
  } else if (plan) {
    dates.push({
      key: 'next-review',
      label: 'Next review conference',
      due: addCalendarMonths(meeting.date, settings.laterReviewMonths),
      calculated: false,
      basis: `${months(settings.laterReviewMonths)} after this review`,
      set: meeting.dates.nextReview,
    })
  }
  dates.push({
    key: 'decision-to-attendees',
    label: 'Decision and outline plan to those invited',
    ...after(meeting.date, settings.decisionToAttendeesWorkingDays),
    basis: `${workingDays(settings.decisionToAttendeesWorkingDays)} after this conference`,
    set: null,
  })
  const minutes = after(meeting.date, settings.minutesWorkingDays)
  dates.push({
    key: 'minutes-distributed',
    label: 'Full minutes sent out',
    ...minutes,
    basis: `${workingDays(settings.minutesWorkingDays)} after this conference`,
    set: meeting.dates.minutesSent,
  })
  const sent = meeting.dates.minutesSent ?? minutes.due
  const corrections = after(sent, settings.correctionsWorkingDays)
  dates.push({
    key: 'corrections-close',
    label: 'Corrections to the minutes close',
    due: corrections.due,
    // Until the minutes are sent, this date rests on the minutes' own due date too.
    calculated: corrections.calculated || (meeting.dates.minutesSent === null && minutes.calculated),
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
