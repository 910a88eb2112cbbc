import type { AgendaSection } from '../model/agenda.ts'
import { blankMeeting } from '../model/blank-meeting.ts'
import type { Meeting } from '../model/meeting.ts'
import { fail, ok, type Result } from '../util/result.ts'

/** What a review needs besides the conference it follows. */
export type ReviewInput = {
  readonly id: string
  readonly date: string
  readonly agenda: ReadonlyArray<AgendaSection>
  /** When it is set up (an ISO instant). */
  readonly at: string
}

/**
 * A review conference set up from the conference it follows: the same family, children and people (each
 * invited again), the chair, the plan's actions with their progress so far, the plan's lead, core group
 * and contingency, the danger statements the plan answers, and what was decided (kept as the previous
 * conference, and the category carried into this one's decision). Nothing said at the earlier meeting is
 * copied: notes, views and scores belong to the day they were given.
 */
export function reviewFrom(previous: Meeting, input: ReviewInput): Result<Meeting> {
  if (previous.kind !== 'icpc' && previous.kind !== 'rcpc')
    return fail('invalid-argument', 'A review can follow an initial or a review conference only.')
  const blank = blankMeeting({
    id: input.id,
    kind: 'rcpc',
    familyName: previous.familyName,
    date: input.date,
    startTime: previous.startTime,
    children: previous.children,
    agenda: input.agenda,
    at: input.at,
  })
  return ok({
    ...blank,
    location: previous.location,
    participants: previous.participants.map((person) => ({
      ...person,
      attendance: { status: 'invited', from: null, until: null, reason: '' },
    })),
    chairId: previous.chairId,
    minuteTakerId: previous.minuteTakerId,
    scaling: { scores: [], dangerStatements: previous.scaling.dangerStatements },
    // Each action keeps the date of the meeting that set it, so 'within N working days' still counts from there.
    planActions: previous.planActions.map((action) => ({ ...action, setOn: action.setOn ?? previous.date })),
    planFrame: previous.planFrame,
    decision: { ...blank.decision, category: previous.decision.category },
    languageDismissals: previous.languageDismissals.filter((dismissal) => dismissal.noteId === null),
    previousConference: {
      meetingId: previous.id,
      kind: previous.kind,
      date: previous.date,
      outcome: previous.decision.outcome,
      category: previous.decision.category,
    },
  })
}
