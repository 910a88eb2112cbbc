import { z } from 'zod'
import { InstantSchema } from './primitives.ts'

/** What a section of the agenda holds besides notes. */
export const sectionKinds = ['notes', 'childs-voice', 'scaling', 'plan-progress'] as const
export const SectionKindSchema = z.enum(sectionKinds)
/** What a section of the agenda holds besides notes. */
export type SectionKind = z.infer<typeof SectionKindSchema>

/** A section's key: stable within a meeting, and how notes say which section they belong to. */
export const SectionKeySchema = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, { error: 'A key is lower-case letters, digits and hyphens' })

/** A section of a meeting's agenda, copied from the council's template when the meeting is created. */
export const AgendaSectionSchema = z.object({
  key: SectionKeySchema,
  heading: z
    .string()
    .trim()
    .min(1, { error: 'Every section needs a heading' })
    .max(120, { error: 'Headings can be at most 120 characters' }),
  prompt: z.string().max(500, { error: 'Prompts can be at most 500 characters' }),
  kind: SectionKindSchema,
})
/** A section of a meeting's agenda. */
export type AgendaSection = z.infer<typeof AgendaSectionSchema>

/** An agenda: 1 to 12 sections with different keys, at most one of each special kind. */
export const AgendaSchema = z
  .array(AgendaSectionSchema)
  .min(1, { error: 'An agenda needs at least one section' })
  .max(12, { error: 'An agenda can have at most 12 sections' })
  .refine((sections) => new Set(sections.map((section) => section.key)).size === sections.length, {
    error: 'Each section of an agenda needs its own key',
  })
  .refine(
    (sections) =>
      (['childs-voice', 'scaling', 'plan-progress'] as const).every(
        (kind) => sections.filter((section) => section.kind === kind).length <= 1,
      ),
    { error: "An agenda can have at most one child's voice, one scaling and one plan progress section" },
  )

/** A stretch of time spent on one section. */
export const SectionVisitSchema = z.object({
  sectionKey: SectionKeySchema,
  from: InstantSchema,
  until: InstantSchema.nullable(),
})
/** A stretch of time spent on one section. */
export type SectionVisit = z.infer<typeof SectionVisitSchema>

/** The meeting as it runs: when it started and ended, where it is now, and the time spent on each section. */
export const LiveStateSchema = z.object({
  startedAt: InstantSchema.nullable(),
  endedAt: InstantSchema.nullable(),
  currentSectionKey: SectionKeySchema.nullable(),
  visits: z.array(SectionVisitSchema).max(5000),
})
/** The meeting as it runs. */
export type LiveState = z.infer<typeof LiveStateSchema>
