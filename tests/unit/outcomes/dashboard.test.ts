import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { conferenceFigures, mediationFigures, monthsBetween } from '../../../shared/outcomes/dashboard.ts'
import type { ConferenceRow, MediationRow, OutcomeRow } from '../../../shared/outcomes/outcome-rows.ts'

const mediation = (patch: Partial<MediationRow>): MediationRow => ({
  type: 'mediation-case',
  rowId: randomUUID(),
  referredMonth: '2026-10',
  outcome: 'ongoing',
  withdrawnBy: null,
  weeksToOutcome: null,
  ratings: [],
  coachingGiven: false,
  jointSessions: 0,
  shuttleSessions: 0,
  remoteSessions: 0,
  childConsulted: false,
  court: 'not-known',
  ...patch,
})

const conference = (patch: Partial<ConferenceRow>): ConferenceRow => ({
  type: 'conference',
  rowId: randomUUID(),
  kind: 'icpc',
  month: '2026-11',
  children: 1,
  conferenceOnTime: 'on-time',
  decisionOnTime: 'on-time',
  minutesOnTime: 'on-time',
  childViewGathered: true,
  childViewWays: ['advocate'],
  parentsInvited: 2,
  parentsTookPart: 2,
  decision: 'plan',
  category: 'neglect',
  repeatPlan: false,
  ...patch,
})

/**
 * Fourteen cases referred from September to November 2026 (and one in August, outside the period):
 * 5 full agreements, 2 partial, 5 with no agreement, 1 withdrawn, 1 still going on.
 */
function pilot(): ReadonlyArray<OutcomeRow> {
  const outcomes: ReadonlyArray<MediationRow['outcome']> = [
    ...Array<MediationRow['outcome']>(5).fill('full-agreement'),
    'partial-agreement',
    'partial-agreement',
    ...Array<MediationRow['outcome']>(5).fill('no-agreement'),
    'withdrawn',
    'ongoing',
  ]
  const weeks = [8, 10, 11, 12, 14, 9, 16, 6, 7, 20, 21, 22, 3, null]
  const courts: ReadonlyArray<MediationRow['court']> = [
    ...Array<MediationRow['court']>(6).fill('no'),
    'went-to-court',
    'went-to-court',
    'went-to-court',
    'returned-to-court',
    'returned-to-court',
    'not-known',
    'not-known',
    'not-known',
  ]
  // Conflict at the first MIAM and the end, one party per case for the first six (the sixth not rated at the
  // end); communication for two only.
  const conflict: ReadonlyArray<readonly [number, number | null]> = [
    [8, 4],
    [9, 5],
    [7, 7],
    [10, 3],
    [6, 5],
    [8, null],
  ]
  const communication: ReadonlyArray<readonly [number, number]> = [
    [2, 6],
    [3, 5],
  ]
  return [
    ...outcomes.map((outcome, index) =>
      mediation({
        referredMonth: ['2026-09', '2026-10', '2026-11'][index % 3],
        outcome,
        withdrawnBy: outcome === 'withdrawn' ? 'a-parent' : null,
        weeksToOutcome: weeks[index] ?? null,
        coachingGiven: index < 9,
        childConsulted: index < 2,
        court: courts[index],
        jointSessions: index % 2,
        shuttleSessions: 1,
        ratings:
          index < conflict.length
            ? [
                {
                  conflictBefore: conflict[index]?.[0] ?? null,
                  conflictAfter: conflict[index]?.[1] ?? null,
                  communicationBefore: communication[index]?.[0] ?? null,
                  communicationAfter: communication[index]?.[1] ?? null,
                },
              ]
            : [],
      }),
    ),
    mediation({ referredMonth: '2026-08', outcome: 'full-agreement', weeksToOutcome: 1 }),
  ]
}

describe('the mediation pilot’s dashboard', () => {
  const figures = mediationFigures(pilot(), { kind: 'mediation', from: '2026-09', to: '2026-11' })

  it('counts the cases of the period to the nearest 5, each outcome from 1 to 4 as fewer than 5', () => {
    expect(figures.cases.shown).toBe('15')
    expect(figures.outcomes.map((each) => [each.key, each.count.shown])).toEqual([
      ['full-agreement', '5'],
      ['partial-agreement', 'fewer than 5'],
      ['no-agreement', '5'],
      ['withdrawn', 'fewer than 5'],
      ['not-suitable', '0'],
      ['ongoing', 'fewer than 5'],
    ])
  })

  it('gives shares and medians with what they stand on, and withholds the ones that could pick out a family', () => {
    // Agreement: 7 of the 12 that ended in a session (5 did not): 58%, to the nearest 5% 60%, on '10'.
    expect(figures.agreement).toMatchObject({ shown: '60%', base: { count: 12, shown: '10' } })
    // Weeks, 13 known: 3 6 7 8 9 10 [11] 12 14 16 20 21 22.
    expect(figures.weeksToOutcome).toMatchObject({ value: 11, shown: '11 weeks', base: { count: 13 } })
    // Coaching for 9 of 14 (5 without): 64%, shown as 65%.
    expect(figures.coaching).toMatchObject({ shown: '65%', base: { count: 14 } })
    // A child consulted in 2 of 14: the two could be picked out.
    expect(figures.childConsulted).toMatchObject({ value: null, shown: 'Not shown: fewer than 5 cases' })
    // Court known for 11: 5 went (3 first time, 2 back), 6 did not: 45%.
    expect(figures.court).toMatchObject({ shown: '45%', base: { count: 11 } })
    // Sessions: 7 joint (the odd-numbered of 14), 14 shuttle: to the nearest 5.
    expect(figures.sessions.map((each) => each.count.shown)).toEqual(['5', '15', '0'])
  })

  it('never gives a change in ratings without how many were rated both times', () => {
    // Conflict, five rated both times: before 6 7 8 9 10 (8), after 3 4 5 5 7 (5), changes -7 -4 -4 -1 0 (-4).
    expect(figures.conflict.before.shown).toBe('8 out of 10')
    expect(figures.conflict.after.shown).toBe('5 out of 10')
    expect(figures.conflict.change).toMatchObject({ shown: '-4 points', base: { count: 5, shown: '5' } })
    expect(figures.conflict.leftOut).toBe(1)
    // Communication: two rated both times, four rated once or not at all of the six: nothing shown.
    expect(figures.communication.change).toMatchObject({
      value: null,
      base: { count: 2, shown: 'fewer than 5' },
    })
    expect(figures.communication.leftOut).toBe(4)
  })
})

describe('the conference service’s dashboard', () => {
  // November: 6 conferences, all on time, one with minutes not yet sent. December (Christmas): 10, minutes
  // for 5 on time and 5 late. January: 3.
  const rows: ReadonlyArray<OutcomeRow> = [
    ...Array.from({ length: 6 }, (_, index) =>
      conference({ month: '2026-11', minutesOnTime: index === 0 ? 'not-known' : 'on-time' }),
    ),
    ...Array.from({ length: 10 }, (_, index) =>
      conference({
        month: '2026-12',
        kind: index < 4 ? 'rcpc' : 'icpc',
        decision: index < 4 ? 'plan-continued' : 'plan',
        minutesOnTime: index < 5 ? 'on-time' : 'late',
        childViewGathered: index !== 9,
        childViewWays: index !== 9 ? ['advocate'] : [],
        parentsTookPart: index < 5 ? 1 : 2,
      }),
    ),
    ...Array.from({ length: 3 }, () => conference({ month: '2027-01', minutesOnTime: 'late' })),
  ]
  const figures = conferenceFigures(rows, { kind: 'conferences', from: '2026-11', to: '2027-01' })

  it('gives the share on time per month, withheld where a month has fewer than five', () => {
    expect(figures.byMonth.map((month) => [month.month, month.minutes.shown])).toEqual([
      // 5 of the 5 whose minutes were sent.
      ['2026-11', '100%'],
      ['2026-12', '50%'],
      ['2027-01', 'Not shown: fewer than 5 cases'],
    ])
    // Over the period: 10 on time of the 18 sent (8 late): 56%, shown as 55%.
    expect(figures.minutesOnTime).toMatchObject({ shown: '55%', base: { count: 18, shown: '20' } })
    expect(figures.conferenceOnTime).toMatchObject({ shown: '100%', base: { count: 19 } })
  })

  it('counts who took part, the child’s voice and the decisions', () => {
    // 19 conferences, shown as 20: 15 initial and 4 reviews, so 20 less 15 leaves 0 to 7, never the 4.
    expect(figures.conferences.shown).toBe('20')
    expect(figures.initial.shown).toBe('15')
    expect(figures.review.shown).toBe('fewer than 5')
    // Views gathered at 18 of 19: the one without could be picked out.
    expect(figures.childView.value).toBeNull()
    // Parents: 38 invited, 33 took part (five December conferences had one of two): 87%, shown as 85%.
    expect(figures.parentsTookPart).toMatchObject({ shown: '85%', base: { count: 38, shown: '40' } })
    expect(figures.decisions.map((each) => [each.key, each.count.shown])).toEqual([
      ['plan', '15'],
      ['no-plan', '0'],
      ['plan-ended', '0'],
      ['plan-continued', 'fewer than 5'],
      ['not-decided', '0'],
    ])
  })

  it('knows the months of a period across a new year', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(monthsBetween('2027-02', '2026-11')).toEqual([])
  })
})
