import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyse, compileRules } from '../../shared/language/analyse.ts'
import {
  bundledRuleFiles,
  languageCategories,
  type LanguageCategory,
} from '../../shared/language/rule-files.ts'
import type { LanguageContext } from '../../shared/language/analyse.ts'

/** A sentence of the corpus and what a careful chair would flag in it. */
export type Labelled = {
  readonly text: string
  readonly section?: string
  /** The meeting the sentence belongs to: the Kowalski family unless it says 'whitfield'. */
  readonly meeting?: 'whitfield'
  readonly expected: ReadonlyArray<{ readonly category: LanguageCategory; readonly match: string }>
}

/** The labelled corpus in tests/fixtures/language-corpus.json. */
export function loadCorpus(): ReadonlyArray<Labelled> {
  const file = JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/language-corpus.json'), 'utf8'),
  ) as { sentences: Labelled[] }
  return file.sentences
}

/** The meeting the corpus's sentences belong to. */
export const corpusContext: LanguageContext = {
  people: [
    { name: 'Anna Kowalska', role: 'Mother', group: 'family' },
    { name: 'Piotr Kowalski', role: 'Father', group: 'family' },
    { name: 'Mark Dean', role: "Anna's partner", group: 'family' },
    { name: 'Jamie Reid', role: 'Social worker', group: 'professional' },
    { name: 'Sarah Jones', role: 'Health visitor', group: 'professional' },
    { name: 'Priya Sen', role: 'Head teacher', group: 'professional' },
  ],
  children: [
    { name: 'Zofia Kowalska', knownAs: 'Zosia' },
    { name: 'Jakub Kowalski', knownAs: 'Kuba' },
  ],
  familyName: 'Kowalski',
  recordingStrength: false,
}

/**
 * A second meeting, for sentences written from published minutes templates and practice guides: the
 * Whitfield family, with grandparents and a step-father, and the professionals of a typical conference.
 */
export const whitfieldContext: LanguageContext = {
  people: [
    { name: 'Sarah Whitfield', role: 'Mother', group: 'family' },
    { name: 'Tom Whitfield', role: 'Father', group: 'family' },
    { name: 'Lee Carter', role: 'Step-father', group: 'family' },
    { name: 'Maureen Doyle', role: 'Maternal grandmother', group: 'family' },
    { name: 'Dave Whitfield', role: 'Paternal grandfather', group: 'family' },
    { name: 'Helen Ward', role: 'CPA (chair)', group: 'professional' },
    { name: 'Nadia Malik', role: 'Social worker', group: 'professional' },
    { name: 'Dr Amir Hussain', role: 'GP', group: 'professional' },
    { name: 'PC Kate Lyons', role: 'Police constable', group: 'professional' },
    { name: 'Ruth Evans', role: 'CAMHS worker', group: 'professional' },
    { name: 'Chloe Price', role: 'Family support worker', group: 'professional' },
  ],
  children: [
    { name: 'Ellie Whitfield', knownAs: 'Ellie' },
    { name: 'Joshua Whitfield', knownAs: 'Josh' },
  ],
  familyName: 'Whitfield',
  recordingStrength: false,
}

/**
 * The Kowalski meeting with more of the family and the foster carers, for the rules' own examples: each
 * example that should be flagged is flagged in this meeting or the Whitfields'.
 */
export const extendedKowalskiContext: LanguageContext = {
  ...corpusContext,
  people: [
    ...corpusContext.people,
    { name: 'Halina Nowak', role: 'Maternal grandmother', group: 'family' },
    { name: 'Jan Kowalski', role: 'Paternal grandfather', group: 'family' },
    { name: 'Ewa Kowalska', role: 'Step-mother', group: 'family' },
    { name: 'Irena Nowak', role: "Aunt (Anna's sister)", group: 'family' },
    { name: 'Adam Nowak', role: 'Uncle', group: 'family' },
    { name: 'Dorota Lis', role: 'Foster carer', group: 'professional' },
    { name: 'Tomasz Lis', role: 'Foster carer', group: 'professional' },
  ],
}

/** Counts per category, and precision and recall from them. */
export type Score = {
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  readonly precision: number
  readonly recall: number
}

const score = (tp: number, fp: number, fn: number): Score => ({
  truePositives: tp,
  falsePositives: fp,
  falseNegatives: fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
})

/**
 * Runs the analyser over the corpus. A finding is right when an expected finding of the same category
 * covers the same words (case aside); each expected finding can be matched once.
 */
export function evaluateCorpus(sentences: ReadonlyArray<Labelled> = loadCorpus()): {
  readonly perCategory: Readonly<Record<LanguageCategory, Score>>
  readonly overall: Score
  readonly mistakes: string[]
} {
  const compiled = compileRules(bundledRuleFiles)
  const counts = Object.fromEntries(
    languageCategories.map((category) => [category, { tp: 0, fp: 0, fn: 0 }]),
  ) as Record<LanguageCategory, { tp: number; fp: number; fn: number }>
  const mistakes: string[] = []
  for (const sentence of sentences) {
    const found = analyse(sentence.text, compiled, {
      ...(sentence.meeting === 'whitfield' ? whitfieldContext : corpusContext),
      recordingStrength: sentence.section === 'strengths',
    })
    const unmatched = [...sentence.expected]
    for (const finding of found) {
      const index = unmatched.findIndex(
        (expected) =>
          expected.category === finding.category &&
          expected.match.toLocaleLowerCase('en-GB') === finding.match.toLocaleLowerCase('en-GB'),
      )
      if (index >= 0) {
        counts[finding.category].tp += 1
        unmatched.splice(index, 1)
      } else {
        counts[finding.category].fp += 1
        mistakes.push(`false positive ${finding.category} “${finding.match}” in: ${sentence.text}`)
      }
    }
    for (const missed of unmatched) {
      counts[missed.category].fn += 1
      mistakes.push(`missed ${missed.category} “${missed.match}” in: ${sentence.text}`)
    }
  }
  const perCategory = Object.fromEntries(
    languageCategories.map((category) => [
      category,
      score(counts[category].tp, counts[category].fp, counts[category].fn),
    ]),
  ) as Record<LanguageCategory, Score>
  const total = Object.values(counts).reduce(
    (sum, count) => ({ tp: sum.tp + count.tp, fp: sum.fp + count.fp, fn: sum.fn + count.fn }),
    { tp: 0, fp: 0, fn: 0 },
  )
  return { perCategory, overall: score(total.tp, total.fp, total.fn), mistakes }
}
