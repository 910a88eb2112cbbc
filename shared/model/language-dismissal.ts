import { z } from 'zod'
import { IdSchema } from './primitives.ts'

/** A wording the chair chose to keep for the whole meeting: the language assistant no longer flags it. */
export const LanguageDismissalSchema = z.object({
  ruleId: z.string().min(1).max(100),
  match: z.string().min(1).max(200),
  /** The note it was kept in ('keep it this time'), or null for every note of the meeting. */
  noteId: IdSchema.nullable(),
})
/** A wording kept for the whole meeting. */
export type LanguageDismissal = z.infer<typeof LanguageDismissalSchema>
