import { z } from 'zod'
import { ukDateOf } from '../../dates/british-date.ts'
import { signingProblem } from '../../rules/plausible.ts'
import { IdSchema } from '../../model/primitives.ts'
import { versionHash } from '../../model/version-hash.ts'
import type { KindMeeting } from '../../model/meeting-core.ts'
import { fail, ok, type Result } from '../../util/result.ts'
import { assertNever } from '../../util/assert-never.ts'
import { defined, type CommandContext } from '../../commands/command-context.ts'
import { endedBySigning } from '../../commands/live-commands.ts'
import { commandTable } from '../../commands/command-table.ts'
import { QuestionSetSchema, ScreeningAnswerSchema, type QuestionSet } from './screening.ts'
import {
  blankMiam,
  explainedItems,
  MiamFactsSchema,
  miamOutcomes,
  SuitabilitySchema,
  type MiamRecord,
} from './miam.ts'
import type { MediationRecord } from './record.ts'
import { mediatorNamed, miamReadiness } from './miam-rules.ts'

/** A mediation meeting. */
export type MediationMeeting = KindMeeting<MediationRecord>

/**
 * The question set a MIAM starts with: main adds the service's own to the first command of a MIAM not yet
 * started (`prepare`), so the set asked is the one in Settings at the time; ignored once it has started.
 */
const starting = { questionSet: QuestionSetSchema.optional() }

/** Commands about a MIAM: its party, what was explained, the screening, the decision, and closing it. */
export const MiamCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set-miam-party'), partyId: IdSchema.nullable(), ...starting }),
  z.object({
    type: z.literal('mark-explained'),
    item: z.enum(explainedItems),
    covered: z.boolean(),
    ...starting,
  }),
  z.object({
    type: z.literal('answer-screening'),
    questionId: z.string().max(80),
    answer: ScreeningAnswerSchema.nullable(),
    ...starting,
  }),
  z.object({ type: z.literal('update-miam-facts'), patch: MiamFactsSchema.partial().strict(), ...starting }),
  z.object({
    type: z.literal('decide-suitability'),
    patch: SuitabilitySchema.partial().strict(),
    ...starting,
  }),
  z.object({ type: z.literal('close-miam'), outcome: z.enum(miamOutcomes), ...starting }),
])
/** A command about a MIAM. */
export type MiamCommand = z.infer<typeof MiamCommandSchema>

/** The meeting with its MIAM changed. */
export function withMiam(meeting: MediationMeeting, miam: MiamRecord): MediationMeeting {
  return { ...meeting, record: { ...meeting.record, miam } }
}

/** The MIAM as the hash of its closing covers it: the closing itself left out. */
export function miamAsClosed(meeting: MediationMeeting): MediationMeeting {
  const miam = meeting.record.miam
  return miam === null ? meeting : withMiam(meeting, { ...miam, closed: null })
}

/** Why a MIAM cannot be closed with this outcome, or null. */
function closingProblem(
  meeting: MediationMeeting,
  miam: MiamRecord,
  outcome: MiamRecord['outcome'],
): string | null {
  if (miam.partyId === null) return 'Choose the parent this MIAM is with before closing it.'
  const unnamed = mediatorNamed(meeting)[0]
  if (unnamed) return `Before closing the MIAM: ${unnamed.label}.`
  // This parent attended whatever the outcome: the MIAM is done in full before it is closed.
  const open = miamReadiness(meeting)
  if (open.length > 0) return `Before closing the MIAM: ${open.map((item) => item.label).join('; ')}.`
  if (outcome === 'going-ahead' && miam.decision.suitability !== 'suitable')
    return 'Mediation can only go ahead when you have decided it is suitable.'
  if (outcome === 'not-suitable' && miam.decision.suitability !== 'not-suitable')
    return 'Record that mediation is not suitable, with your reason, before closing the MIAM with that outcome.'
  return null
}

function applyMiamCommand(
  meeting: MediationMeeting,
  command: MiamCommand,
  context: CommandContext,
): Result<MediationMeeting> {
  if (meeting.kind !== 'miam') return fail('invalid-argument', 'Only a MIAM has screening and an outcome.')
  const miam = meeting.record.miam ?? blankMiam(command.questionSet)
  const change = (next: Partial<MiamRecord>) => ok(withMiam(meeting, { ...miam, ...next }))
  switch (command.type) {
    case 'set-miam-party': {
      const party = meeting.participants.find((person) => person.id === command.partyId)
      if (command.partyId !== null && !party)
        return fail('not-found', 'That person is no longer listed for this meeting.')
      // A MIAM is with a parent or carer: a family member, never a professional or the mediator.
      if (party && party.group !== 'family')
        return fail('invalid-argument', 'A MIAM is with a parent or carer: choose a family member.')
      return change({ partyId: command.partyId })
    }
    case 'mark-explained':
      return change({
        explained: { ...miam.explained, [command.item]: command.covered ? context.now.toISOString() : null },
      })
    case 'answer-screening': {
      if (!miam.questionSet.questions.some((question) => question.id === command.questionId))
        return fail('not-found', 'That question is not in this MIAM’s screening.')
      const { [command.questionId]: _previous, ...others } = miam.answers
      return change({
        answers: command.answer === null ? others : { ...others, [command.questionId]: command.answer },
      })
    }
    case 'update-miam-facts':
      return change({ facts: { ...miam.facts, ...defined(command.patch) } })
    case 'decide-suitability':
      return change({ decision: { ...miam.decision, ...defined(command.patch) } })
    case 'close-miam': {
      if (miam.closed !== null) return fail('invalid-argument', 'This MIAM is already closed.')
      const early = signingProblem(meeting.date, ukDateOf(context.now), 'its outcome')
      if (early) return fail('invalid-argument', early)
      const problem = closingProblem(meeting, miam, command.outcome)
      if (problem) return fail('invalid-argument', problem)
      const at = context.now.toISOString()
      // Closing ends the meeting if the mediator did not, as signing minutes does.
      const live = endedBySigning(meeting.live, at)
      const closing = withMiam({ ...meeting, status: 'ended', live }, { ...miam, outcome: command.outcome })
      return ok(
        withMiam(closing, {
          ...miam,
          outcome: command.outcome,
          closed: { at, hash: versionHash(miamAsClosed(closing)) },
        }),
      )
    }
    default:
      return assertNever(command, 'MIAM command')
  }
}

/** The MIAM commands: none may change a closed MIAM. */
export const miamCommands = commandTable<MediationMeeting, MiamCommand>(
  MiamCommandSchema,
  {
    'set-miam-party': 'refused',
    'mark-explained': 'refused',
    'answer-screening': 'refused',
    'update-miam-facts': 'refused',
    'decide-suitability': 'refused',
    'close-miam': 'refused',
  },
  applyMiamCommand,
)

/** A MIAM command as main applies it: the first of a MIAM not yet started carries the service's questions. */
export function prepareMiamCommand(
  meeting: MediationMeeting,
  command: MiamCommand,
  questionSet: QuestionSet | undefined,
): MiamCommand {
  const { questionSet: _sent, ...rest } = command
  return meeting.record.miam === null && questionSet ? { ...rest, questionSet } : rest
}
