import type { Child, Participant } from '../../../model/people.ts'
import type { MeetingCore } from '../../../model/meeting-core.ts'
import { rulesFor } from '../conference-kinds.ts'
import {
  outcomeLabels,
  protectionPlanOutcomes,
  type ChildDecision,
  type Outcome,
  type Recommendation,
} from '../decision.ts'
import type { ConferenceRecord } from '../record.ts'

/** The outcomes open at this kind of conference meeting: none at a core group, which decides nothing. */
export function outcomesFor(kind: string): ReadonlyArray<Outcome> {
  return rulesFor(kind).outcomes ?? []
}

/**
 * The outcomes open for a decision at this meeting: a review offers continuing or ending a plan only for a
 * child who has one. A child the conference before did not give a plan (a sibling on a child in need plan)
 * is decided for as at an initial conference. `childId` null is the decision for every child: the review's
 * own outcomes unless none of them has a plan.
 */
export function outcomesForDecision(
  meeting: { readonly kind: string; readonly children: ReadonlyArray<Pick<Child, 'id'>> },
  record: Pick<ConferenceRecord, 'previousConference'>,
  childId: string | null,
): ReadonlyArray<Outcome> {
  const own = outcomesFor(meeting.kind)
  const previous = record.previousConference
  if (meeting.kind !== 'rcpc' || previous === null) return own
  const hadPlan = (id: string): boolean => {
    const decided =
      previous.decisions.find((decision) => decision.childId === id) ??
      previous.decisions.find((decision) => decision.childId === null)
    return decided?.outcome ? protectionPlanOutcomes.has(decided.outcome) : true
  }
  const concerned = childId === null ? meeting.children.map((child) => child.id) : [childId]
  return concerned.length > 0 && concerned.every((id) => !hadPlan(id)) ? outcomesFor('icpc') : own
}

/** True where this kind of conference meeting decides (an initial or review conference). */
export function decides(kind: string): boolean {
  return rulesFor(kind).outcomes !== null
}

/** People who can attend a conference and are expected to recommend: professionals there, or by report. */
export function recommenders(meeting: Pick<MeetingCore, 'participants' | 'chairId' | 'minuteTakerId'>) {
  return meeting.participants.filter(
    (person) =>
      person.group === 'professional' &&
      person.id !== meeting.chairId &&
      person.id !== meeting.minuteTakerId &&
      ['present', 'part', 'report-only'].includes(person.attendance.status),
  )
}

/** The decision that stands for a child: their own, or the one for every child. */
export function decisionFor(
  record: Pick<ConferenceRecord, 'decisions'>,
  childId: string,
): ChildDecision | null {
  return (
    record.decisions.find((decision) => decision.childId === childId) ??
    record.decisions.find((decision) => decision.childId === null) ??
    null
  )
}

/**
 * The decisions as they are read: one for every child while they share it, else each child's own, each with
 * the children it stands for (every child named in the meeting, in order).
 */
export function decisionsWithChildren(
  meeting: Pick<MeetingCore, 'children'> & { readonly record: Pick<ConferenceRecord, 'decisions'> },
): ReadonlyArray<{ readonly decision: ChildDecision; readonly children: ReadonlyArray<Child> }> {
  const shared = meeting.record.decisions.find((decision) => decision.childId === null)
  const own = meeting.children.flatMap((child) => {
    const decision = meeting.record.decisions.find((candidate) => candidate.childId === child.id)
    return decision ? [{ decision, children: [child] }] : []
  })
  const covered = new Set(own.flatMap((item) => item.children.map((child) => child.id)))
  const rest = meeting.children.filter((child) => !covered.has(child.id))
  return shared && (rest.length > 0 || own.length === 0)
    ? [{ decision: shared, children: rest }, ...own]
    : own
}

/** A recommendation that differs from the decision: dissent, found rather than typed. */
export type Dissent = {
  readonly person: Participant
  readonly recommendation: Recommendation & { readonly outcome: Outcome }
}

/** Every recommendation that differs from the chair's decision, in the order the people are listed. */
export function dissentFrom(
  participants: ReadonlyArray<Participant>,
  decision: ChildDecision,
): ReadonlyArray<Dissent> {
  const decided = decision.outcome
  if (decided === null) return []
  return decision.recommendations.flatMap((recommendation) => {
    const person = participants.find((candidate) => candidate.id === recommendation.personId)
    const outcome = recommendation.outcome
    if (!person || outcome === null || outcome === decided) return []
    return [{ person, recommendation: { ...recommendation, outcome } }]
  })
}

/** True when the decision gives the child a child protection plan, which needs exactly one category. */
export function needsCategory(outcome: Outcome | null): boolean {
  return outcome !== null && protectionPlanOutcomes.has(outcome)
}

/** True when any child has (or keeps) a plan: a child protection or child in need plan. */
export function anyPlan(record: Pick<ConferenceRecord, 'decisions'>): boolean {
  return record.decisions.some(
    (decision) =>
      decision.outcome !== null &&
      (protectionPlanOutcomes.has(decision.outcome) || decision.outcome === 'cin-plan'),
  )
}

/** True when any child has (or keeps) a child protection plan. */
export function anyProtectionPlan(outcomes: ReadonlyArray<Outcome | null>): boolean {
  return outcomes.some((outcome) => outcome !== null && protectionPlanOutcomes.has(outcome))
}

/** A recommendation in a sentence: 'Jamie Reid (social worker) recommended a child protection plan'. */
export function describeOutcome(outcome: Outcome): string {
  const label = outcomeLabels[outcome]
  return label.charAt(0).toLocaleLowerCase('en-GB') + label.slice(1)
}
