import { describe, expect, it } from 'vitest'
import { analyse, compileRules, nameWords } from '../../../../shared/language/analyse.ts'
import { glossaryFor, glossaryTerms } from '../../../../shared/language/glossary.ts'
import { bundledRuleFiles } from '../../../../shared/language/rule-files.ts'
import { extendedKowalskiContext, whitfieldContext } from '../../../helpers/language-evaluation.ts'

const compiled = compileRules(bundledRuleFiles)
const terms = glossaryTerms(bundledRuleFiles)

/**
 * Every rule's examples are tests. A label names someone only where the meeting knows them, so an example
 * to flag must be flagged in at least one of two meetings (the Kowalskis with their wider family, the
 * Whitfields), and an example to let through must pass in both. A term only for the glossary ('GP') is
 * tested by the glossary the text would get.
 */
describe.each(bundledRuleFiles.map((file) => [file.category, file] as const))(
  'the %s rules',
  (_category, file) => {
    const meetings = [extendedKowalskiContext, whitfieldContext].map((context) => ({
      ...context,
      recordingStrength: file.appliesTo === 'strengths',
    }))
    const ruleIdsIn = (example: string) =>
      meetings.map((context) => analyse(example, compiled, context).map((finding) => finding.ruleId))
    const glossaryOf = (example: string) =>
      meetings.map((context) => glossaryFor([example], terms, nameWords(context)).map((entry) => entry.term))
    const examples = (which: 'flag' | 'pass') =>
      file.rules.flatMap((rule) => rule.examples[which].map((example) => [rule.id, example, rule] as const))

    it.each(examples('flag'))('%s flags “%s”', (ruleId, example, rule) => {
      if (rule.glossaryOnly) expect(glossaryOf(example).flat()).toContain(rule.term)
      else expect(ruleIdsIn(example).flat()).toContain(ruleId)
    })
    it.each(examples('pass'))('%s lets “%s” through', (ruleId, example, rule) => {
      if (rule.glossaryOnly) expect(glossaryOf(example).flat()).not.toContain(rule.term)
      else for (const found of ruleIdsIn(example)) expect(found).not.toContain(ruleId)
    })
  },
)
