import { z } from 'zod'
import type { Meeting } from '../model/meeting.ts'
import { AttendanceSchema, ParticipantSchema } from '../model/people.ts'
import { IdSchema } from '../model/primitives.ts'
import { fail, ok } from '../util/result.ts'
import { assertNever } from '../util/assert-never.ts'
import { attendanceTimesProblem } from '../rules/plausible.ts'
import { defined, updateById, type CommandContext, type CommandResult } from './command-context.ts'

const ParticipantFieldsSchema = ParticipantSchema.omit({ id: true, attendance: true }).extend({
  attendance: AttendanceSchema.optional(),
})

/** Commands about the people at the meeting. */
export const PeopleCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('add-participant'), participant: ParticipantFieldsSchema }),
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
export function applyPeopleCommand(
  meeting: Meeting,
  command: PeopleCommand,
  context: CommandContext,
): CommandResult {
  switch (command.type) {
    case 'add-participant': {
      const { attendance, ...fields } = command.participant
      const participant = {
        ...fields,
        id: context.newId(),
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
      const scored = meeting.scaling.scores.some((score) => score.personId === person.id)
      const owns = meeting.planActions.some((action) => action.ownerId === person.id)
      const recommended = meeting.decision.recommendations.some(
        (item) => item.personId === person.id && (item.outcome !== null || item.rationale.trim() !== ''),
      )
      if (spoke || scored || owns || recommended) {
        const where = spoke ? 'minutes' : scored ? 'safety scale' : owns ? 'plan' : 'recommendations'
        return fail(
          'invalid-argument',
          `${person.name} is named in the ${where}, so they cannot be removed. Change their attendance instead.`,
        )
      }
      return ok({
        ...meeting,
        participants: meeting.participants.filter((candidate) => candidate.id !== person.id),
        chairId: meeting.chairId === person.id ? null : meeting.chairId,
        decision: {
          ...meeting.decision,
          recommendations: meeting.decision.recommendations.filter((item) => item.personId !== person.id),
        },
        planFrame: {
          ...meeting.planFrame,
          leadSocialWorkerId:
            meeting.planFrame.leadSocialWorkerId === person.id ? null : meeting.planFrame.leadSocialWorkerId,
          coreGroupIds: meeting.planFrame.coreGroupIds.filter((id) => id !== person.id),
        },
        minuteTakerId: meeting.minuteTakerId === person.id ? null : meeting.minuteTakerId,
      })
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
