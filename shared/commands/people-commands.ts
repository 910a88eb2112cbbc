import { z } from 'zod'
import type { MeetingCore } from '../model/meeting-core.ts'
import { AttendanceSchema, ParticipantSchema } from '../model/people.ts'
import { IdSchema } from '../model/primitives.ts'
import { fail, ok, type Result } from '../util/result.ts'
import { assertNever } from '../util/assert-never.ts'
import { attendanceTimesProblem } from '../rules/plausible.ts'
import { defined, updateById, type CommandContext } from './command-context.ts'
import { commandTable } from './command-table.ts'

const ParticipantFieldsSchema = ParticipantSchema.omit({ id: true, attendance: true }).extend({
  attendance: AttendanceSchema.optional(),
})

/** Commands about the people at the meeting. */
export const PeopleCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('add-participant'),
    /** Chosen by the sender, so that the same person sent again after a failed save is added once. */
    participantId: IdSchema,
    participant: ParticipantFieldsSchema,
  }),
  z.object({
    type: z.literal('update-participant'),
    participantId: IdSchema,
    patch: ParticipantFieldsSchema.partial(),
  }),
  z.object({ type: z.literal('remove-participant'), participantId: IdSchema }),
  z.object({ type: z.literal('set-chair'), participantId: IdSchema.nullable() }),
  z.object({ type: z.literal('set-minute-taker'), participantId: IdSchema.nullable() }),
])
/** A command about the people at the meeting. */
export type PeopleCommand = z.infer<typeof PeopleCommandSchema>

const gone = 'That person is no longer listed for this meeting.'

/** Applies a people command. */
export function applyPeopleCommand<M extends MeetingCore>(
  meeting: M,
  command: PeopleCommand,
  context: CommandContext,
): Result<M> {
  switch (command.type) {
    case 'add-participant': {
      if (meeting.participants.some((person) => person.id === command.participantId)) return ok(meeting)
      const { attendance, ...fields } = command.participant
      const participant = {
        ...fields,
        id: command.participantId,
        attendance: attendance ?? { status: 'invited' as const, from: null, until: null, reason: '' },
      }
      const times = attendanceTimesProblem(participant.attendance)
      if (times) return fail('invalid-argument', times)
      return ok({ ...meeting, participants: [...meeting.participants, participant] })
    }
    case 'update-participant': {
      const times = command.patch.attendance ? attendanceTimesProblem(command.patch.attendance) : null
      if (times) return fail('invalid-argument', times)
      const participants = updateById(
        meeting.participants,
        command.participantId,
        (person) => ({ ...person, ...defined(command.patch) }),
        gone,
      )
      return participants.ok ? ok({ ...meeting, participants: participants.value }) : participants
    }
    case 'remove-participant': {
      const person = meeting.participants.find((candidate) => candidate.id === command.participantId)
      if (!person) return fail('not-found', gone)
      const spoke = meeting.notes.some((note) => note.speakerId === person.id && note.deletedAt === null)
      const where = spoke ? 'minutes' : (context.people?.whereNamed(meeting, person.id) ?? null)
      if (where !== null)
        return fail(
          'invalid-argument',
          `${person.name} is named in the ${where}, so they cannot be removed. Change their attendance instead.`,
        )
      const without: M = {
        ...meeting,
        participants: meeting.participants.filter((candidate) => candidate.id !== person.id),
        chairId: meeting.chairId === person.id ? null : meeting.chairId,
        minuteTakerId: meeting.minuteTakerId === person.id ? null : meeting.minuteTakerId,
      }
      return ok(context.people ? context.people.withoutPerson(without, person.id) : without)
    }
    case 'set-chair':
    case 'set-minute-taker': {
      if (
        command.participantId !== null &&
        !meeting.participants.some((person) => person.id === command.participantId)
      ) {
        return fail('not-found', gone)
      }
      return ok(
        command.type === 'set-chair'
          ? { ...meeting, chairId: command.participantId }
          : { ...meeting, minuteTakerId: command.participantId },
      )
    }
    default:
      return assertNever(command, 'people command')
  }
}

/** The people commands as a table: none changes signed minutes. */
export const peopleCommands = commandTable<MeetingCore, PeopleCommand>(
  PeopleCommandSchema,
  {
    'add-participant': 'refused',
    'update-participant': 'refused',
    'remove-participant': 'refused',
    'set-chair': 'refused',
    'set-minute-taker': 'refused',
  },
  applyPeopleCommand,
)
