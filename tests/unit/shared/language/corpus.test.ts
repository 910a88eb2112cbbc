import { expect, it } from 'vitest'
import { evaluateCorpus, loadCorpus } from '../../../helpers/language-evaluation.ts'
import { languageCategories } from '../../../../shared/language/rule-files.ts'

it('the labelled corpus is large enough to mean something', () => {
  const corpus = loadCorpus()
  expect(corpus.length).toBeGreaterThanOrEqual(300)
  expect(corpus.filter((sentence) => sentence.expected.length === 0).length).toBeGreaterThanOrEqual(120)
  // The sentences written from published minutes and practice guides, about a second family.
  const whitfield = corpus.filter((sentence) => sentence.meeting === 'whitfield')
  expect(whitfield.length).toBeGreaterThanOrEqual(100)
  expect(whitfield.filter((sentence) => sentence.expected.length === 0).length).toBeGreaterThanOrEqual(50)
  for (const category of languageCategories)
    expect(corpus.some((sentence) => sentence.expected.some((found) => found.category === category))).toBe(
      true,
    )
})

it('finds what a careful chair would, and little else: precision and recall at least 0.95 overall', () => {
  const { perCategory, overall, mistakes } = evaluateCorpus()
  const table = Object.entries(perCategory)
    .map(
      ([category, score]) =>
        `${category.padEnd(16)} precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}`,
    )
    .join('\n')
  process.stdout.write(
    `${table}\n${'overall'.padEnd(16)} precision ${overall.precision.toFixed(3)}  recall ${overall.recall.toFixed(3)}\n`,
  )
  expect(overall.precision, mistakes.join('\n')).toBeGreaterThanOrEqual(0.95)
  expect(overall.recall, mistakes.join('\n')).toBeGreaterThanOrEqual(0.95)
})
