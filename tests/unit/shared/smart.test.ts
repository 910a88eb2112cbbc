import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { smartProblems, smartSummary, vagueVerbIn } from '../../../shared/kinds/conference/rules/smart.ts'

type Written = {
  readonly what: string
  readonly owner: string
  readonly due?: string | null
  readonly within?: number
  readonly measure: string
  readonly addresses: string
  readonly expect: ReadonlyArray<string>
}

const written = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/smart-actions.json'), 'utf8')) as {
    actions: Written[]
  }
).actions

const asAction = (item: Written) => ({
  what: item.what,
  ownerId: null,
  ownerText: item.owner,
  due: item.due ?? null,
  dueWithinWorkingDays: item.within ?? null,
  measure: item.measure,
  addresses: item.addresses,
})

describe('the SMART check on written actions', () => {
  it('has at least 40 actions, some fine and some not', () => {
    expect(written.length).toBeGreaterThanOrEqual(40)
    expect(written.filter((item) => item.expect.length === 0).length).toBeGreaterThanOrEqual(15)
    expect(written.filter((item) => item.expect.includes('vague')).length).toBeGreaterThanOrEqual(10)
  })

  it.each(written.map((item) => [item.what || '(nothing written)', item.measure || '(no measure)', item]))(
    '%s / %s',
    (_what, _measure, item) => {
      expect(smartProblems(asAction(item)).map((problem) => problem.kind)).toEqual(item.expect)
    },
  )

  it('gives every problem a message and a suggestion in plain words', () => {
    for (const problem of smartProblems(asAction(written[7] as Written))) {
      expect(problem.message).toMatch(/^[A-Z‘]/)
      expect(problem.suggestion.length).toBeGreaterThan(10)
    }
  })

  it('counts the actions that fail and the problems in all', () => {
    const actions = written.slice(0, 4).map(asAction)
    expect(smartSummary(actions)).toEqual({ failing: 2, problems: 4 })
    expect(smartSummary([])).toEqual({ failing: 0, problems: 0 })
  })

  it('finds vague verbs in any tense, as whole words', () => {
    expect(vagueVerbIn('Sarah engaged with the course')).toBe('engage with')
    expect(vagueVerbIn('The school is monitoring attendance')).toBe('monitor')
    expect(vagueVerbIn('Supportive grandparents')).toBeNull()
    expect(vagueVerbIn('Sarah will collect Zosia from school')).toBeNull()
  })
})
