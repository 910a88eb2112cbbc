import { randomUUID } from 'node:crypto'
import {
  applyCommand,
  MeetingCommandSchema,
  prepareCommand,
  type MeetingCommandInput,
} from '../../shared/meeting/meeting-command.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { kindEnvironment } from '../../shared/settings/kind-environment.ts'
import { defaultSettings } from '../../shared/settings/settings.ts'

/**
 * Applies commands one after another at one-minute steps from 10:00 on the day, failing the test on a
 * refusal. Each goes the way a window's does: checked against the contract's schema (so defaults are filled
 * in), prepared by the meeting's kind with the default settings, then applied.
 */
export function applyAll<M extends Meeting>(
  meeting: M,
  commands: ReadonlyArray<MeetingCommandInput>,
  start = '2026-12-02T10:00:00.000Z',
): M {
  const environment = kindEnvironment(defaultSettings())
  let current: Meeting = meeting
  commands.forEach((input, index) => {
    const command = MeetingCommandSchema.parse(input)
    const result = applyCommand(current, prepareCommand(current, command, environment), {
      now: new Date(new Date(start).getTime() + index * 60_000),
    })
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`)
    current = result.value
  })
  return current as M
}

/** A present family member or professional, as an add-participant command. */
export function addPerson(
  name: string,
  group: 'family' | 'professional',
  role: string,
  agency = '',
  participantId: string = randomUUID(),
): MeetingCommandInput {
  return {
    type: 'add-participant',
    participantId,
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
