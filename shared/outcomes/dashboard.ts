import { harmCategories, harmCategoryLabels, type HarmCategory } from '../kinds/conference/decision.ts'
import {
  pairedFigure,
  rate,
  medianFigure,
  shownCount,
  type Figure,
  type PairedFigure,
  type ShownCount,
} from './figures.ts'
import {
  conferenceDecisions,
  mediationOutcomes,
  type ConferenceDecision,
  type ConferenceRow,
  type MediationOutcome,
  type MediationRow,
  type OutcomeRow,
} from './outcome-rows.ts'

/** What the dashboard shows: a kind of work, over whole months from one to another (both included). */
export type DashboardQuery = {
  readonly kind: 'mediation' | 'conferences'
  readonly from: string
  readonly to: string
}

/** A count with what it counts, for a chart's bar and its table's line. */
export type Counted<K extends string> = {
  readonly key: K
  readonly label: string
  readonly count: ShownCount
}

/** How each outcome reads. */
export const mediationOutcomeLabels: Readonly<Record<MediationOutcome, string>> = {
  'full-agreement': 'Full agreement',
  'partial-agreement': 'Partial agreement',
  'no-agreement': 'No agreement',
  withdrawn: 'Withdrawn',
  'not-suitable': 'Not suitable for mediation',
  ongoing: 'Still going on',
}

/** How each decision reads. */
export const conferenceDecisionLabels: Readonly<Record<ConferenceDecision, string>> = {
  plan: 'Child protection plan made',
  'plan-continued': 'Plan continued',
  'plan-ended': 'Plan ended',
  'no-plan': 'No child protection plan',
  'not-decided': 'No decision recorded',
}

/** The mediation pilot's figures for a period. */
export type MediationFigures = {
  readonly cases: ShownCount
  readonly outcomes: ReadonlyArray<Counted<MediationOutcome>>
  /** Full or partial agreement, of the cases that have ended (not withdrawn or screened out). */
  readonly agreement: Figure
  readonly weeksToOutcome: Figure
  readonly coaching: Figure
  readonly childConsulted: Figure
  /** Went (back) to court, of the cases where it is known. */
  readonly court: Figure
  readonly sessions: ReadonlyArray<Counted<'joint' | 'shuttle' | 'remote'>>
  /** Each party's own ratings at the first MIAM and the end: only parties rated both times count. */
  readonly conflict: PairedFigure
  readonly communication: PairedFigure
}

/** A month's share on time, for the timeliness chart. */
export type MonthOnTime = {
  readonly month: string
  readonly conference: Figure
  readonly decision: Figure
  readonly minutes: Figure
}

/** The conference service's figures for a period. */
export type ConferenceFigures = {
  readonly conferences: ShownCount
  readonly initial: ShownCount
  readonly review: ShownCount
  /** Each judged only where its dates are known. */
  readonly conferenceOnTime: Figure
  readonly decisionOnTime: Figure
  readonly minutesOnTime: Figure
  readonly byMonth: ReadonlyArray<MonthOnTime>
  readonly childView: Figure
  /** Parents who took part, of the parents invited (a figure on parents, not conferences). */
  readonly parentsTookPart: Figure
  readonly decisions: ReadonlyArray<Counted<ConferenceDecision>>
  readonly categories: ReadonlyArray<Counted<HarmCategory>>
  /** A plan made after an earlier one ended, of the initial conferences making a plan where it is known. */
  readonly repeatPlan: Figure
}

const inPeriod = (month: string, query: DashboardQuery) => month >= query.from && month <= query.to

const countOf = <T>(rows: ReadonlyArray<T>, test: (row: T) => boolean) => rows.filter(test).length

/** A breakdown's counts, each with its label, as they may be shown. */
function breakdown<K extends string>(
  keys: ReadonlyArray<K>,
  labels: Readonly<Record<K, string>>,
  countFor: (key: K) => number,
): ReadonlyArray<Counted<K>> {
  return keys.map((key) => ({ key, label: labels[key], count: shownCount(countFor(key)) }))
}

/** The months from one to another, both included ('2026-11' … '2027-02'). */
export function monthsBetween(from: string, to: string): ReadonlyArray<string> {
  const months: string[] = []
  let [year, month] = from.split('-').map(Number) as [number, number]
  for (let guard = 0; guard < 1200; guard += 1) {
    const current = `${year}-${String(month).padStart(2, '0')}`
    if (current > to) break
    months.push(current)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}

/** The pilot's figures from its rows within the period. */
export function mediationFigures(all: ReadonlyArray<OutcomeRow>, query: DashboardQuery): MediationFigures {
  const rows = all.filter(
    (row): row is MediationRow => row.type === 'mediation-case' && inPeriod(row.referredMonth, query),
  )
  const ended = rows.filter((row) =>
    ['full-agreement', 'partial-agreement', 'no-agreement'].includes(row.outcome),
  )
  const courtKnown = rows.filter((row) => row.court !== 'not-known')
  const ratings = rows.flatMap((row) => row.ratings)
  const sessions = {
    joint: rows.reduce((sum, row) => sum + row.jointSessions, 0),
    shuttle: rows.reduce((sum, row) => sum + row.shuttleSessions, 0),
    remote: rows.reduce((sum, row) => sum + row.remoteSessions, 0),
  }
  return {
    cases: shownCount(rows.length),
    outcomes: breakdown(mediationOutcomes, mediationOutcomeLabels, (key) =>
      countOf(rows, (row) => row.outcome === key),
    ),
    agreement: rate(
      countOf(ended, (row) => row.outcome !== 'no-agreement'),
      ended.length,
    ),
    weeksToOutcome: medianFigure(
      rows.flatMap((row) => (row.weeksToOutcome === null ? [] : [row.weeksToOutcome])),
      'weeks',
    ),
    coaching: rate(
      countOf(rows, (row) => row.coachingGiven),
      rows.length,
    ),
    childConsulted: rate(
      countOf(rows, (row) => row.childConsulted),
      rows.length,
    ),
    court: rate(
      countOf(courtKnown, (row) => row.court !== 'no'),
      courtKnown.length,
    ),
    sessions: breakdown(
      ['joint', 'shuttle', 'remote'] as const,
      { joint: 'Joint', shuttle: 'Shuttle', remote: 'Remote' },
      (key) => sessions[key],
    ),
    conflict: pairedFigure(
      ratings.map((each) => ({ before: each.conflictBefore, after: each.conflictAfter })),
    ),
    communication: pairedFigure(
      ratings.map((each) => ({ before: each.communicationBefore, after: each.communicationAfter })),
    ),
  }
}

/** The share on time of the conferences whose dates are known. */
const onTime = (rows: ReadonlyArray<ConferenceRow>, pick: (row: ConferenceRow) => string): Figure => {
  const known = rows.filter((row) => pick(row) !== 'not-known')
  return rate(
    countOf(known, (row) => pick(row) === 'on-time'),
    known.length,
  )
}

/** The share on time month by month, for each date. */
function byMonth(rows: ReadonlyArray<ConferenceRow>, query: DashboardQuery): ReadonlyArray<MonthOnTime> {
  return monthsBetween(query.from, query.to).map((month) => {
    const those = rows.filter((row) => row.month === month)
    return {
      month,
      conference: onTime(those, (row) => row.conferenceOnTime),
      decision: onTime(those, (row) => row.decisionOnTime),
      minutes: onTime(those, (row) => row.minutesOnTime),
    }
  })
}

/** The conference service's figures from its rows within the period. */
export function conferenceFigures(all: ReadonlyArray<OutcomeRow>, query: DashboardQuery): ConferenceFigures {
  const rows = all.filter(
    (row): row is ConferenceRow => row.type === 'conference' && inPeriod(row.month, query),
  )
  const madePlans = rows.filter(
    (row) => row.kind === 'icpc' && row.decision === 'plan' && row.repeatPlan !== null,
  )
  return {
    conferences: shownCount(rows.length),
    initial: shownCount(countOf(rows, (row) => row.kind === 'icpc')),
    review: shownCount(countOf(rows, (row) => row.kind === 'rcpc')),
    conferenceOnTime: onTime(rows, (row) => row.conferenceOnTime),
    decisionOnTime: onTime(rows, (row) => row.decisionOnTime),
    minutesOnTime: onTime(rows, (row) => row.minutesOnTime),
    byMonth: byMonth(rows, query),
    childView: rate(
      countOf(rows, (row) => row.childViewGathered),
      rows.length,
    ),
    parentsTookPart: rate(
      rows.reduce((sum, row) => sum + row.parentsTookPart, 0),
      rows.reduce((sum, row) => sum + row.parentsInvited, 0),
    ),
    decisions: breakdown(conferenceDecisions, conferenceDecisionLabels, (key) =>
      countOf(rows, (row) => row.decision === key),
    ),
    categories: breakdown(harmCategories, harmCategoryLabels, (key) =>
      countOf(rows, (row) => row.category === key),
    ),
    repeatPlan: rate(
      countOf(madePlans, (row) => row.repeatPlan === true),
      madePlans.length,
    ),
  }
}
