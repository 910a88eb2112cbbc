import { z } from 'zod'
import { addCalendarMonths } from '../calendar/working-days.ts'
import { ukDateOf } from '../dates/british-date.ts'
import type { ConferenceMeeting } from '../kinds/conference/conference-meeting.ts'
import { protectionPlanOutcomes, type Outcome } from '../kinds/conference/decision.ts'
import { viewGatheredValues } from '../kinds/conference/records.ts'
import type { KindEnvironment } from '../kinds/kind-module.ts'
import { moduleOf } from '../kinds/registry.ts'
import { kinOfRole } from '../language/kin.ts'
import type { Meeting } from '../meeting/meeting.ts'
import { summarise } from '../meeting/meeting-summary.ts'
import type { Participant } from '../model/people.ts'
import type { ConferenceDecision, ConferenceRow } from './outcome-rows.ts'

/** Whether something statutory happened on time: yes, no, or not known (no date to judge by). */
export const OnTimeSchema = z.enum(['on-time', 'late', 'not-known'])
/** Whether something happened on time. */
export type OnTime = z.infer<typeof OnTimeSchema>

/** A conference's timeliness, as an outcomes row carries it: no dates, only on time or late. */
export type ConferenceTimeliness = {
  /** An initial conference within its working days of the strategy discussion; a review within its months. */
  readonly conference: OnTime
  /** The decision and outline plan to those invited within their working day (the first signing). */
  readonly decision: OnTime
  /** The minutes sent within the council's working days. */
  readonly minutes: OnTime
}

const judged = (happened: string | null, due: string | undefined): OnTime =>
  happened === null || due === undefined ? 'not-known' : happened <= due ? 'on-time' : 'late'

/** The day a review conference was due, from the conference before it, or undefined where not known. */
function reviewDue(meeting: Meeting, environment: Omit<KindEnvironment, 'language'>): string | undefined {
  if (meeting.kind !== 'rcpc') return undefined
  const previous = meeting.record.previousConference
  if (!previous) return undefined
  const { firstReviewMonths, laterReviewMonths } = environment.timescales
  return addCalendarMonths(previous.date, previous.kind === 'icpc' ? firstReviewMonths : laterReviewMonths)
}

/**
 * Whether a conference met its statutory dates (DOMAIN.md), from its own record and journal: the initial
 * conference against the strategy discussion (a review against the conference before it), the decision
 * against its first signing, the minutes against the day they were sent. Working days are the council's
 * (bank holidays, Christmas, skipped), through the conference module's key dates, so the dashboard and the
 * due views count alike.
 */
export function conferenceTimeliness(
  meeting: Meeting,
  environment: Omit<KindEnvironment, 'language'>,
  minutesSent: string | null,
): ConferenceTimeliness {
  const summary = summarise(meeting)
  const module = moduleOf(meeting.kind)
  const dates = module.keyDates(summary, summary.facts, environment)
  const due = (key: string) => dates.find((date) => date.key === key)?.due
  const held = meeting.status === 'planned' ? null : meeting.date
  const firstSigned = module.signedVersions(meeting)[0]
  return {
    conference: judged(held, due('icpc-due') ?? reviewDue(meeting, environment)),
    decision: judged(
      firstSigned ? ukDateOf(new Date(firstSigned.signedAt)) : null,
      due('decision-to-attendees'),
    ),
    minutes: judged(minutesSent, due('minutes-distributed')),
  }
}

const parentRelationships = new Set(['mother', 'father', 'step-mother', 'step-father'])

/** A parent, by their role ('Mother', 'Stepdad', 'Parent'). */
const isParent = (person: Participant): boolean =>
  person.group === 'family' &&
  (parentRelationships.has(kinOfRole(person.role)?.relationship ?? '') || /\bparent\b/iu.test(person.role))

const tookPart = new Set(['present', 'part', 'excluded-part'])

/** What a conference decided across its children, the plan first (a plan made outweighs one ended). */
function decisionOf(outcomes: ReadonlyArray<Outcome | null>): ConferenceDecision {
  const has = (...wanted: Outcome[]) =>
    outcomes.some((outcome) => outcome !== null && wanted.includes(outcome))
  if (has('cp-plan')) return 'plan'
  if (has('continue-cp-plan', 'change-category')) return 'plan-continued'
  if (has('end-cp-plan-cin', 'end-cp-plan-nfa')) return 'plan-ended'
  if (has('cin-plan', 'no-further-action')) return 'no-plan'
  return 'not-decided'
}

/**
 * One conference (initial or review, once held) as the steering group counts it: no name, no free text, the
 * month only. `earlier` are the case's conferences before it kept here: a plan made after one ended is a
 * repeat plan; with none kept, whether it is a repeat is not known. Null for a core group or a conference
 * not yet held.
 */
export function conferenceRow(
  meeting: ConferenceMeeting & Meeting,
  earlier: ReadonlyArray<ConferenceMeeting>,
  environment: Omit<KindEnvironment, 'language'>,
  rowId: string,
): ConferenceRow | null {
  if ((meeting.kind !== 'icpc' && meeting.kind !== 'rcpc') || meeting.status === 'planned') return null
  const record = meeting.record
  const timeliness = conferenceTimeliness(meeting, environment, record.dates.minutesSent)
  const ways = new Set(record.childViews.map((view) => view.howGathered))
  const childViewWays = viewGatheredValues.filter((way) => way !== 'not-gathered' && ways.has(way))
  const parents = meeting.participants.filter(isParent)
  const decision = decisionOf(record.decisions.map((each) => each.outcome))
  const planned = record.decisions.find(
    (each) => each.outcome !== null && protectionPlanOutcomes.has(each.outcome) && each.category !== null,
  )
  const endedBefore = earlier.some((conference) =>
    conference.record.decisions.some(
      (each) => each.outcome === 'end-cp-plan-cin' || each.outcome === 'end-cp-plan-nfa',
    ),
  )
  return {
    type: 'conference',
    rowId,
    kind: meeting.kind,
    month: meeting.date.slice(0, 7),
    children: Math.min(21, meeting.children.length),
    conferenceOnTime: timeliness.conference,
    decisionOnTime: timeliness.decision,
    minutesOnTime: timeliness.minutes,
    childViewGathered: childViewWays.length > 0,
    childViewWays,
    parentsInvited: Math.min(20, parents.length),
    parentsTookPart: Math.min(20, parents.filter((parent) => tookPart.has(parent.attendance.status)).length),
    decision,
    category: planned?.category ?? null,
    repeatPlan:
      meeting.kind !== 'icpc' || decision !== 'plan' ? null : earlier.length === 0 ? null : endedBefore,
  }
}
