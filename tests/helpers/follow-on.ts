import type { AgendaSection } from '../../shared/model/agenda.ts'
import { bundledCalendar } from '../../shared/calendar/bank-holidays.ts'
import { defaultTimescales } from '../../shared/kinds/conference/timescale-settings.ts'
import { followOnMeeting } from '../../shared/meeting/follow-on.ts'
import type { ConferenceMeetingValue, MeetingKind } from '../../shared/meeting/meeting.ts'
import type { Result } from '../../shared/util/result.ts'

/**
 * A meeting following another in its case, made as the app makes it (followOnMeeting, as MeetingService
 * calls it), with the bundled calendar and the default timescales. A review by default.
 */
export function reviewFrom(
  previous: ConferenceMeetingValue,
  input: {
    readonly id: string
    readonly date: string
    readonly agenda: ReadonlyArray<AgendaSection>
    readonly at: string
    readonly kind?: MeetingKind
  },
): Result<ConferenceMeetingValue> {
  const environment = { calendar: bundledCalendar(), timescales: defaultTimescales() }
  return followOnMeeting(previous, input.kind ?? 'rcpc', input, environment) as Result<ConferenceMeetingValue>
}
