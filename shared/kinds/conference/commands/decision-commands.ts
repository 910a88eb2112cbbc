import { z } from 'zod'
import { IdSchema, LongTextSchema } from '../../../model/primitives.ts'
import { VisibilitySchema } from '../../../model/visibility.ts'
import { fail, ok, type Result } from '../../../util/result.ts'
import { assertNever } from '../../../util/assert-never.ts'
import { defined, type CommandContext } from '../../../commands/command-context.ts'
import { endedBySigning } from '../../../commands/live-commands.ts'
import { commandTable } from '../../../commands/command-table.ts'
import { ukDateOf } from '../../../dates/british-date.ts'
import { versionHash } from '../../../model/version-hash.ts'
import { signingProblem } from '../../../rules/plausible.ts'
import {
  CorrectionSchema,
  DecisionFieldsSchema,
  emptyChildDecision,
  emptyRecommendation,
  MeetingDatesSchema,
  OutcomeSchema,
  PlanFrameSchema,
  type ChildDecision,
  type Correction,
  type SignedVersion,
} from '../decision.ts'
import { withRecord, type ConferenceMeeting } from '../conference-meeting.ts'

/** Which decision a change is to: a child's own, or (null) the one that stands for every child. */
const ForChildSchema = IdSchema.nullable().default(null)

/** Commands about the analysis, each child's decision, the outline plan's frame, the dates and sign-off. */
export const DecisionCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('update-analysis'),
    patch: z.object({ analysis: LongTextSchema, parentsView: LongTextSchema }).partial().strict(),
  }),
  z.object({
    type: z.literal('update-decision'),
    childId: ForChildSchema,
    patch: DecisionFieldsSchema.partial().strict(),
  }),
  z.object({
    type: z.literal('set-recommendation'),
    childId: ForChildSchema,
    personId: IdSchema,
    patch: z
      .object({ outcome: OutcomeSchema.nullable(), rationale: LongTextSchema, visibility: VisibilitySchema })
      .partial()
      .strict(),
  }),
  /** The children need different decisions: each gets a copy of the one that stood for all of them. */
  z.object({ type: z.literal('decide-separately') }),
  /** The children's decisions are the same again: one decision, copied from this child's, stands for all. */
  z.object({ type: z.literal('decide-together'), fromChildId: IdSchema }),
  z.object({ type: z.literal('update-plan-frame'), patch: PlanFrameSchema.partial().strict() }),
  z.object({ type: z.literal('set-dates'), patch: MeetingDatesSchema.partial().strict() }),
  z.object({
    type: z.literal('sign-off'),
    /** What the checklist still lists: worked out by the main process from the meeting, never taken on trust. */
    openItems: z.array(z.string().max(500)).max(50).default([]),
    reason: LongTextSchema,
  }),
  z.object({ type: z.literal('start-correction'), correction: CorrectionSchema.omit({ at: true }) }),
])
/** A command about the decision and plan. */
export type DecisionCommand = z.infer<typeof DecisionCommandSchema>

/**
 * The signed minutes locked as a version: the SHA-256 hash of the meeting as signed, who signed, and the
 * correction that led to it (none for the first). The meeting as signed is not copied: the journal rebuilds
 * it, and the hash proves the rebuild is what was signed.
 */
function lockVersion(signed: ConferenceMeeting, correction: Correction | null): SignedVersion {
  const chair = signed.participants.find((person) => person.id === signed.chairId)
  return {
    number: signed.record.signedVersions.length + 1,
    signedAt: signed.record.signOff?.at ?? signed.updatedAt,
    signer: { name: chair?.name ?? 'The chair', role: chair?.role ?? 'Chair' },
    hash: versionHash(withRecord(signed, { signedVersions: [], correction: null })),
    corrections: correction ? [correction] : [],
  }
}

/** The decision a change to `childId` is to, made if the child has none yet; and the others. */
function decisionFor(
  decisions: ReadonlyArray<ChildDecision>,
  childId: string | null,
): { readonly decision: ChildDecision; readonly others: ChildDecision[] } {
  const decision = decisions.find((candidate) => candidate.childId === childId) ?? emptyChildDecision(childId)
  return { decision, others: decisions.filter((candidate) => candidate !== decision) }
}

/** Applies a decision command. */
export function applyDecisionCommand(
  meeting: ConferenceMeeting,
  command: DecisionCommand,
  context: CommandContext,
): Result<ConferenceMeeting> {
  const record = meeting.record
  const knowsChild = (childId: string | null): boolean =>
    childId === null || meeting.children.some((child) => child.id === childId)
  const changeDecision = (childId: string | null, change: (decision: ChildDecision) => ChildDecision) => {
    if (!knowsChild(childId)) return fail('not-found', 'That child is no longer listed for this meeting.')
    const { decision, others } = decisionFor(record.decisions, childId)
    const order = new Map(record.decisions.map((item, index) => [item.childId, index] as const))
    const decisions = [...others, change(decision)].sort(
      (a, b) =>
        (order.get(a.childId) ?? record.decisions.length) - (order.get(b.childId) ?? record.decisions.length),
    )
    return ok(withRecord(meeting, { decisions }))
  }
  switch (command.type) {
    case 'update-analysis':
      return ok(withRecord(meeting, defined(command.patch)))
    case 'update-decision':
      return changeDecision(command.childId, (decision) => ({ ...decision, ...defined(command.patch) }))
    case 'set-recommendation': {
      if (!meeting.participants.some((person) => person.id === command.personId))
        return fail('not-found', 'That person is no longer listed for this meeting.')
      return changeDecision(command.childId, (decision) => {
        const existing = decision.recommendations.find((item) => item.personId === command.personId)
        const next = { ...(existing ?? emptyRecommendation(command.personId)), ...defined(command.patch) }
        const recommendations = existing
          ? decision.recommendations.map((item) => (item === existing ? next : item))
          : [...decision.recommendations, next]
        return { ...decision, recommendations }
      })
    }
    case 'decide-separately': {
      const shared = record.decisions.find((decision) => decision.childId === null)
      if (!shared) return ok(meeting)
      const own = record.decisions.filter((decision) => decision.childId !== null)
      const copies = meeting.children
        .filter((child) => !own.some((decision) => decision.childId === child.id))
        .map((child) => ({ ...shared, childId: child.id }))
      if (copies.length + own.length === 0) return ok(meeting)
      return ok(withRecord(meeting, { decisions: [...own, ...copies] }))
    }
    case 'decide-together': {
      const from = record.decisions.find((decision) => decision.childId === command.fromChildId)
      if (!from) return fail('not-found', 'That child has no decision of their own.')
      return ok(withRecord(meeting, { decisions: [{ ...from, childId: null }] }))
    }
    case 'update-plan-frame':
      return ok(withRecord(meeting, { planFrame: { ...record.planFrame, ...defined(command.patch) } }))
    case 'set-dates':
      return ok(withRecord(meeting, { dates: { ...record.dates, ...defined(command.patch) } }))
    case 'sign-off': {
      if (record.signOff !== null) return fail('invalid-argument', 'These minutes are already signed.')
      const early = signingProblem(meeting.date, ukDateOf(context.now))
      if (early) return fail('invalid-argument', early)
      if (command.openItems.length > 0 && command.reason.trim() === '')
        return fail(
          'invalid-argument',
          'Some items on the checklist are still open. Give a reason to sign with them open.',
        )
      const at = context.now.toISOString()
      // Signing ends the meeting if the chair did not: its clock stops and its dates start to fall due.
      const ended = endedBySigning(meeting.live, at)
      const signed = withRecord(
        { ...meeting, status: 'ended' as const, live: ended },
        { signOff: { at, openItems: command.openItems, reason: command.reason.trim() }, correction: null },
      )
      return ok(
        withRecord(signed, {
          signedVersions: [...record.signedVersions, lockVersion(signed, record.correction)],
        }),
      )
    }
    case 'start-correction':
      if (record.signOff === null)
        return fail('invalid-argument', 'Corrections are made to signed minutes; these are not signed yet.')
      return ok(
        withRecord(meeting, {
          signOff: null,
          correction: { ...command.correction, at: context.now.toISOString() },
        }),
      )
    default:
      return assertNever(command, 'decision command')
  }
}

/**
 * The decision commands as a table. On signed minutes only a correction may start, and the dates of the
 * next meetings may still be set (they are arranged after the minutes are signed).
 */
export const decisionCommands = commandTable<ConferenceMeeting, DecisionCommand>(
  DecisionCommandSchema,
  {
    'update-analysis': 'refused',
    'update-decision': 'refused',
    'set-recommendation': 'refused',
    'decide-separately': 'refused',
    'decide-together': 'refused',
    'update-plan-frame': 'refused',
    'set-dates': 'allowed',
    'sign-off': 'refused',
    'start-correction': 'allowed',
  },
  applyDecisionCommand,
)
