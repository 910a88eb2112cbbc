import type { AgendaSection } from '../../shared/model/agenda.ts'
import { blankMeeting } from '../../shared/meeting/blank-meeting.ts'
import type { ConferenceMeetingValue, MeetingKind } from '../../shared/meeting/meeting.ts'
import { moduleOf } from '../../shared/kinds/registry.ts'
import { fail, ok, type Result } from '../../shared/util/result.ts'

/**
 * A meeting following another in its case, made as the app makes it (MeetingService.followOn): blank, of the
 * kind asked, then filled from the previous meeting by its family's module. A review by default.
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
  const module = moduleOf(previous.kind)
  const kind = input.kind ?? 'rcpc'
  if (!module.followOns(previous).some((option) => option.kind === kind))
    return fail('invalid-argument', 'That kind cannot follow this meeting.')
  const blank = blankMeeting({
    id: input.id,
    caseId: previous.caseId,
    kind,
    familyName: previous.familyName,
    date: input.date,
    startTime: previous.startTime,
    children: previous.children,
    agenda: input.agenda,
    at: input.at,
  })
  return ok(module.carryOver(previous, blank) as ConferenceMeetingValue)
}
