import { emptyChildDecision } from '../decision.ts'
import { rulesFor } from '../conference-kinds.ts'
import type { ConferenceMeeting } from '../conference-meeting.ts'
import { withRecord } from '../conference-meeting.ts'

/** A meeting that may follow this one in the same case: 'Start the review', 'Next core group'. */
export type FollowOn = { readonly kind: string; readonly label: string }

/** The meetings that may follow a conference meeting: a review after a conference, a core group after either. */
export function followOnsOf(meeting: Pick<ConferenceMeeting, 'kind'>): ReadonlyArray<FollowOn> {
  const reviewedBy = rulesFor(meeting.kind).reviewedBy
  return [
    ...(reviewedBy ? [{ kind: reviewedBy, label: 'Start the review' }] : []),
    { kind: 'core-group', label: 'Next core group' },
  ]
}

/**
 * A meeting that follows a conference meeting, filled from it: the same people (each invited again), the
 * chair and minute taker, the place, the plan's actions with their progress so far, the plan's lead, core
 * group and contingency, the danger statements the plan answers, the wordings kept for the whole meeting,
 * and (where the previous meeting decided) what was decided for each child, kept as the previous conference,
 * with each child's category carried into this one's decision. Nothing said at the earlier meeting is
 * copied: notes, views and scores belong to the day they were given.
 */
export function carryOver(previous: ConferenceMeeting, next: ConferenceMeeting): ConferenceMeeting {
  const decided = rulesFor(previous.kind).outcomes !== null
  const filled: ConferenceMeeting = {
    ...next,
    location: previous.location,
    participants: previous.participants.map((person) => ({
      ...person,
      attendance: { status: 'invited', from: null, until: null, reason: '' },
    })),
    chairId: previous.chairId,
    minuteTakerId: previous.minuteTakerId,
    languageDismissals: previous.languageDismissals.filter((dismissal) => dismissal.noteId === null),
  }
  const carried = withRecord(filled, {
    scaling: { scores: [], dangerStatements: previous.record.scaling.dangerStatements },
    // Each action keeps the date of the meeting that set it, so 'within N working days' still counts from there.
    planActions: previous.record.planActions.map((action) => ({ ...action, setOn: action.setOn ?? previous.date })),
    planFrame: previous.record.planFrame,
  })
  if (!decided) return withRecord(carried, { previousConference: previous.record.previousConference })
  return withRecord(carried, {
    decisions: previous.record.decisions.map((decision) => ({
      ...emptyChildDecision(decision.childId),
      category: decision.category,
    })),
    previousConference: {
      meetingId: previous.id,
      kind: previous.kind,
      date: previous.date,
      decisions: previous.record.decisions.map(({ childId, outcome, category }) => ({ childId, outcome, category })),
    },
  })
}
