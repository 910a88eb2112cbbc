import { z } from 'zod'
import { LanguageCategorySchema } from './rule-files.ts'

/** A phrase a council adds: flagged wherever it appears in the minutes, with why and what to write instead. */
export const ExtraLanguageRuleSchema = z.object({
  id: z.string().regex(/^extra-[a-z0-9-]{1,60}$/),
  category: LanguageCategorySchema,
  phrase: z
    .string()
    .trim()
    .min(2, { error: 'Write the words to look for' })
    .max(100, { error: 'A phrase can be at most 100 characters' }),
  reason: z
    .string()
    .trim()
    .min(1, { error: 'Say why, in a few plain words' })
    .max(300, { error: 'A reason can be at most 300 characters' }),
  suggestion: z.string().trim().max(200, { error: 'A suggestion can be at most 200 characters' }),
})
/** A phrase a council adds. */
export type ExtraLanguageRule = z.infer<typeof ExtraLanguageRuleSchema>

/** An acronym a council uses ('CSPR'), and what it stands for: explained on first use and in every glossary. */
export const CouncilAcronymSchema = z.object({
  term: z
    .string()
    .trim()
    .min(2, { error: 'Write the short form, at least two letters' })
    .max(20, { error: 'A short form can be at most 20 characters' })
    .regex(/^[\p{L}\p{N}&/.-]+$/u, { error: 'Write the short form as letters and numbers, with no spaces' }),
  expansion: z
    .string()
    .trim()
    .min(2, { error: 'Say what it stands for' })
    .max(200, { error: 'What it stands for can be at most 200 characters' }),
})
/** A council's own acronym. */
export type CouncilAcronym = z.infer<typeof CouncilAcronymSchema>

/** The restorative-language assistant: whether it is on, what it looks for, and the readability to aim for. */
export const LanguageSettingsSchema = z.object({
  assistantOn: z.boolean(),
  /** Flesch reading ease to aim for: 60 is plain English most adults read easily. */
  readabilityTarget: z.int().min(0).max(100),
  disabledCategories: z.array(LanguageCategorySchema).max(20),
  disabledRuleIds: z.array(z.string().max(100)).max(500),
  extraRules: z.array(ExtraLanguageRuleSchema).max(200),
  /** Added after the assistant was first released: settings saved before it have none. */
  acronyms: z.array(CouncilAcronymSchema).max(300).default([]),
})
/** The language assistant's settings. */
export type LanguageSettings = z.infer<typeof LanguageSettingsSchema>

/** The assistant as a new installation has it: on, every rule, aiming for plain English. */
export const defaultLanguageSettings = (): LanguageSettings => ({
  assistantOn: true,
  readabilityTarget: 60,
  disabledCategories: [],
  disabledRuleIds: [],
  extraRules: [],
  acronyms: [],
})
