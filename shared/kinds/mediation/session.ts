import { z } from 'zod'
import { InstantSchema, LongTextSchema } from '../../model/primitives.ts'

/** The parts of a parenting plan (DOMAIN.md: what the parents agree for the children), in order. */
export const planParts = [
  'livesWith',
  'timeWithEach',
  'handovers',
  'holidays',
  'schoolAndHealth',
  'communication',
  'review',
] as const
/** A part of the parenting plan. */
export type PlanPart = (typeof planParts)[number]

/** How each part reads, as a heading in the plan and a field on screen. */
export const planPartLabels: Readonly<Record<PlanPart, string>> = {
  livesWith: 'Where the children live',
  timeWithEach: 'Time with each parent',
  handovers: 'Handovers',
  holidays: 'Holidays and special days',
  schoolAndHealth: 'School and health',
  communication: 'How we will talk to each other',
  review: 'How and when we will look at this plan again',
}

/** How a session ended: the parents' own words are the plan; this is whether they reached one. */
export const sessionOutcomes = ['agreed', 'partly-agreed', 'not-agreed'] as const
/** How a session ended. */
export type SessionOutcome = (typeof sessionOutcomes)[number]

/** How each outcome reads. */
export const sessionOutcomeLabels: Readonly<Record<SessionOutcome, string>> = {
  agreed: 'The parents reached an agreement',
  'partly-agreed': 'The parents agreed some things, not all',
  'not-agreed': 'No agreement was reached',
}

/**
 * A mediation session's own record: the parenting plan the parents reach, in their words (proposals, not an
 * order: they decide whom to share it with), how the session ended, and, once the mediator closes it, when
 * and the hash it was signed with (`elsewhere` when read from a file). Everything here is for both parents.
 */
export const SessionRecordSchema = z.object({
  plan: z.object(
    Object.fromEntries(planParts.map((part) => [part, LongTextSchema])) as Record<
      PlanPart,
      typeof LongTextSchema
    >,
  ),
  outcome: z.enum(sessionOutcomes).nullable(),
  closed: z
    .object({
      at: InstantSchema,
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      elsewhere: z.boolean().optional(),
    })
    .nullable(),
})
/** A mediation session's own record. */
export type SessionRecord = z.infer<typeof SessionRecordSchema>

/** A session with nothing agreed yet. */
export function blankSession(): SessionRecord {
  return {
    plan: Object.fromEntries(planParts.map((part) => [part, ''])) as SessionRecord['plan'],
    outcome: null,
    closed: null,
  }
}
