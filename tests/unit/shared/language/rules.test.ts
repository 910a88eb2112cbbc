import { describe, expect, it } from 'vitest'
import { analyse, compileRules } from '../../../../shared/language/analyse.ts'
import { bundledRuleFiles } from '../../../../shared/language/rule-files.ts'
import { corpusContext as kowalskiMeeting } from '../../../helpers/language-evaluation.ts'

const compiled = compileRules(bundledRuleFiles)

describe.each(bundledRuleFiles.map((file) => [file.category, file] as const))(
  'the %s rules',
  (_category, file) => {
    const context = { ...kowalskiMeeting, recordingStrength: file.appliesTo === 'strengths' }
    it.each(file.rules.flatMap((rule) => rule.examples.flag.map((example) => [rule.id, example] as const)))(
      '%s flags “%s”',
      (ruleId, example) => {
        expect(analyse(example, compiled, context).map((finding) => finding.ruleId)).toContain(ruleId)
      },
    )
    it.each(file.rules.flatMap((rule) => rule.examples.pass.map((example) => [rule.id, example] as const)))(
      '%s lets “%s” through',
      (ruleId, example) => {
        expect(analyse(example, compiled, context).map((finding) => finding.ruleId)).not.toContain(ruleId)
      },
    )
  },
)
