import type { KindEnvironment } from '../kinds/kind-module.ts'
import { kindWithArticle, moduleOf } from '../kinds/registry.ts'
import type { AgendaSection } from '../model/agenda.ts'
import { fail, ok, type Result } from '../util/result.ts'
import { blankMeeting } from './blank-meeting.ts'
import type { Meeting, MeetingKind } from './meeting.ts'

/**
 * A meeting that follows another in its case ('Start the review', 'Next core group'): of a kind the
 * previous meeting's family offers after it, blank, then filled from the previous meeting by its module.
 */
export function followOnMeeting(
  previous: Meeting,
  kind: MeetingKind,
  input: {
    readonly id: string
    readonly date: string
    readonly agenda: ReadonlyArray<AgendaSection>
    readonly at: string
  },
  environment: Omit<KindEnvironment, 'language'>,
): Result<Meeting> {
  const module = moduleOf(previous.kind)
  if (!module.followOns(previous, environment).some((option) => option.kind === kind))
    return fail('invalid-argument', `${kindWithArticle(kind)} cannot follow this meeting.`)
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
  return ok(module.carryOver(previous, blank) as Meeting)
}
