import { z } from 'zod'
import type { Meeting } from '../model/meeting.ts'
import { checkAfterCommand } from './check-meeting.ts'
import { fail } from '../util/result.ts'
import type { CommandContext, CommandResult } from './command-context.ts'
import {
  allowedWhenSigned,
  applyDecisionCommand,
  DecisionCommandSchema,
  type DecisionCommand,
} from './decision-commands.ts'
import { applyLanguageCommand, LanguageCommandSchema, type LanguageCommand } from './language-commands.ts'
import { applyLiveCommand, LiveCommandSchema, type LiveCommand } from './live-commands.ts'
import { applyNoteCommand, NoteCommandSchema, type NoteCommand } from './note-commands.ts'
import { applyPeopleCommand, PeopleCommandSchema, type PeopleCommand } from './people-commands.ts'
import { applyRecordCommand, RecordCommandSchema, type RecordCommand } from './record-commands.ts'

/** Every change a user can make to a meeting beyond its details, as a value checked at the boundary. */
export const MeetingCommandSchema = z.discriminatedUnion('type', [
  ...PeopleCommandSchema.options,
  ...NoteCommandSchema.options,
  ...LiveCommandSchema.options,
  ...RecordCommandSchema.options,
  ...LanguageCommandSchema.options,
  ...DecisionCommandSchema.options,
])
/** A change to a meeting. */
export type MeetingCommand = z.infer<typeof MeetingCommandSchema>

const typesOf = (schema: {
  readonly options: ReadonlyArray<{ readonly shape: { readonly type: { readonly value: string } } }>
}) => new Set<string>(schema.options.map((option) => option.shape.type.value))
const peopleTypes = typesOf(PeopleCommandSchema)
const noteTypes = typesOf(NoteCommandSchema)
const liveTypes = typesOf(LiveCommandSchema)
const languageTypes = typesOf(LanguageCommandSchema)
const decisionTypes = typesOf(DecisionCommandSchema)
const isPeople = (command: MeetingCommand): command is PeopleCommand => peopleTypes.has(command.type)
const isNote = (command: MeetingCommand): command is NoteCommand => noteTypes.has(command.type)
const isLive = (command: MeetingCommand): command is LiveCommand => liveTypes.has(command.type)
const isLanguage = (command: MeetingCommand): command is LanguageCommand => languageTypes.has(command.type)
const isDecision = (command: MeetingCommand): command is DecisionCommand => decisionTypes.has(command.type)

/**
 * The one place a meeting changes: a pure function from a meeting and a command to the next meeting, or a
 * plain-words reason it cannot. The result is checked as the store checks a meeting on load (in time
 * proportional to the change), so no command can leave a meeting the store would refuse to open.
 */
export function applyCommand(
  meeting: Meeting,
  command: MeetingCommand,
  context: CommandContext,
): CommandResult {
  if (meeting.signOff !== null && !allowedWhenSigned.has(command.type))
    return fail(
      'locked',
      'These minutes are signed and locked. To change them, start a correction: it makes a new version.',
    )
  const result = isPeople(command)
    ? applyPeopleCommand(meeting, command)
    : isNote(command)
      ? applyNoteCommand(meeting, command, context)
      : isLive(command)
        ? applyLiveCommand(meeting, command, context)
        : isLanguage(command)
          ? applyLanguageCommand(meeting, command)
          : isDecision(command)
            ? applyDecisionCommand(meeting, command, context)
            : applyRecordCommand(meeting, command as RecordCommand)
  if (!result.ok) return result
  const problem = checkAfterCommand(meeting, result.value)
  if (problem)
    return fail('invalid-argument', `That change would leave the meeting incomplete: ${problem.message}.`)
  return result
}
