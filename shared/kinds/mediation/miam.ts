import { z } from 'zod'
import { IdSchema, InstantSchema, LongTextSchema } from '../../model/primitives.ts'
import {
  defaultQuestionSet,
  QuestionSetSchema,
  ScreeningAnswerSchema,
  type QuestionSet,
} from './screening.ts'

/** What the mediator must explain in a MIAM, each ticked as covered. */
export const explainedItems = [
  'how-it-works',
  'voluntary',
  'confidentiality',
  'alternatives',
  'cost-and-legal-aid',
] as const
/** One thing the mediator explains. */
export type ExplainedItem = (typeof explainedItems)[number]

/** How each reads on the checklist. */
export const explainedLabels: Readonly<Record<ExplainedItem, string>> = {
  'how-it-works': 'How mediation works: the mediator is neutral and decides nothing',
  voluntary: 'Mediation is voluntary: either parent can stop at any time',
  confidentiality:
    'What is said stays confidential, except that a child’s safety comes first and overrides it',
  alternatives: 'Other ways to settle things: solicitors, a parenting programme, the court',
  'cost-and-legal-aid': 'What mediation costs, and legal aid',
}

/** What can be put in place so that mediation is safe where it goes ahead. */
export const safeguards = ['shuttle', 'separate-times', 'remote', 'supporter'] as const
/** A safeguard. */
export type Safeguard = (typeof safeguards)[number]

/** How each safeguard reads. */
export const safeguardLabels: Readonly<Record<Safeguard, string>> = {
  shuttle: 'Shuttle mediation: the parents in separate rooms, the mediator moving between them',
  'separate-times': 'Separate arrival and leaving times, and separate waiting areas',
  remote: 'Remote sessions',
  supporter: 'A supporter present',
}

/**
 * The MIAM's outcome for a court application, in the court form's terms. It says nothing of what either
 * party said: a mediator's reason for 'not suitable' stays in the MIAM.
 */
export const miamOutcomes = ['going-ahead', 'not-suitable', 'other-did-not-attend'] as const
/** A MIAM's outcome. */
export type MiamOutcome = (typeof miamOutcomes)[number]

/** How each outcome reads on the document the parent can give a court. */
export const miamOutcomeStatements: Readonly<Record<MiamOutcome, string>> = {
  'going-ahead':
    'attended a Mediation Information and Assessment Meeting (MIAM), and mediation is going ahead.',
  'not-suitable':
    'attended a Mediation Information and Assessment Meeting (MIAM). The mediator has decided that mediation is not suitable.',
  'other-did-not-attend':
    'attended a Mediation Information and Assessment Meeting (MIAM). The other party did not attend a MIAM, or was not willing to.',
}

/** What the MIAM learned about other agencies, and the case's footing. */
export const MiamFactsSchema = z.object({
  childrenServices: z.enum(['yes', 'no', 'not-known']),
  /** Whether the party allows the mediator to contact the social worker. */
  socialWorkerContact: z.enum(['allowed', 'refused', 'not-asked']),
  enquiryUnderWay: z.boolean(),
  protectionPlan: z.boolean(),
  childProtectionMediation: z.boolean(),
})
/** What the MIAM learned about other agencies. */
export type MiamFacts = z.infer<typeof MiamFactsSchema>

/** The mediator's decision: suitable or not, why, and the safeguards or the services referred to. */
export const SuitabilitySchema = z.object({
  suitability: z.enum(['suitable', 'not-suitable']).nullable(),
  reason: LongTextSchema,
  safeguards: z.array(z.enum(safeguards)).max(safeguards.length),
  referredTo: LongTextSchema,
})
/** The mediator's decision. */
export type Suitability = z.infer<typeof SuitabilitySchema>

/**
 * A MIAM with one party: who; what was explained (and when); the private screening, from the question set
 * it was asked from (kept with the answers, so they read the same if the service changes its set); the
 * other agencies; the mediator's decision; and, once closed, the outcome and the hash it was signed with.
 * Everything here but the outcome is for the mediator alone: a projection for anyone else empties it.
 */
export const MiamRecordSchema = z.object({
  partyId: IdSchema.nullable(),
  explained: z.object(
    Object.fromEntries(explainedItems.map((item) => [item, InstantSchema.nullable()])) as Record<
      ExplainedItem,
      z.ZodNullable<typeof InstantSchema>
    >,
  ),
  questionSet: QuestionSetSchema,
  answers: z.record(z.string().max(80), ScreeningAnswerSchema),
  facts: MiamFactsSchema,
  decision: SuitabilitySchema,
  outcome: z.enum(miamOutcomes).nullable(),
  /**
   * Set when the mediator closes the MIAM: when, and the SHA-256 of the MIAM as closed; `elsewhere` when it
   * was read from a file (closed on another laptop: its outcome is not signed here).
   */
  closed: z
    .object({
      at: InstantSchema,
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      elsewhere: z.boolean().optional(),
    })
    .nullable(),
})
/** A MIAM with one party. */
export type MiamRecord = z.infer<typeof MiamRecordSchema>

/** Nothing known yet about other agencies. */
export const blankFacts: MiamFacts = {
  childrenServices: 'not-known',
  socialWorkerContact: 'not-asked',
  enquiryUnderWay: false,
  protectionPlan: false,
  childProtectionMediation: false,
}

/** No decision yet. */
export const blankSuitability: Suitability = { suitability: null, reason: '', safeguards: [], referredTo: '' }

/** A MIAM not started, asked from the service's questions, or Convene's own. */
export function blankMiam(questionSet: QuestionSet = defaultQuestionSet): MiamRecord {
  return {
    partyId: null,
    explained: Object.fromEntries(explainedItems.map((item) => [item, null])) as MiamRecord['explained'],
    questionSet,
    answers: {},
    facts: blankFacts,
    decision: blankSuitability,
    outcome: null,
    closed: null,
  }
}
