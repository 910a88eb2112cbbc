import { z } from 'zod'
import { relationships } from './kin.ts'
import labels from '../../resources/language/labels.json' with { type: 'json' }
import blaming from '../../resources/language/blaming.json' with { type: 'json' }
import jargon from '../../resources/language/jargon.json' with { type: 'json' }
import sweeping from '../../resources/language/sweeping.json' with { type: 'json' }
import opinionAsFact from '../../resources/language/opinion-as-fact.json' with { type: 'json' }
import deficit from '../../resources/language/deficit.json' with { type: 'json' }

/** The kinds of finding, one rule file each in resources/language/. */
export const languageCategories = [
  'labels',
  'blaming',
  'jargon',
  'sweeping',
  'opinion-as-fact',
  'deficit',
] as const
export const LanguageCategorySchema = z.enum(languageCategories)
/** A kind of finding. */
export type LanguageCategory = z.infer<typeof LanguageCategorySchema>

/** How a label rule finds the names to suggest instead. */
const SuggestFromSchema = z.discriminatedUnion('from', [
  /** A family word ('Mum', 'her step-dad', "the children's nan"): the person with that relationship. */
  z.object({
    from: z.literal('kin'),
    relationship: z.enum(relationships),
    side: z.enum(['maternal', 'paternal']).optional(),
    possessorRequired: z.boolean().optional(),
  }),
  /** A collective ('the parents', 'the grandparents'): the people of those relationships, named together. */
  z.object({ from: z.literal('kin-together'), relationships: z.array(z.enum(relationships)).min(1) }),
  z.object({ from: z.literal('children') }),
  z.object({ from: z.literal('children-together') }),
  z.object({ from: z.literal('family-adults') }),
])
/** Where a label's suggested names come from. */
export type SuggestFrom = z.infer<typeof SuggestFromSchema>

const ExamplesSchema = z.object({ flag: z.array(z.string()), pass: z.array(z.string()) })

/** One rule: a pattern (a regular expression), why it matters, and what to write instead. */
export const LanguageRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string().min(1),
  reason: z.string().optional(),
  suggestions: z.array(z.string()).optional(),
  suggest: SuggestFromSchema.optional(),
  onlyWithTwoOrMoreChildren: z.boolean().optional(),
  /** Match case exactly (for patterns that look for capital letters, such as a name before a verb). */
  caseSensitive: z.boolean().optional(),
  term: z.string().optional(),
  expansion: z.string().optional(),
  /**
   * A term so widely known ('GP') that the assistant does not ask for it to be written out, though the
   * glossary still explains it. Its 'flag' examples are texts whose glossary lists it.
   */
  glossaryOnly: z.boolean().optional(),
  examples: ExamplesSchema,
})
/** One rule. */
export type LanguageRule = z.infer<typeof LanguageRuleSchema>

/** A rule file: a category, how it reads in settings, and its rules. */
export const RuleFileSchema = z.object({
  category: LanguageCategorySchema,
  title: z.string(),
  description: z.string(),
  caseSensitive: z.boolean().optional(),
  appliesTo: z.literal('strengths').optional(),
  rules: z.array(LanguageRuleSchema),
})
/** A rule file. */
export type RuleFile = z.infer<typeof RuleFileSchema>

/** The rule files shipped in resources/language/, checked when loaded. */
export const bundledRuleFiles: ReadonlyArray<RuleFile> = [
  labels,
  blaming,
  jargon,
  sweeping,
  opinionAsFact,
  deficit,
].map((file) => RuleFileSchema.parse(file))

/** How each category reads. */
export const languageCategoryTitles: Readonly<Record<LanguageCategory, string>> = Object.fromEntries(
  bundledRuleFiles.map((file) => [file.category, file.title]),
) as Record<LanguageCategory, string>
