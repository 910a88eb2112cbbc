import { performance } from 'node:perf_hooks'
import { analyse, compileRules } from '../../shared/language/analyse.ts'
import { bundledRuleFiles } from '../../shared/language/rule-files.ts'
import { readingEase } from '../../shared/language/readability.ts'
import { corpusContext, evaluateCorpus, loadCorpus } from '../helpers/language-evaluation.ts'
import { ms, percentile, report } from './stats.ts'

/** A 500-word note built from the corpus: real minute sentences, findings and all. */
function fiveHundredWords(): string {
  const sentences = loadCorpus().map((sentence) => sentence.text)
  const words: string[] = []
  for (let index = 0; words.length < 500; index += 1)
    words.push(...(sentences[index % sentences.length] ?? '').split(' '))
  return words.slice(0, 500).join(' ')
}

/** The language assistant: corpus precision and recall, and how long one note takes to check. */
export function benchLanguage(): void {
  const corpus = loadCorpus()
  report('language corpus: size', {
    sentences: String(corpus.length),
    clean: String(corpus.filter((sentence) => sentence.expected.length === 0).length),
    'from published sources': String(corpus.filter((sentence) => sentence.meeting === 'whitfield').length),
  })
  const { perCategory, overall } = evaluateCorpus(corpus)
  for (const [category, score] of Object.entries(perCategory))
    report(`language corpus: ${category}`, {
      precision: score.precision.toFixed(3),
      recall: score.recall.toFixed(3),
    })
  report('language corpus: overall', {
    precision: overall.precision.toFixed(3),
    recall: overall.recall.toFixed(3),
  })

  const compiled = compileRules(bundledRuleFiles)
  const note = fiveHundredWords()
  for (let warm = 0; warm < 200; warm += 1) analyse(note, compiled, corpusContext)
  const samples: number[] = []
  let findings = 0
  for (let run = 0; run < 1000; run += 1) {
    const started = performance.now()
    findings = analyse(note, compiled, corpusContext).length
    readingEase(note)
    samples.push(performance.now() - started)
  }
  report('language check of a 500-word note (+ readability)', {
    median: ms(percentile(samples, 0.5)),
    p95: ms(percentile(samples, 0.95)),
    findings: String(findings),
  })
}
