import { addCalendarMonths, addWorkingDays } from '../../../calendar/working-days.ts'
import type { FollowOn, KindEnvironment } from '../../kind-module.ts'
import { emptyChildDecision } from '../decision.ts'
import { rulesFor } from '../conference-kinds.ts'
import type { ConferenceMeeting } from '../conference-meeting.ts'
import { withRecord } from '../conference-meeting.ts'
import { conferenceFacts } from './conference-facts.ts'
import { keyDates } from './timescales.ts'

/**
 * The meetings that may follow a conference meeting: a review after a conference, a core group after any.
 * Each is suggested for the date the chair arranged, else the date it is due, else (no plan needing one)
 * the usual interval from this meeting.
 */
export function followOnsOf(
  meeting: ConferenceMeeting,
  environment: Omit<KindEnvironment, 'language'>,
): ReadonlyArray<FollowOn> {
  const rules = rulesFor(meeting.kind)
  const dates = keyDates(
    { kind: meeting.kind, date: meeting.date, status: meeting.status, facts: conferenceFacts(meeting) },
    environment.timescales,
    environment.calendar,
  )
  const dateFor = (keys: ReadonlyArray<string>, otherwise: string): string => {
    const date = dates.find((candidate) => keys.includes(candidate.key))
    return date ? (date.set ?? date.due) : otherwise
  }
  const timescales = environment.timescales
  const review: ReadonlyArray<FollowOn> = rules.reviewedBy
    ? [
        {
          kind: rules.reviewedBy,
          label: 'Start the review',
          suggestedDate: dateFor(
            ['first-review', 'next-review'],
            meeting.record.dates.nextReview ?? addCalendarMonths(meeting.date, timescales.laterReviewMonths),
          ),
          carried: "the same people invited, and this meeting's decision and plan carried over",
        },
      ]
    : []
  return [
    ...review,
    {
      kind: 'core-group',
      label: 'Next core group',
      suggestedDate: dateFor(
        ['first-core-group'],
        meeting.record.dates.firstCoreGroup ??
          addWorkingDays(meeting.date, timescales.firstCoreGroupWorkingDays, environment.calendar),
      ),
      carried: 'the same people invited, and the plan carried over so progress can be recorded',
    },
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
    planActions: previous.record.planActions.map((action) => ({
      ...action,
      setOn: action.setOn ?? previous.date,
    })),
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
      decisions: previous.record.decisions.map(({ childId, outcome, category }) => ({
        childId,
        outcome,
        category,
      })),
    },
  })
}
