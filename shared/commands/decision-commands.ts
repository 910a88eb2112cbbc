import { z } from 'zod'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import {
  CorrectionSchema,
  DecisionSchema,
  type Correction,
  type SignedVersion,
  MeetingDatesSchema,
  OutcomeSchema,
  PlanFrameSchema,
} from '../model/decision.ts'
import type { Meeting } from '../model/meeting.ts'
import { IdSchema, LongTextSchema } from '../model/primitives.ts'
import { fail, ok } from '../util/result.ts'
import { assertNever } from '../util/assert-never.ts'
import { ukDateOf } from '../dates/british-date.ts'
import { signingProblem } from '../rules/plausible.ts'
import { defined, type CommandContext, type CommandResult } from './command-context.ts'

/** Commands about the decision, the outline plan's frame, the dates and the sign-off. */
export const DecisionCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('update-decision'),
    patch: DecisionSchema.omit({ recommendations: true }).partial().strict(),
  }),
  z.object({
    type: z.literal('set-recommendation'),
    personId: IdSchema,
    patch: z.object({ outcome: OutcomeSchema.nullable(), rationale: LongTextSchema }).partial().strict(),
  }),
  z.object({ type: z.literal('update-plan-frame'), patch: PlanFrameSchema.partial().strict() }),
  z.object({ type: z.literal('set-dates'), patch: MeetingDatesSchema.partial().strict() }),
  z.object({
    type: z.literal('sign-off'),
    openItems: z.array(z.string().max(500)).max(50),
    reason: LongTextSchema,
  }),
  z.object({ type: z.literal('start-correction'), correction: CorrectionSchema.omit({ at: true }) }),
])
/** A command about the decision and plan. */
export type DecisionCommand = z.infer<typeof DecisionCommandSchema>

/**
 * The signed minutes locked as a version: the meeting as signed, as JSON, with its SHA-256 hash, who
 * signed, and the correction that led to it (none for the first).
 */
function lockVersion(signed: Meeting, correction: Correction | null): SignedVersion {
  const { signedVersions: _versions, correction: _correction, ...content } = signed
  const snapshot = JSON.stringify(content)
  const chair = signed.participants.find((person) => person.id === signed.chairId)
  return {
    number: signed.signedVersions.length + 1,
    signedAt: signed.signOff?.at ?? signed.updatedAt,
    signer: { name: chair?.name ?? 'The chair', role: chair?.role ?? 'Chair' },
    hash: bytesToHex(sha256(utf8ToBytes(snapshot))),
    snapshot,
    corrections: correction ? [correction] : [],
  }
}

/** Commands that may change signed minutes: the rest wait for a correction to be started. */
export const allowedWhenSigned: ReadonlySet<string> = new Set([
  'start-correction',
  'set-dates',
  'go-to-section',
  'keep-wording',
  'flag-wording-again',
])

/** Applies a decision command. */
export function applyDecisionCommand(
  meeting: Meeting,
  command: DecisionCommand,
  context: CommandContext,
): CommandResult {
  switch (command.type) {
    case 'update-decision':
      return ok({ ...meeting, decision: { ...meeting.decision, ...defined(command.patch) } })
    case 'set-recommendation': {
      if (!meeting.participants.some((person) => person.id === command.personId))
        return fail('not-found', 'That person is no longer listed for this meeting.')
      const existing = meeting.decision.recommendations.find((item) => item.personId === command.personId)
      const next = {
        personId: command.personId,
        outcome: null,
        rationale: '',
        ...existing,
        ...defined(command.patch),
      }
      const recommendations = existing
        ? meeting.decision.recommendations.map((item) => (item === existing ? next : item))
        : [...meeting.decision.recommendations, next]
      return ok({ ...meeting, decision: { ...meeting.decision, recommendations } })
    }
    case 'update-plan-frame':
      return ok({ ...meeting, planFrame: { ...meeting.planFrame, ...defined(command.patch) } })
    case 'set-dates':
      return ok({ ...meeting, dates: { ...meeting.dates, ...defined(command.patch) } })
    case 'sign-off': {
      if (meeting.signOff !== null) return fail('invalid-argument', 'These minutes are already signed.')
      const early = signingProblem(meeting.date, ukDateOf(context.now))
      if (early) return fail('invalid-argument', early)
      if (command.openItems.length > 0 && command.reason.trim() === '')
        return fail(
          'invalid-argument',
          'Some items on the checklist are still open. Give a reason to sign with them open.',
        )
      const at = context.now.toISOString()
      const signed: Meeting = {
        ...meeting,
        status: 'ended',
        signOff: { at, openItems: command.openItems, reason: command.reason.trim() },
        correction: null,
      }
      return ok({
        ...signed,
        signedVersions: [...meeting.signedVersions, lockVersion(signed, meeting.correction)],
      })
    }
    case 'start-correction':
      if (meeting.signOff === null)
        return fail('invalid-argument', 'Corrections are made to signed minutes; these are not signed yet.')
      return ok({
        ...meeting,
        signOff: null,
        correction: { ...command.correction, at: context.now.toISOString() },
      })
    default:
      return assertNever(command, 'decision command')
  }
}
