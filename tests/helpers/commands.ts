import { randomUUID } from 'node:crypto'
import { applyCommand, type MeetingCommand } from '../../shared/commands/meeting-command.ts'
import type { Meeting } from '../../shared/model/meeting.ts'

/** Applies commands one after another at one-minute steps from 10:00 on the day, failing the test on a refusal. */
export function applyAll(
  meeting: Meeting,
  commands: ReadonlyArray<MeetingCommand>,
  start = '2026-12-02T10:00:00.000Z',
): Meeting {
  let current = meeting
  commands.forEach((command, index) => {
    const result = applyCommand(current, command, {
      now: new Date(new Date(start).getTime() + index * 60_000),
      newId: randomUUID,
    })
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`)
    current = result.value
  })
  return current
}

/** A present family member or professional, as an add-participant command. */
export function addPerson(
  name: string,
  group: 'family' | 'professional',
  role: string,
  agency = '',
): MeetingCommand {
  return {
    type: 'add-participant',
    participantId: randomUUID(),
    participant: {
      name,
      group,
      role,
      agency,
      email: '',
      attendance: { status: 'present', from: null, until: null, reason: '' },
    },
  }
}
