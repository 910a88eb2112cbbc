import type { WorkingDayCalendar } from '../../../calendar/bank-holidays.ts'
import {
  addCalendarMonths,
  addWorkingDays,
  daysBetween,
  workingDayOnOrBefore,
  restsOnCalculatedHolidays,
  workingDaysBetween,
} from '../../../calendar/working-days.ts'
import type { MeetingCore } from '../../../model/meeting-core.ts'
import type { KeyDate } from '../../kind-module.ts'
import { rulesFor } from '../conference-kinds.ts'
import type { ConferenceFacts } from './conference-facts.ts'
import type { TimescaleSettings } from '../timescale-settings.ts'
import { anyProtectionPlan } from './decision.ts'

export type { KeyDate } from '../../kind-module.ts'

/** What the timescales run from. */
export type TimescaleInput = Pick<MeetingCore, 'date' | 'status'> & {
  readonly kind: string
  readonly facts: ConferenceFacts
}

const workingDays = (count: number): string => (count === 1 ? '1 working day' : `${count} working days`)
const months = (count: number): string => (count === 1 ? '1 month' : `${count} months`)

/**
 * The statutory dates for a conference, worked out from its date, the strategy discussion and the
 * decisions. Only the ones that apply: the first core group and review only where a child has a child
 * protection plan; the initial conference's own deadline only with the strategy discussion known. A core
 * group sets none. Each date says whether what it asks for is done (or arranged).
 */
export function keyDates(
  meeting: TimescaleInput,
  settings: TimescaleSettings,
  calendar: WorkingDayCalendar,
): ReadonlyArray<KeyDate> {
  const rules = rulesFor(meeting.kind)
  if (rules.outcomes === null) return []
  const facts = meeting.facts
  const dates: KeyDate[] = []
  const after = (from: string, count: number) => {
    const due = addWorkingDays(from, count, calendar)
    return { due, calculated: restsOnCalculatedHolidays(from, due, calendar) }
  }
  // 'Within 3 months': by the last working day of them (a meeting is not held on a Sunday).
  const withinMonths = (count: number, since: string) => {
    const end = addCalendarMonths(meeting.date, count)
    const due = workingDayOnOrBefore(end, calendar)
    return {
      due,
      calculated: due !== end && restsOnCalculatedHolidays(meeting.date, end, calendar),
      basis: `${months(count)} after ${since}${due === end ? '' : ', by the working day before it ends'}`,
    }
  }
  const strategy = facts.dates.strategyDiscussion
  if (rules.dueFromStrategyDiscussion && strategy)
    dates.push({
      key: 'icpc-due',
      label: 'Initial conference due',
      ...after(strategy, settings.icpcWithinWorkingDays),
      basis: `${workingDays(settings.icpcWithinWorkingDays)} after the strategy discussion`,
      set: meeting.date,
      done: meeting.status !== 'planned',
      beforeMeeting: true,
    })
  const plan = anyProtectionPlan(facts.outcomes)
  if (plan && rules.afterPlan === 'first-core-group-and-review') {
    dates.push({
      key: 'first-core-group',
      label: 'First core group',
      ...after(meeting.date, settings.firstCoreGroupWorkingDays),
      basis: `${workingDays(settings.firstCoreGroupWorkingDays)} after this conference`,
      set: facts.dates.firstCoreGroup,
      done: facts.dates.firstCoreGroup !== null,
      beforeMeeting: false,
    })
    dates.push({
      key: 'first-review',
      label: 'First review conference',
      ...withinMonths(settings.firstReviewMonths, 'this conference'),
      set: facts.dates.nextReview,
      done: facts.dates.nextReview !== null,
      beforeMeeting: false,
    })
  } else if (plan && rules.afterPlan === 'next-review') {
    dates.push({
      key: 'next-review',
      label: 'Next review conference',
      ...withinMonths(settings.laterReviewMonths, 'this review'),
      set: facts.dates.nextReview,
      done: facts.dates.nextReview !== null,
      beforeMeeting: false,
    })
  }
  dates.push({
    key: 'decision-to-attendees',
    label: 'Decision and outline plan to those invited',
    ...after(meeting.date, settings.decisionToAttendeesWorkingDays),
    basis: `${workingDays(settings.decisionToAttendeesWorkingDays)} after this conference`,
    set: null,
    done: facts.signedOff,
    beforeMeeting: false,
  })
  const minutes = after(meeting.date, settings.minutesWorkingDays)
  dates.push({
    key: 'minutes-distributed',
    label: 'Full minutes sent out',
    ...minutes,
    basis: `${workingDays(settings.minutesWorkingDays)} after this conference`,
    set: facts.dates.minutesSent,
    done: facts.dates.minutesSent !== null,
    beforeMeeting: false,
  })
  const sent = facts.dates.minutesSent ?? minutes.due
  const corrections = after(sent, settings.correctionsWorkingDays)
  dates.push({
    key: 'corrections-close',
    label: 'Corrections to the minutes close',
    due: corrections.due,
    // Until the minutes are sent, this date rests on the minutes' own due date too.
    calculated: corrections.calculated || (facts.dates.minutesSent === null && minutes.calculated),
    basis: `${workingDays(settings.correctionsWorkingDays)} after the minutes are sent`,
    set: null,
    // Nothing to watch until the minutes are sent.
    done: facts.dates.minutesSent === null,
    beforeMeeting: false,
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
