import type { WorkingDayCalendar } from '../../../calendar/bank-holidays.ts'
import { restsOnCalculatedHolidays, subtractWorkingDays } from '../../../calendar/working-days.ts'
import type { AgencyReport } from '../records.ts'

/** What is wrong with a report, if anything. */
export type ReportCheck = {
  /** The last day it could arrive on time: the council's number of working days before the meeting. */
  readonly deadline: string
  /** True when the deadline was counted over calculated bank holidays (beyond the published list). */
  readonly deadlineCalculated: boolean
  /** Received after the deadline (or not at all yet, once the deadline has passed). */
  readonly late: boolean
  readonly notReceived: boolean
  /** Not shared with the parents, or not known to have been. */
  readonly notShared: boolean
}

/** Checks a report against the council's deadline before the meeting and whether the parents saw it. */
export function checkReport(
  report: Pick<AgencyReport, 'receivedOn' | 'sharedWithParents'>,
  meetingDate: string,
  deadlineWorkingDays: number,
  calendar: WorkingDayCalendar,
  today: string,
): ReportCheck {
  const deadline = subtractWorkingDays(meetingDate, deadlineWorkingDays, calendar)
  const notReceived = report.receivedOn === null
  const late = report.receivedOn !== null ? report.receivedOn > deadline : today > deadline
  return {
    deadline,
    deadlineCalculated: restsOnCalculatedHolidays(deadline, meetingDate, calendar),
    late,
    notReceived,
    notShared: report.sharedWithParents !== 'yes',
  }
}
