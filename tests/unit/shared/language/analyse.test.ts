import { describe, expect, it } from 'vitest'
import { analyse, applySuggestion, compileRules, nameWords } from '../../../../shared/language/analyse.ts'
import { bundledRuleFiles } from '../../../../shared/language/rule-files.ts'
import { glossaryFor, glossaryTerms } from '../../../../shared/language/glossary.ts'
import { readingEase, syllables } from '../../../../shared/language/readability.ts'
import { corpusContext } from '../../../helpers/language-evaluation.ts'

const compiled = compileRules(bundledRuleFiles)
const find = (text: string, context = corpusContext) => analyse(text, compiled, context)

describe('the language analyser', () => {
  it('gives the span, category, reason and the names to write instead of a label', () => {
    const text = 'Mum said the mornings are hard.'
    const [finding] = find(text)
    expect(finding).toMatchObject({ category: 'labels', start: 0, end: 3, match: 'Mum' })
    expect(finding?.reason).toMatch(/name/)
    expect(finding?.suggestions).toEqual(['Anna', 'Anna Kowalska'])
    expect(applySuggestion(text, finding!, 'Anna')).toBe('Anna said the mornings are hard.')
  })

  it('says nothing about a label when nobody in the meeting has that role', () => {
    const noFather = { ...corpusContext, people: corpusContext.people.filter((p) => p.role !== 'Father') }
    expect(find('Dad phoned the school.', noFather)).toEqual([])
  })

  it('never takes a participant’s name for an acronym', () => {
    const withCip = {
      ...corpusContext,
      people: [...corpusContext.people, { name: 'DA Ortiz', role: 'Police', group: 'professional' as const }],
    }
    expect(find('DA Ortiz shared the police log.', withCip)).toEqual([])
    expect(find('Priya Sen said Kuba has settled.')).toEqual([])
    expect(find('The DA was discussed.').map((f) => f.match)).toEqual(['DA'])
  })

  it('flags an acronym once, and not at all once it has been written out', () => {
    expect(find('The CP plan continues. The CP plan is reviewed in March.')).toHaveLength(1)
    expect(find('The child protection plan (CPP) continues. The CPP is reviewed in March.')).toEqual([])
  })

  it('leaves someone’s own words, in quotation marks, as they were said', () => {
    expect(find('Zosia said “mum always shouts at night”.')).toEqual([])
    expect(find('Zosia said "dad never listens".')).toEqual([])
  })

  it('checks for deficit-only wording only where a strength is being recorded', () => {
    const text = 'Anna did not miss any appointments.'
    expect(find(text).filter((f) => f.category === 'deficit')).toEqual([])
    expect(find(text, { ...corpusContext, recordingStrength: true }).map((f) => f.category)).toContain(
      'deficit',
    )
  })

  it('does not flag again what the chair dismissed for this meeting', () => {
    const text = 'Piotr refused to answer the door.'
    const [finding] = find(text)
    expect(finding?.ruleId).toBeDefined()
    expect(
      find(text, { ...corpusContext, dismissed: [{ ruleId: finding!.ruleId, match: 'REFUSED' }] }),
    ).toEqual([])
  })

  it('honours what a council switched off and the phrases it added', () => {
    const council = compileRules(bundledRuleFiles, {
      disabledCategories: ['jargon'],
      disabledRuleIds: ['mum'],
      extraRules: [
        {
          id: 'extra-1',
          category: 'blaming',
          phrase: 'kicked off',
          reason: 'Say what happened.',
          suggestion: 'became upset',
        },
      ],
    })
    const found = analyse('Mum said the CP plan helps. Kuba kicked off (again).', council, corpusContext)
    expect(found.map((f) => [f.ruleId, f.match, f.suggestions])).toEqual([
      ['extra-1', 'kicked off', ['became upset']],
    ])
  })

  it('keeps a capital at the start of a sentence when applying a suggestion', () => {
    const text = 'The children were happy.'
    const [finding] = find(text)
    expect(finding?.category).toBe('labels')
    expect(applySuggestion(text, finding!, 'Zosia and Kuba')).toBe('Zosia and Kuba were happy.')
  })

  it('returns nothing for empty text', () => {
    expect(find('   ')).toEqual([])
  })
})

describe('the glossary', () => {
  it('lists every acronym used, in order, and leaves out names', () => {
    const people = [
      ...corpusContext.people,
      { name: 'DA Ortiz', role: 'Police', group: 'professional' as const },
    ]
    expect(
      glossaryFor(
        ['The ICPC agreed a CP plan.', 'DA Ortiz spoke. CAMHS will see Kuba.'],
        glossaryTerms(bundledRuleFiles),
        nameWords({ ...corpusContext, people }),
      ).map((entry) => entry.term),
    ).toEqual(['CAMHS', 'CP', 'ICPC'])
  })

  it('takes a police rank before a name as a rank the family may not know, not as a name', () => {
    const people = [{ name: 'PC Kate Lyons', role: 'Police', group: 'professional' as const }]
    const names = nameWords({ ...corpusContext, people })
    expect(names.has('Lyons')).toBe(true)
    expect(
      glossaryFor(['PC Kate Lyons'], glossaryTerms(bundledRuleFiles), names).map((entry) => entry.term),
    ).toEqual(['PC'])
  })

  it('lists a council’s own acronym, and its meaning over a bundled one with the same letters', () => {
    const terms = glossaryTerms(bundledRuleFiles, [
      { term: 'CSPR', expansion: 'child safeguarding practice review' },
      { term: 'CPA', expansion: 'conference and planning adviser' },
    ])
    expect(glossaryFor(['The CSPR and the CPA.'], terms, new Set())).toEqual([
      { term: 'CPA', expansion: 'conference and planning adviser' },
      { term: 'CSPR', expansion: 'child safeguarding practice review' },
    ])
  })
})

describe('readability', () => {
  it('scores short plain sentences as easy and long technical ones as hard', () => {
    const plain = readingEase('Zosia likes school. She has a good friend. She feels safe there.')
    const hard = readingEase(
      'Notwithstanding considerable multi-agency intervention, parental engagement with therapeutic interventions has remained inconsistent, necessitating continued statutory oversight.',
    )
    expect(plain?.score).toBeGreaterThan(80)
    expect(hard?.score).toBeLessThan(20)
    expect(plain).toMatchObject({ words: 12, sentences: 3 })
  })

  it('counts syllables the usual way, and returns null for no words', () => {
    expect([syllables('safe'), syllables('family'), syllables('a'), syllables('conference')]).toEqual([
      1, 3, 1, 3,
    ])
    expect(readingEase('  12 ')).toBeNull()
  })
})
