import { z } from 'zod'
import { IdSchema, LongTextSchema, ShortTextSchema } from '../model/primitives.ts'
import type { Concern } from './safeguarding.ts'

/**
 * What the mediator keeps about one party to a case: how to reach them and what keeps them safe and able
 * to take part. For the mediator alone: never in anything another party or the administrator receives
 * (a parent's address, above all, must never reach the other parent).
 */
export const PartyDetailsSchema = z.object({
  address: LongTextSchema,
  phone: ShortTextSchema,
  email: ShortTextSchema,
  separateWaitingAreas: z.boolean(),
  notInTheSameRoom: z.boolean(),
  /** The language an interpreter is needed for, or '' for none. */
  interpreter: ShortTextSchema,
  /** Who comes with them as a supporter, or ''. */
  supporter: ShortTextSchema,
})
/** What the mediator keeps about one party. */
export type PartyDetails = z.infer<typeof PartyDetailsSchema>

/** A party with nothing recorded yet. */
export const blankPartyDetails = (): PartyDetails => ({
  address: '',
  phone: '',
  email: '',
  separateWaitingAreas: false,
  notInTheSameRoom: false,
  interpreter: '',
  supporter: '',
})

/** What a case is about (DOMAIN.md: arrangements for the children, property and finance). */
export const caseIssues = ['children', 'property', 'finance'] as const
/** One thing a case is about. */
export type CaseIssue = (typeof caseIssues)[number]
/** How each issue reads. */
export const caseIssueLabels: Readonly<Record<CaseIssue, string>> = {
  children: 'Arrangements for the children',
  property: 'Property',
  finance: 'Money and finance',
}

/** Whether the matter went to court, as the mediator last heard (issue 18: the pilot's measures). */
export const courtOutcomes = ['not-known', 'no', 'went-to-court', 'returned-to-court'] as const
/** Whether the matter went to court. */
export type CourtOutcome = (typeof courtOutcomes)[number]
/** How each reads. */
export const courtOutcomeLabels: Readonly<Record<CourtOutcome, string>> = {
  'not-known': 'Not known',
  no: 'No',
  'went-to-court': 'Went to court',
  'returned-to-court': 'Went back to court',
}

/** When a party rates their conflict and communication: at their first MIAM, and at the end. */
export const ratingTimes = ['first-miam', 'end'] as const
/** When a party rated. */
export type RatingTime = (typeof ratingTimes)[number]

/** A party's own rating, 0 to 10, of the conflict between the parents and of how well they communicate. */
export const PartyRatingSchema = z.object({
  conflict: z.int().min(0).max(10),
  communication: z.int().min(0).max(10),
})
/** A party's own rating. */
export type PartyRating = z.infer<typeof PartyRatingSchema>

/**
 * The pilot's outcome measures kept in the case (DOMAIN.md, seed 000: the logic model): each party's own
 * ratings, whether communication skills coaching was given, and whether the matter went to court. The
 * rest (sessions, the child consulted, the outcome) is read from the case's meetings.
 */
export type CaseMeasures = {
  readonly ratings: Readonly<Record<string, Partial<Record<RatingTime, PartyRating>>>>
  readonly coachingGiven: boolean
  readonly court: CourtOutcome
}

/** Who ended a mediation: one of the parties (by their id in the case's meetings), or the mediator. */
export const WithdrawnBySchema = z.union([IdSchema, z.literal('mediator')])

/**
 * A case's own record, built only by replaying its journal (`case-journal.ts`): who referred it, what it is
 * about, the agencies involved, each party's details and consent, and whether it was stopped or closed.
 * The whole record is for the chair or mediator alone.
 */
export type CaseRecord = {
  readonly referrer: string
  /** The day the case was referred, where the mediator recorded it (weeks to outcome count from it). */
  readonly referredOn: string | null
  readonly issues: ReadonlyArray<CaseIssue>
  /** Children's services' involvement as the mediator knows it ('' for none known). */
  readonly childrensServices: string
  /** The social worker's name and team, or ''. */
  readonly socialWorker: string
  readonly parties: Readonly<Record<string, PartyDetails>>
  /** Each party's consent to mediation: the date they gave it and when it was recorded. */
  readonly consents: Readonly<Record<string, { readonly on: string; readonly at: string }>>
  /** Set when a party or the mediator stopped the mediation: the date, and who. Nothing of why. */
  readonly withdrawal: { readonly by: string; readonly on: string; readonly at: string } | null
  readonly closed: { readonly on: string; readonly at: string } | null
  /** Set when the mediator suspends the mediation (a safeguarding concern under investigation). */
  readonly suspended: { readonly on: string; readonly at: string } | null
  /** Safeguarding concerns raised in the case, oldest first: for the mediator or chair alone. */
  readonly concerns: ReadonlyArray<Concern>
  readonly measures: CaseMeasures
  /**
   * Set when the record was damaged and carried on from what could be read (to record a concern): what was
   * lost (a consent, a withdrawal) is not known, so nothing may start on the strength of the record.
   */
  readonly damage: {
    readonly at: string
    /** The first change lost, or null when none of the record could be read. */
    readonly lostFrom: number | null
    readonly lostEntries: number
  } | null
}

/** A case with nothing recorded yet. */
export const blankCaseRecord = (): CaseRecord => ({
  referrer: '',
  referredOn: null,
  issues: [],
  childrensServices: '',
  socialWorker: '',
  parties: {},
  consents: {},
  withdrawal: null,
  closed: null,
  suspended: null,
  concerns: [],
  measures: { ratings: {}, coachingGiven: false, court: 'not-known' },
  damage: null,
})
