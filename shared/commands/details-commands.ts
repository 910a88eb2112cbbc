import { z } from 'zod'
import { MeetingDetailsPatchSchema, type MeetingCore } from '../model/meeting-core.ts'
import { fail, ok, type Result } from '../util/result.ts'
import { assertNever } from '../util/assert-never.ts'
import { ukDateOf } from '../dates/british-date.ts'
import { dateOfBirthProblem } from '../rules/plausible.ts'
import { defined, type CommandContext } from './command-context.ts'
import { commandTable } from './command-table.ts'

/** Commands about a meeting's details: its family, date, time, place, purpose, status and children. */
export const DetailsCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('update-details'), patch: MeetingDetailsPatchSchema }),
])
/** A command about a meeting's details. */
export type DetailsCommand = z.infer<typeof DetailsCommandSchema>

/** Applies a details command. */
export function applyDetailsCommand<M extends MeetingCore>(
  meeting: M,
  command: DetailsCommand,
  context: CommandContext,
): Result<M> {
  switch (command.type) {
    case 'update-details': {
      const today = ukDateOf(context.now)
      for (const child of command.patch.children ?? []) {
        const problem = dateOfBirthProblem(child.dateOfBirth, today)
        if (problem) return fail('invalid-argument', `${child.name}: ${problem}`)
      }
      return ok({ ...meeting, ...defined(command.patch) })
    }
    default:
      return assertNever(command.type, 'details command')
  }
}

/** The details commands as a table: the details of signed minutes change only through a correction. */
export const detailsCommands = commandTable<MeetingCore, DetailsCommand>(
  DetailsCommandSchema,
  { 'update-details': 'refused' },
  applyDetailsCommand,
)
