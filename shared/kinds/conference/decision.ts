import { z } from 'zod'
import {
  IdSchema,
  InstantSchema,
  IsoDateSchema,
  LongTextSchema,
  ShortTextSchema,
} from '../../model/primitives.ts'
import { toEveryone, VisibilitySchema } from '../../model/visibility.ts'

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
  visibility: VisibilitySchema,
})
/** One professional's recommendation. */
export type Recommendation = z.infer<typeof RecommendationSchema>

/**
 * What was decided for a child, and what led to it: each professional's recommendation for that child,
 * the child's view of the decision, the chair's decision with its reasons and, for a plan, its one
 * category. A conference decides for each child (siblings may need different plans, or one none); while
 * the children's outcomes are the same, one decision stands for all of them (`childId` null).
 */
export const ChildDecisionSchema = z.object({
  /** The child this is for, or null for every child without a decision of their own. */
  childId: IdSchema.nullable(),
  recommendations: z.array(RecommendationSchema).max(60),
  /** The child's view on the decision. */
  childView: LongTextSchema,
  outcome: OutcomeSchema.nullable(),
  category: HarmCategorySchema.nullable(),
  otherCategoriesConsidered: ShortTextSchema,
  reasons: LongTextSchema,
  /** The chair's note on the dissent, which itself is found from the recommendations. */
  dissentNote: LongTextSchema,
})
/** What was decided for a child (or for every child), and what led to it. */
export type ChildDecision = z.infer<typeof ChildDecisionSchema>

/** The fields of a decision the chair writes (the recommendations are changed one at a time). */
export const DecisionFieldsSchema = ChildDecisionSchema.omit({ childId: true, recommendations: true })
/** The fields of a decision the chair writes. */
export type DecisionFields = z.infer<typeof DecisionFieldsSchema>

/** A decision with nothing recorded yet, for a child or (null) for every child. */
export const emptyChildDecision = (childId: string | null): ChildDecision => ({
  childId,
  recommendations: [],
  childView: '',
  outcome: null,
  category: null,
  otherCategoriesConsidered: '',
  reasons: '',
  dissentNote: '',
})

/** A recommendation with nothing in it yet. */
export const emptyRecommendation = (personId: string): Recommendation => ({
  personId,
  outcome: null,
  rationale: '',
  visibility: toEveryone,
})

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

/** The conference a review follows: what was decided there for each child, carried over when set up. */
export const PreviousConferenceSchema = z.object({
  meetingId: IdSchema,
  /** The kind of meeting it was ('icpc', 'rcpc'). */
  kind: z.string().min(1).max(40),
  date: IsoDateSchema,
  decisions: z
    .array(
      z.object({
        childId: IdSchema.nullable(),
        outcome: OutcomeSchema.nullable(),
        category: HarmCategorySchema.nullable(),
      }),
    )
    .max(21),
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
 * A signed version of the minutes, locked: the SHA-256 hash of the meeting as it was signed (rebuilt by
 * replaying the journal to its sign-off), who signed and when, and the corrections that led to it since the
 * version before. A version signed before schema 7 also carried the meeting as signed, as JSON (`snapshot`,
 * which its hash covers); the store moves that into the journal when the meeting is first opened.
 */
export const SignedVersionSchema = z.object({
  number: z.int().min(1),
  signedAt: InstantSchema,
  signer: z.object({ name: z.string().max(200), role: z.string().max(200) }),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  snapshot: z.string().max(50_000_000).optional(),
  corrections: z.array(CorrectionSchema).max(50),
  /**
   * Set when the meeting was read from a file: the version was signed on another laptop, so this one can
   * neither vouch for its snapshot nor make its documents.
   */
  signedElsewhere: z.boolean().optional(),
})
/** A signed version of the minutes. */
export type SignedVersion = z.infer<typeof SignedVersionSchema>
