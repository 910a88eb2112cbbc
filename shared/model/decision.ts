import { z } from 'zod'
import { IdSchema, InstantSchema, IsoDateSchema, LongTextSchema, ShortTextSchema } from './primitives.ts'

/** What a professional can recommend, and what the chair can decide: at an initial or a review conference. */
export const outcomes = [
  'cp-plan',
  'cin-plan',
  'no-further-action',
  'continue-cp-plan',
  'change-category',
  'end-cp-plan-cin',
  'end-cp-plan-nfa',
] as const
export const OutcomeSchema = z.enum(outcomes)
/** A recommendation or decision. */
export type Outcome = z.infer<typeof OutcomeSchema>

/** How each reads, in plain words. */
export const outcomeLabels: Readonly<Record<Outcome, string>> = {
  'cp-plan': 'A child protection plan',
  'cin-plan': 'A child in need plan',
  'no-further-action': 'No further action',
  'continue-cp-plan': 'Continue the child protection plan',
  'change-category': 'Continue the plan under a different category',
  'end-cp-plan-cin': 'End the child protection plan; a child in need plan instead',
  'end-cp-plan-nfa': 'End the child protection plan; no further action',
}

/** The outcomes open at an initial conference, and at a review. */
export const initialOutcomes: ReadonlyArray<Outcome> = ['cp-plan', 'cin-plan', 'no-further-action']
export const reviewOutcomes: ReadonlyArray<Outcome> = [
  'continue-cp-plan',
  'change-category',
  'end-cp-plan-cin',
  'end-cp-plan-nfa',
]

/** Outcomes under which the child has (or keeps) a child protection plan, which needs a category. */
export const protectionPlanOutcomes: ReadonlySet<Outcome> = new Set([
  'cp-plan',
  'continue-cp-plan',
  'change-category',
])

/** The predominant harm a child protection plan is under: exactly one. */
export const harmCategories = ['neglect', 'physical-abuse', 'emotional-abuse', 'sexual-abuse'] as const
export const HarmCategorySchema = z.enum(harmCategories)
/** A category of harm. */
export type HarmCategory = z.infer<typeof HarmCategorySchema>
/** How each reads. */
export const harmCategoryLabels: Readonly<Record<HarmCategory, string>> = {
  neglect: 'Neglect',
  'physical-abuse': 'Physical abuse',
  'emotional-abuse': 'Emotional abuse',
  'sexual-abuse': 'Sexual abuse',
}

/** One professional's recommendation, and why: the rationale is required before sign-off. */
export const RecommendationSchema = z.object({
  personId: IdSchema,
  outcome: OutcomeSchema.nullable(),
  rationale: LongTextSchema,
})
/** One professional's recommendation. */
export type Recommendation = z.infer<typeof RecommendationSchema>

/** The analysis, the recommendations, the views on them, and the chair's decision with its reasons. */
export const DecisionSchema = z.object({
  /** The chair's summary of the risks against the significant harm threshold, in the chair's words. */
  analysis: LongTextSchema,
  recommendations: z.array(RecommendationSchema).max(60),
  parentsView: LongTextSchema,
  childView: LongTextSchema,
  outcome: OutcomeSchema.nullable(),
  category: HarmCategorySchema.nullable(),
  otherCategoriesConsidered: ShortTextSchema,
  reasons: LongTextSchema,
  /** The chair's note on the dissent, which itself is found from the recommendations. */
  dissentNote: LongTextSchema,
})
/** The decision and what led to it. */
export type Decision = z.infer<typeof DecisionSchema>

/** The outline plan's frame: who leads it, who is in the core group, and what happens if it is not achieved. */
export const PlanFrameSchema = z.object({
  leadSocialWorkerId: IdSchema.nullable(),
  coreGroupIds: z.array(IdSchema).max(60),
  contingency: LongTextSchema,
})
/** The outline plan's frame. */
export type PlanFrame = z.infer<typeof PlanFrameSchema>

/** The dates the statutory timescales run from, and the next meetings as the chair sets them. */
export const MeetingDatesSchema = z.object({
  strategyDiscussion: IsoDateSchema.nullable(),
  firstCoreGroup: IsoDateSchema.nullable(),
  nextReview: IsoDateSchema.nullable(),
  minutesSent: IsoDateSchema.nullable(),
})
/** The dates a conference's timescales run from, and the next meetings. */
export type MeetingDates = z.infer<typeof MeetingDatesSchema>

/** The conference a review follows: what was decided there, carried over when the review was set up. */
export const PreviousConferenceSchema = z.object({
  meetingId: IdSchema,
  kind: z.enum(['icpc', 'rcpc']),
  date: IsoDateSchema,
  outcome: OutcomeSchema.nullable(),
  category: HarmCategorySchema.nullable(),
})
/** The conference a review follows. */
export type PreviousConference = z.infer<typeof PreviousConferenceSchema>

/** The chair's sign-off: when, and, where the readiness checklist still had items open, which and why. */
export const SignOffSchema = z.object({
  at: InstantSchema,
  openItems: z.array(z.string().max(500)).max(50),
  reason: LongTextSchema,
})
/** The chair's sign-off. */
export type SignOff = z.infer<typeof SignOffSchema>

/** A decision with nothing recorded yet. */
export const emptyDecision = (): Decision => ({
  analysis: '',
  recommendations: [],
  parentsView: '',
  childView: '',
  outcome: null,
  category: null,
  otherCategoriesConsidered: '',
  reasons: '',
  dissentNote: '',
})

/** Dates with nothing set yet. */
export const emptyDates = (): MeetingDates => ({
  strategyDiscussion: null,
  firstCoreGroup: null,
  nextReview: null,
  minutesSent: null,
})

/** A correction to signed minutes: what changed, who asked for it, and when. */
export const CorrectionSchema = z.object({
  what: z.string().trim().min(1, { error: 'Say what is being corrected' }).max(2000),
  askedBy: z.string().trim().min(1, { error: 'Say who asked for the correction' }).max(200),
  at: InstantSchema,
})
/** A correction to signed minutes. */
export type Correction = z.infer<typeof CorrectionSchema>

/**
 * A signed version of the minutes, locked: the meeting as it was signed (as JSON), its SHA-256 hash, who
 * signed and when, and the corrections that led to it since the version before.
 */
export const SignedVersionSchema = z.object({
  number: z.int().min(1),
  signedAt: InstantSchema,
  signer: z.object({ name: z.string().max(200), role: z.string().max(200) }),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  snapshot: z.string().max(50_000_000),
  corrections: z.array(CorrectionSchema).max(50),
})
/** A signed version of the minutes. */
export type SignedVersion = z.infer<typeof SignedVersionSchema>
