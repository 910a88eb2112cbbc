import { z } from 'zod'
import { IdSchema, LongTextSchema } from './primitives.ts'

/**
 * What is in the capture box and not yet added: the words, who is speaking, and the two flags. Kept per
 * meeting (encrypted, like the meeting) so a tab switch, a reload or a crash throws nothing away. `noteId`
 * is the id the note will have once added: a draft whose note is already in the meeting is stale (the
 * crash came between adding the note and saving the empty box) and is not brought back.
 */
export const NoteDraftSchema = z.object({
  noteId: IdSchema,
  text: LongTextSchema,
  speakerId: IdSchema.nullable(),
  notForFamily: z.boolean(),
  verbatim: z.boolean(),
})
/** What is in the capture box and not yet added. */
export type NoteDraft = z.infer<typeof NoteDraftSchema>
