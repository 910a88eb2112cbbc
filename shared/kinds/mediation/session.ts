import { z } from 'zod'
import { IdSchema, InstantSchema, IsoDateSchema, LongTextSchema } from '../../model/primitives.ts'
import { SignatureMarkSchema } from '../../model/identity.ts'

/** The parts of a parenting plan (DOMAIN.md: what the parents agree for the children), in order. */
export const planParts = [
  'livesWith',
  'timeWithEach',
  'handovers',
  'holidays',
  'schoolAndHealth',
  'communication',
  'review',
  'finance',
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
  finance: 'Property and money: our proposals',
}

/** Parts a session written before they were added may not have (read as empty). */
const laterParts: ReadonlySet<PlanPart> = new Set(['finance'])

/** How a session is held (DOMAIN.md: joint, or shuttle, or remote, as the safeguards require). */
export const sessionFormats = ['joint', 'shuttle', 'remote'] as const
/** How a session is held. */
export type SessionFormat = (typeof sessionFormats)[number]
/** How each format reads. */
export const sessionFormatLabels: Readonly<Record<SessionFormat, string>> = {
  joint: 'Joint: both parents in the room',
  shuttle: 'Shuttle: each parent in their own room, the mediator moving between them',
  remote: 'Remote: by video or telephone',
}

/** A party's signature on the agreement to mediate: their drawn or typed mark, and when. */
export const PartySignatureSchema = z.object({
  partyId: IdSchema,
  mark: SignatureMarkSchema,
  at: InstantSchema,
})

/**
 * The agreement to mediate, signed at the first session (DOMAIN.md): each parent's signature, then the
 * mediator's; or, in a later session, the date it was signed at an earlier one.
 */
export const AgreementToMediateSchema = z.object({
  signatures: z.array(PartySignatureSchema).max(12),
  mediatorSignedAt: InstantSchema.nullable(),
  /** Signed at an earlier session of the case, on this date: nothing to sign here. */
  signedEarlier: IsoDateSchema.nullable(),
})
/** The agreement to mediate. */
export type AgreementToMediate = z.infer<typeof AgreementToMediateSchema>

/**
 * A child-inclusive consultation (usually with a child of 10 or over): both parents' and the child's
 * consent, what the child said (for the mediator alone) and what the child wants the parents told.
 */
export const ChildConsultationSchema = z.object({
  childId: IdSchema.nullable(),
  /** The parents who consented to the child being seen. */
  parentsConsented: z.array(IdSchema).max(12),
  childConsented: z.boolean(),
  seenOn: IsoDateSchema.nullable(),
  /** What the child said, in their words: for the mediator alone. */
  childSaid: LongTextSchema,
  /** What the child asked the mediator to tell the parents. */
  toShare: LongTextSchema,
  /** Whom the child wants it shared with. */
  shareWith: z.enum(['both-parents', 'nobody']),
})
/** A child-inclusive consultation. */
export type ChildConsultation = z.infer<typeof ChildConsultationSchema>

/** A consultation with nothing recorded yet. */
export const blankChildConsultation = (): ChildConsultation => ({
  childId: null,
  parentsConsented: [],
  childConsented: false,
  seenOn: null,
  childSaid: '',
  toShare: '',
  shareWith: 'nobody',
})

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
    Object.fromEntries(
      planParts.map((part) => [part, laterParts.has(part) ? LongTextSchema.optional() : LongTextSchema]),
    ) as Record<PlanPart, z.ZodOptional<typeof LongTextSchema>>,
  ),
  outcome: z.enum(sessionOutcomes).nullable(),
  closed: z
    .object({
      at: InstantSchema,
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      elsewhere: z.boolean().optional(),
    })
    .nullable(),
  // Added after sessions were first kept: absent (not set) in a session saved before, so its signed
  // version still hashes as it was signed.
  format: z.enum(sessionFormats).optional(),
  agreement: AgreementToMediateSchema.optional(),
  childConsultation: ChildConsultationSchema.optional(),
})
/** A mediation session's own record. */
export type SessionRecord = z.infer<typeof SessionRecordSchema>

/** The agreement to mediate as a session has it (not started where it has none). */
export const agreementOf = (session: SessionRecord | null): AgreementToMediate =>
  session?.agreement ?? { signatures: [], mediatorSignedAt: null, signedEarlier: null }

/** True once the agreement to mediate is signed by the mediator here, or was signed at an earlier session. */
export const agreementSigned = (session: SessionRecord | null): boolean => {
  const agreement = agreementOf(session)
  return agreement.signedEarlier !== null || agreement.mediatorSignedAt !== null
}

/** What one part of the plan says ('' where nothing was written, or the part is newer than the session). */
export const planWords = (session: SessionRecord, part: PlanPart): string => session.plan[part] ?? ''

/** A session with nothing agreed yet. */
export function blankSession(): SessionRecord {
  return {
    plan: Object.fromEntries(planParts.map((part) => [part, ''])) as SessionRecord['plan'],
    outcome: null,
    closed: null,
  }
}
