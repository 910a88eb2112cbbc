import { z } from 'zod'
import { IdSchema, IsoDateSchema, ShortTextSchema } from '../model/primitives.ts'
import { latestTodayAt } from '../dates/british-date.ts'
import { fail, ok, type Result } from '../util/result.ts'
import {
  blankPartyDetails,
  caseIssues,
  courtOutcomes,
  PartyDetailsSchema,
  PartyRatingSchema,
  ratingTimes,
  WithdrawnBySchema,
  type CaseRecord,
} from './case-record.ts'
import { applyConcernCommand, isConcernCommand } from './safeguarding-commands.ts'
import { ConcernCommandSchemas } from './safeguarding.ts'

/**
 * Everything done to a case itself (rather than to one of its meetings), each a journal entry. A command's
 * meaning never changes once journaled: a case is rebuilt by replaying them.
 */
export const CaseCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('update-case-details'),
    referrer: ShortTextSchema.optional(),
    issues: z.array(z.enum(caseIssues)).max(caseIssues.length).optional(),
    childrensServices: ShortTextSchema.optional(),
    socialWorker: ShortTextSchema.optional(),
    referredOn: IsoDateSchema.nullable().optional(),
  }),
  /** A party's own ratings at their first MIAM or at the end; recorded again, the newest stands. */
  z.object({
    type: z.literal('record-rating'),
    partyId: IdSchema,
    when: z.enum(ratingTimes),
    rating: PartyRatingSchema.nullable(),
  }),
  /** The pilot's other measures: coaching given, and whether the matter went (back) to court. */
  z.object({
    type: z.literal('update-measures'),
    coachingGiven: z.boolean().optional(),
    court: z.enum(courtOutcomes).optional(),
  }),
  z.object({ type: z.literal('update-party'), partyId: IdSchema, details: PartyDetailsSchema.partial() }),
  z.object({ type: z.literal('record-consent'), partyId: IdSchema, on: IsoDateSchema }),
  z.object({ type: z.literal('record-withdrawal'), by: WithdrawnBySchema, on: IsoDateSchema }),
  z.object({ type: z.literal('close-case'), on: IsoDateSchema }),
  /** A mediation suspended (after a safeguarding concern) taken up again, from a date. */
  z.object({ type: z.literal('resume-mediation'), on: IsoDateSchema }),
  /**
   * Written by Convene alone (never asked for by a screen) when a concern must be recorded in a case whose
   * record was damaged: what came after the damage (`lostEntries` changes from `lostFrom`, or all of it:
   * null) is kept aside, and the record carries on from what could be read.
   */
  z.object({
    type: z.literal('carry-on-after-damage'),
    lostFrom: z.int().min(1).nullable(),
    lostEntries: z.int().nonnegative(),
  }),
  ...ConcernCommandSchemas,
])
/** A change to a case. */
export type CaseCommand = z.infer<typeof CaseCommandSchema>

/**
 * Why a referral date cannot be right, or null: never after the day it is recorded (a day's grace for the
 * clock's time zone) and never before 2000, since weeks to the outcome count from it.
 */
function referralDateProblem(referredOn: string | null | undefined, at: string): string | null {
  if (!referredOn) return null
  if (referredOn < '2000-01-01') return 'Check the referral date: it is before 2000.'
  return referredOn > latestTodayAt(at) ? 'The referral date cannot be in the future.' : null
}

/**
 * A case's record after one command made at `at`, or why it cannot be made. Checks only what the record
 * alone can tell (who the parties are is the service's to check, from the case's meetings).
 */
export function applyCaseCommand(record: CaseRecord, command: CaseCommand, at: string): Result<CaseRecord> {
  // A concern is followed through whatever has become of the mediation.
  if (isConcernCommand(command)) return applyConcernCommand(record, command, at)
  if (command.type === 'carry-on-after-damage')
    return ok({ ...record, damage: { at, lostFrom: command.lostFrom, lostEntries: command.lostEntries } })
  const stopped = record.withdrawal ?? record.closed
  // Details and the pilot's measures (the end ratings above all) are recorded after a mediation ends.
  const afterwards = new Set(['update-party', 'update-case-details', 'record-rating', 'update-measures'])
  if (stopped && !afterwards.has(command.type))
    return fail(
      'invalid-argument',
      record.withdrawal
        ? 'This mediation has been stopped: a withdrawal is recorded, so nothing more can be agreed to.'
        : 'This case is closed.',
    )
  switch (command.type) {
    case 'update-case-details': {
      const { type: _type, ...patch } = command
      const problem = referralDateProblem(command.referredOn, at)
      if (problem) return fail('invalid-argument', problem)
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
      return ok({ ...record, ...defined })
    }
    case 'update-party': {
      const before = record.parties[command.partyId] ?? blankPartyDetails()
      const defined = Object.fromEntries(
        Object.entries(command.details).filter(([, value]) => value !== undefined),
      )
      return ok({ ...record, parties: { ...record.parties, [command.partyId]: { ...before, ...defined } } })
    }
    case 'record-rating': {
      const { [command.when]: _was, ...others } = record.measures.ratings[command.partyId] ?? {}
      const party = command.rating === null ? others : { ...others, [command.when]: command.rating }
      return ok({
        ...record,
        measures: { ...record.measures, ratings: { ...record.measures.ratings, [command.partyId]: party } },
      })
    }
    case 'update-measures': {
      const { type: _type, ...patch } = command
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
      return ok({ ...record, measures: { ...record.measures, ...defined } })
    }
    case 'record-consent':
      if (record.consents[command.partyId])
        return fail('invalid-argument', 'This party’s consent is already recorded.')
      return ok({ ...record, consents: { ...record.consents, [command.partyId]: { on: command.on, at } } })
    case 'record-withdrawal':
      return ok({ ...record, withdrawal: { by: command.by, on: command.on, at } })
    case 'close-case':
      return ok({ ...record, closed: { on: command.on, at } })
    case 'resume-mediation':
      if (!record.suspended) return fail('invalid-argument', 'The mediation is not suspended.')
      if (command.on < record.suspended.on)
        return fail('invalid-argument', 'It cannot be resumed before the day it was suspended.')
      return ok({ ...record, suspended: null })
  }
}
