import { z } from 'zod'
import { IdSchema, InstantSchema, IsoDateSchema, NameSchema } from '../model/primitives.ts'

/**
 * A correction the administrator accepted, sealed back to the laptop that handed the record over (issue 17:
 * corrections flow back the same way): which record and version, who asked and when, what they asked,
 * and why it was accepted. The chair starts the correction from it; the corrected version comes back to
 * the administrator through a handover.
 */
export const CorrectionRequestSchema = z.object({
  format: z.literal('convene-correction-request'),
  version: z.literal(1),
  id: IdSchema,
  sealedAt: InstantSchema,
  /** The administrator who sends it. */
  from: NameSchema,
  meetingId: IdSchema,
  familyName: NameSchema,
  kind: z.string().max(40),
  date: IsoDateSchema,
  /** The signed version the request is about. */
  signedVersion: z.int().positive(),
  askedBy: NameSchema,
  receivedOn: IsoDateSchema,
  request: z.string().trim().min(1).max(4000),
  /** True when it came after its window closed (the administrator accepted it all the same). */
  late: z.boolean(),
  /** Why the administrator accepted it. */
  reason: z.string().max(2000),
})
/** A correction request sent back to the chair. */
export type CorrectionRequest = z.infer<typeof CorrectionRequestSchema>
