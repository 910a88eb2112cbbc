import { z } from 'zod'

/**
 * A mediation meeting's own record. Mediation's own audiences, screening, consent and agreements come with
 * the mediation work; until then a MIAM or session holds what every meeting holds (people, agenda, notes)
 * and nothing that would pretend otherwise: no decision, no category, no letter.
 */
export const MediationRecordSchema = z.object({ family: z.literal('mediation') })
/** A mediation meeting's own record. */
export type MediationRecord = z.infer<typeof MediationRecordSchema>

/** A mediation record with nothing in it yet. */
export const blankMediationRecord = (): MediationRecord => ({ family: 'mediation' })
