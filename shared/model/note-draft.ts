import { z } from 'zod'
import { IdSchema, LongTextSchema } from './primitives.ts'
import { toEveryone, toProfessionals, VisibilitySchema, type Visibility } from './visibility.ts'

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
  /** Kept for drafts written before `visibility`: true reads as a closed part. */
  notForFamily: z.boolean(),
  verbatim: z.boolean(),
  /** Who may see the note once added; absent from older drafts (read from `notForFamily`). */
  visibility: VisibilitySchema.optional(),
})
/** What is in the capture box and not yet added. */
export type NoteDraft = z.infer<typeof NoteDraftSchema>

/** Who a draft's note is for: its visibility, or, in a draft from before, everyone or a closed part. */
export function draftVisibility(draft: Pick<NoteDraft, 'notForFamily' | 'visibility'>): Visibility {
  return draft.visibility ?? (draft.notForFamily ? toProfessionals : toEveryone)
}
