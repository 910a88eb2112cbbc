import { z } from 'zod'
import { MiamRecordSchema } from './miam.ts'
import { SessionRecordSchema } from './session.ts'

/**
 * A mediation meeting's own record: for a MIAM, the MIAM with its party (null until the mediator starts
 * it, and for a session); for a session, the parenting plan and how it ended. Consent and the agreement
 * to mediate come with the rest of the mediation work.
 */
export const MediationRecordSchema = z.object({
  family: z.literal('mediation'),
  miam: MiamRecordSchema.nullable(),
  /** A session's plan and outcome; null until the mediator starts it (and for a MIAM). */
  session: SessionRecordSchema.nullable(),
})
/** A mediation meeting's own record. */
export type MediationRecord = z.infer<typeof MediationRecordSchema>

/** A mediation record with nothing in it yet. */
export const blankMediationRecord = (): MediationRecord => ({
  family: 'mediation',
  miam: null,
  session: null,
})
