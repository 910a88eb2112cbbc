import type { WorkingDayCalendar } from '../../../calendar/bank-holidays.ts'
import {
  addWorkingDays,
  calculatedDateNote,
  restsOnCalculatedHolidays,
} from '../../../calendar/working-days.ts'
import { formatBritishDate } from '../../../dates/british-date.ts'
import type { PlanAction } from '../records.ts'
import { assertNever } from '../../../util/assert-never.ts'

/**
 * The one rule for 'within N working days' on a plan action, as the editor, the plan table and every
 * document state it: the days are counted from the meeting that set the action, and an action carried
 * into a review keeps counting from that first meeting, not from the review.
 */
export const relativeDueRule =
  'Counted from the meeting that set the action. An action carried into a review keeps that date.'

/** When an action is due: a date, 'within N working days' of the meeting that set it, or not set. */
export type ActionDue =
  | { readonly kind: 'date'; readonly date: string }
  | {
      readonly kind: 'within'
      readonly workingDays: number
      /** The date of the meeting that set the action. */
      readonly from: string
      /** True where that was an earlier meeting than this one. */
      readonly carried: boolean
      /** The date it falls on. */
      readonly date: string
      /** True when it was counted over calculated bank holidays (beyond the published list). */
      readonly calculated: boolean
    }
  | { readonly kind: 'not-set' }

/** Works out when an action of a meeting on `meetingDate` is due. */
export function actionDue(
  action: Pick<PlanAction, 'due' | 'dueWithinWorkingDays' | 'setOn'>,
  meetingDate: string,
  calendar: WorkingDayCalendar,
): ActionDue {
  if (action.due) return { kind: 'date', date: action.due }
  if (!action.dueWithinWorkingDays) return { kind: 'not-set' }
  const from = action.setOn ?? meetingDate
  const date = addWorkingDays(from, action.dueWithinWorkingDays, calendar)
  return {
    kind: 'within',
    workingDays: action.dueWithinWorkingDays,
    from,
    carried: from !== meetingDate,
    date,
    calculated: restsOnCalculatedHolidays(from, date, calendar),
  }
}

/**
 * An action's due date in words, the same on every screen and in every document: '16/12/2026', or
 * 'By 16/12/2026, within 10 working days of the meeting that set it (02/12/2026)', with the note where
 * the bank holidays were calculated.
 */
export function describeActionDue(due: ActionDue): string {
  switch (due.kind) {
    case 'date':
      return formatBritishDate(due.date)
    case 'within': {
      const days = due.workingDays === 1 ? '1 working day' : `${due.workingDays} working days`
      const note = due.calculated ? ` (${calculatedDateNote})` : ''
      return `By ${formatBritishDate(due.date)}${note}, within ${days} of the meeting that set it (${formatBritishDate(due.from)})`
    }
    case 'not-set':
      return 'Not set'
    default:
      return assertNever(due, 'due date')
  }
}
