import { z } from 'zod'
import { IdSchema, IsoDateSchema, LongTextSchema, ShortTextSchema } from '../model/primitives.ts'

/**
 * A safeguarding concern raised in a case (DOMAIN.md, 'Safeguarding disclosure during mediation'; seeds 001
 * and 003): what was said, the mediator's (or chair's) assessment of the risk, and each step for that level
 * ticked with its time. For the mediator or chair alone: never in anything a party or the administrator
 * receives, and the case's shared outputs say nothing of it.
 */

/** The mediator's assessment of the risk to the child. */
export const riskLevels = ['immediate', 'significant', 'below'] as const
/** A level of risk. */
export type RiskLevel = (typeof riskLevels)[number]
/** How each level reads. */
export const riskLevelLabels: Readonly<Record<RiskLevel, string>> = {
  immediate: 'Immediate and significant harm',
  significant: 'Significant harm, but not immediate',
  below: 'Below the threshold for a referral',
}

/** The steps a concern may need, in the order they are taken. */
export const concernSteps = [
  'duty-team',
  'police',
  'no-tip-off',
  'self-referral',
  'mediator-referral',
  'supervisor',
  'written-follow-up',
  'end-mediation',
] as const
/** A step of the flow. */
export type ConcernStep = (typeof concernSteps)[number]

/** Each step as the flow names it. */
export const concernStepLabels: Readonly<Record<ConcernStep, string>> = {
  'duty-team': 'Contact the children’s services duty team now',
  police: 'Call the police on 999 if a crime is about to be committed',
  'no-tip-off': 'Do not tip off the parents where that could put the child at risk',
  'self-referral': 'Offer the parent who raised it the chance to refer themselves',
  'mediator-referral': 'Refer to the children’s services duty team',
  supervisor: 'Speak to your supervisor or professional practice consultant',
  'written-follow-up': 'Follow a telephone referral in writing within 24 hours',
  'end-mediation': 'End or suspend the mediation',
}

/** The steps each level needs, in order (DOMAIN.md 1–6). */
export const stepsForLevel: Readonly<Record<RiskLevel, ReadonlyArray<ConcernStep>>> = {
  immediate: ['duty-team', 'police', 'no-tip-off', 'supervisor', 'written-follow-up', 'end-mediation'],
  significant: [
    'no-tip-off',
    'self-referral',
    'mediator-referral',
    'supervisor',
    'written-follow-up',
    'end-mediation',
  ],
  below: ['supervisor'],
}

/**
 * The steps for a level in a case of a family: a mediator offers the parent the chance to refer
 * themselves and ends or suspends the mediation; a conference's chair does neither.
 */
export function stepsFor(level: RiskLevel, family: string): ReadonlyArray<ConcernStep> {
  const steps = stepsForLevel[level]
  return family === 'mediation'
    ? steps
    : steps.filter((step) => step !== 'self-referral' && step !== 'end-mediation')
}

/** What a step's outcome may be: most are done or not needed; some say how they went. */
export const stepOutcomes = [
  'done',
  'not-needed',
  'offered',
  'parent-referred',
  'parent-declined',
  'ended',
  'suspended',
] as const
/** How a step went. */
export type StepOutcome = (typeof stepOutcomes)[number]

/** How a step went, when (the entry's time), and a short note (who was spoken to). */
export type StepRecord = { readonly outcome: StepOutcome; readonly at: string; readonly note: string }
/** A step as it now stands, with how it was recorded before (an offer, then the parent's answer). */
export type RecordedStep = StepRecord & { readonly earlier: ReadonlyArray<StepRecord> }

/** A concern as its journal builds it. */
export type Concern = {
  readonly id: string
  /** When the mediator opened the flow: the time of the disclosure, for its deadlines. */
  readonly raisedAt: string
  /** The meeting it was raised in, or null (a telephone call between sessions). */
  readonly meetingId: string | null
  readonly disclosure: {
    readonly words: string
    readonly saidBy: string
    readonly aboutChild: string
    readonly at: string
  } | null
  readonly assessment: { readonly level: RiskLevel; readonly reason: string; readonly at: string } | null
  readonly steps: Readonly<Partial<Record<ConcernStep, RecordedStep>>>
  /** Set when it was raised by mistake and withdrawn before any step was taken: it then asks nothing more. */
  readonly withdrawn: { readonly at: string; readonly reason: string } | null
}

/** The commands of the flow, each an entry in the case's journal. */
export const ConcernCommandSchemas = [
  z.object({ type: z.literal('raise-concern'), concernId: IdSchema, meetingId: IdSchema.nullable() }),
  z.object({
    type: z.literal('record-disclosure'),
    concernId: IdSchema,
    words: LongTextSchema,
    saidBy: ShortTextSchema,
    aboutChild: ShortTextSchema,
  }),
  z.object({
    type: z.literal('assess-risk'),
    concernId: IdSchema,
    level: z.enum(riskLevels),
    reason: LongTextSchema,
  }),
  z.object({
    type: z.literal('record-step'),
    concernId: IdSchema,
    step: z.enum(concernSteps),
    outcome: z.enum(stepOutcomes),
    note: ShortTextSchema,
    /** For ending or suspending the mediation: the date it takes effect. */
    on: IsoDateSchema.optional(),
  }),
  /** A concern raised by mistake (the shortcut pressed), withdrawn before any step: the journal keeps it. */
  z.object({ type: z.literal('withdraw-concern'), concernId: IdSchema, reason: ShortTextSchema }),
] as const
