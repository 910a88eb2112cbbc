import {
  initialOutcomes,
  outcomeLabels,
  reviewOutcomes,
  protectionPlanOutcomes,
  type Outcome,
  type Recommendation,
} from '../model/decision.ts'
import type { Meeting } from '../model/meeting.ts'
import type { MeetingKind } from '../model/meeting-kind.ts'
import type { Participant } from '../model/people.ts'

/** The outcomes open at this kind of conference. */
export function outcomesFor(kind: MeetingKind): ReadonlyArray<Outcome> {
  return kind === 'rcpc' ? reviewOutcomes : initialOutcomes
}

/** People who can attend a conference and are expected to recommend: professionals there, or by report. */
export function recommenders(meeting: Pick<Meeting, 'participants' | 'chairId' | 'minuteTakerId'>) {
  return meeting.participants.filter(
    (person) =>
      person.group === 'professional' &&
      person.id !== meeting.chairId &&
      person.id !== meeting.minuteTakerId &&
      ['present', 'part', 'report-only'].includes(person.attendance.status),
  )
}

/** A recommendation that differs from the decision: dissent, found rather than typed. */
export type Dissent = {
  readonly person: Participant
  readonly recommendation: Recommendation & { readonly outcome: Outcome }
}

/** Every recommendation that differs from the chair's decision, in the order the people are listed. */
export function dissentFrom(meeting: Pick<Meeting, 'participants' | 'decision'>): ReadonlyArray<Dissent> {
  const decided = meeting.decision.outcome
  if (decided === null) return []
  return meeting.decision.recommendations.flatMap((recommendation) => {
    const person = meeting.participants.find((candidate) => candidate.id === recommendation.personId)
    const outcome = recommendation.outcome
    if (!person || outcome === null || outcome === decided) return []
    return [{ person, recommendation: { ...recommendation, outcome } }]
  })
}

/** True when the decision gives the child a child protection plan, which needs exactly one category. */
export function needsCategory(outcome: Outcome | null): boolean {
  return outcome !== null && protectionPlanOutcomes.has(outcome)
}

/** A recommendation in a sentence: 'Jamie Reid (social worker) recommended a child protection plan'. */
export function describeOutcome(outcome: Outcome): string {
  const label = outcomeLabels[outcome]
  return label.charAt(0).toLocaleLowerCase('en-GB') + label.slice(1)
}
