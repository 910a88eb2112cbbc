import { describe, expect, it } from 'vitest'
import { outcomesFor, outcomesForDecision } from '../../../shared/kinds/conference/rules/decision.ts'

const zofia = 'a1111111-1111-4111-8111-111111111111'
const jan = 'b2222222-2222-4222-8222-222222222222'
const review = { kind: 'rcpc', children: [{ id: zofia }, { id: jan }] }
const previous = (decisions: ReadonlyArray<{ childId: string | null; outcome: 'cp-plan' | 'cin-plan' }>) => ({
  previousConference: {
    meetingId: 'c3333333-3333-4333-8333-333333333333',
    kind: 'icpc',
    date: '2026-09-01',
    decisions: decisions.map((decision) => ({ ...decision, category: null })),
  },
})

describe('the outcomes a review offers', () => {
  it('offers continuing or ending a plan only for a child who has one', () => {
    const record = previous([
      { childId: zofia, outcome: 'cp-plan' },
      { childId: jan, outcome: 'cin-plan' },
    ])
    expect(outcomesForDecision(review, record, zofia)).toEqual(outcomesFor('rcpc'))
    expect(outcomesForDecision(review, record, jan)).toEqual(outcomesFor('icpc'))
    expect(outcomesForDecision(review, record, null)).toEqual(outcomesFor('rcpc'))
  })

  it('decides for every child as at an initial conference when none of them has a plan', () => {
    const record = previous([{ childId: null, outcome: 'cin-plan' }])
    expect(outcomesForDecision(review, record, null)).toEqual(outcomesFor('icpc'))
    expect(outcomesForDecision({ ...review, kind: 'icpc' }, record, null)).toEqual(outcomesFor('icpc'))
  })
})
