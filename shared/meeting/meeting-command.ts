import { z } from 'zod'
import type { CommandEntry } from '../commands/command-table.ts'
import {
  detailsCommands,
  type DetailsCommand,
  type DetailsCommandSchema,
} from '../commands/details-commands.ts'
import {
  languageCommands,
  type LanguageCommand,
  type LanguageCommandSchema,
} from '../commands/language-commands.ts'
import { liveCommands, type LiveCommand, type LiveCommandSchema } from '../commands/live-commands.ts'
import { noteCommands, type NoteCommand, type NoteCommandSchema } from '../commands/note-commands.ts'
import { peopleCommands, type PeopleCommand, type PeopleCommandSchema } from '../commands/people-commands.ts'
import type { ConferenceCommand, ConferenceCommandInput } from '../kinds/conference/module.ts'
import type { MediationCommand, MediationCommandInput } from '../kinds/mediation/module.ts'
import type { KindEnvironment } from '../kinds/kind-module.ts'
import { kindFamilies, kindsLike, MeetingKindSchema, moduleOf, type MeetingKind } from '../kinds/registry.ts'
import type { MeetingCore } from '../model/meeting-core.ts'
import { fail, ok, type Result } from '../util/result.ts'
import { checkAfterCommand } from './check-meeting.ts'
import type { Meeting } from './meeting.ts'

/** Changing a meeting into another kind of the same family (an initial conference held as a review). */
const KindCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('change-kind'), kind: MeetingKindSchema }),
])
type KindCommand = z.infer<typeof KindCommandSchema>

const kindCommands: { readonly 'change-kind': CommandEntry<Meeting, KindCommand> } = {
  'change-kind': {
    schema: KindCommandSchema.options[0],
    whenSigned: 'refused',
    apply: (meeting, command) =>
      kindsLike(meeting.kind).includes(command.kind)
        ? ok({ ...meeting, kind: command.kind } as Meeting)
        : fail('invalid-argument', 'A meeting can only become another kind of meeting of the same family.'),
  },
}

/** What every meeting's commands are: people, notes, running the meeting, wordings, details. */
const coreCommands = {
  ...peopleCommands,
  ...noteCommands,
  ...liveCommands,
  ...languageCommands,
  ...detailsCommands,
}

/** Every change a user can make to a meeting beyond creating it, as a value checked at the boundary. */
export type MeetingCommand =
  | PeopleCommand
  | NoteCommand
  | LiveCommand
  | LanguageCommand
  | DetailsCommand
  | KindCommand
  | ConferenceCommand
  | MediationCommand

/** A command as a window sends it: fields with a default may be left out. */
export type MeetingCommandInput =
  | z.input<typeof PeopleCommandSchema>
  | z.input<typeof NoteCommandSchema>
  | z.input<typeof LiveCommandSchema>
  | z.input<typeof LanguageCommandSchema>
  | z.input<typeof DetailsCommandSchema>
  | KindCommand
  | ConferenceCommandInput
  | MediationCommandInput

type AnyEntry = CommandEntry<MeetingCore, MeetingCommand>

/** Every command's entry by type: the shared ones, and each family's own. */
const listed: ReadonlyArray<readonly [string, { readonly entry: AnyEntry; readonly family: string | null }]> =
  [
    ...Object.entries(coreCommands).map(
      ([type, entry]) => [type, { entry: entry as AnyEntry, family: null }] as const,
    ),
    ...Object.entries(kindCommands).map(
      ([type, entry]) => [type, { entry: entry as AnyEntry, family: null }] as const,
    ),
    ...kindFamilies.flatMap((module) =>
      Object.entries(module.commands as Record<string, AnyEntry>).map(
        ([type, entry]) => [type, { entry, family: module.family }] as const,
      ),
    ),
  ]
const entries = new Map(listed)
// Two families naming a command alike would make one of them unreachable: a mistake to catch at once.
if (entries.size !== listed.length) throw new Error('Two commands share a type: each must have its own name')

/** The schema of every command, checked at the boundary (the IPC contract). */
export const MeetingCommandSchema = z.discriminatedUnion(
  'type',
  [...entries.values()].map(({ entry }) => entry.schema) as unknown as [
    z.ZodObject<{ type: z.ZodLiteral<string> }>,
    ...z.ZodObject<{ type: z.ZodLiteral<string> }>[],
  ],
) as unknown as z.ZodType<MeetingCommand, MeetingCommandInput>

/** Why a command was refused because the record is signed: its own code, not 'locked' (the vault). */
const signedRefusal = (kind: MeetingKind) => fail('signed', moduleOf(kind).signedMessage)

/**
 * A command as the main process applies it: what it must not take on trust from a window (a sign-off's
 * open items) is worked out by the meeting's kind from the meeting and the settings.
 */
export function prepareCommand(
  meeting: Meeting,
  command: MeetingCommand,
  environment: KindEnvironment,
): MeetingCommand {
  const found = entries.get(command.type)
  if (!found || found.family === null) return command
  return moduleOf(meeting.kind).prepare(meeting, command, environment)
}

/**
 * The one place a meeting changes: a pure function from a meeting and a command to the next meeting, or a
 * plain-words reason it cannot. The command's entry says what it does and whether signed minutes allow it;
 * the result is checked as the store checks a meeting on load (in time proportional to the change), so no
 * command can leave a meeting the store would refuse to open.
 */
export function applyCommand(
  meeting: Meeting,
  command: MeetingCommand,
  context: { readonly now: Date },
): Result<Meeting> {
  const module = moduleOf(meeting.kind)
  const found = entries.get(command.type)
  if (!found || (found.family !== null && found.family !== module.family))
    return fail('invalid-argument', 'That change does not apply to this kind of meeting.')
  if (found.entry.whenSigned === 'refused' && module.isSigned(meeting)) return signedRefusal(meeting.kind)
  const result = found.entry.apply(meeting, command, {
    now: context.now,
    people: {
      whereNamed: (person, personId) => module.whereNamed(person as Meeting, personId),
      withoutPerson: (person, personId) => ({
        ...person,
        record: module.withoutPerson((person as unknown as Meeting).record, personId),
      }),
    },
  }) as Result<Meeting>
  if (!result.ok) return result
  const problem = checkAfterCommand(meeting, result.value)
  if (problem)
    return fail('invalid-argument', `That change would leave the meeting incomplete: ${problem.message}.`)
  return result
}
