import { z } from 'zod'
import { DecisionSchema, MeetingDatesSchema, OutcomeSchema, PlanFrameSchema } from '../model/decision.ts'
import type { Meeting } from '../model/meeting.ts'
import { IdSchema, LongTextSchema } from '../model/primitives.ts'
import { fail, ok } from '../util/result.ts'
import { assertNever } from '../util/assert-never.ts'
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
])
/** A command about the decision and plan. */
export type DecisionCommand = z.infer<typeof DecisionCommandSchema>

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
    case 'sign-off':
      if (command.openItems.length > 0 && command.reason.trim() === '')
        return fail(
          'invalid-argument',
          'Some items on the checklist are still open. Give a reason to sign with them open.',
        )
      return ok({
        ...meeting,
        status: 'ended',
        signOff: {
          at: context.now.toISOString(),
          openItems: command.openItems,
          reason: command.reason.trim(),
        },
      })
    default:
      return assertNever(command, 'decision command')
  }
}
