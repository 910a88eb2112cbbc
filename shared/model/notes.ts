import { z } from 'zod'
import { SectionKeySchema } from './agenda.ts'
import { IdSchema, InstantSchema, LongTextSchema } from './primitives.ts'
import { VisibilitySchema } from './visibility.ts'

/** A line of the minutes, as typed during the meeting. */
export const NoteSchema = z.object({
  id: IdSchema,
  sectionKey: SectionKeySchema,
  /** Who said it: a participant, or null when it is the chair's own summary or not attributed. */
  speakerId: IdSchema.nullable(),
  text: LongTextSchema.refine((text) => text.trim().length > 0, { error: 'A note cannot be empty' }),
  /**
   * Who may see it: everyone, or only the professionals (heard in a closed part: never on the room's
   * screen, never in the family's copy), only the chair or mediator, or one party.
   */
  visibility: VisibilitySchema,
  /** The speaker's own words, quoted as said. */
  verbatim: z.boolean(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  /** Set when deleted; the note is kept so the deletion can be undone, and left out of everything else. */
  deletedAt: InstantSchema.nullable(),
})
/** A line of the minutes. */
export type Note = z.infer<typeof NoteSchema>
