import { describe, expect, it, vi } from 'vitest'
import { randomUUID } from 'node:crypto'
import type { Meeting } from '../../../shared/meeting/meeting.ts'
import type { MeetingCommand } from '../../../shared/meeting/meeting-command.ts'
import type * as Registry from '../../../shared/kinds/registry.ts'

// The only change a new kind needs outside its own folder: its line in the registry's table. This test
// makes that change (the module is written in ./check-in from docs/adding-a-kind.md alone) and then uses
// every layer that knows about kinds, unchanged.
vi.mock('../../../shared/kinds/registry.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Registry>()
  const { checkInModule } = await import('./check-in/module.ts')
  return { ...actual, ...actual.registryOf({ ...actual.kindModules, 'check-in': checkInModule }) }
})

const { MeetingSchema } = await import('../../../shared/meeting/meeting.ts')
const { blankMeeting } = await import('../../../shared/meeting/blank-meeting.ts')
const { applyCommand, MeetingCommandSchema } = await import('../../../shared/meeting/meeting-command.ts')
const { projectFor } = await import('../../../shared/meeting/project.ts')
const { readInterchange, writeInterchange } = await import('../../../shared/meeting/interchange.ts')
const { summarise, listEntry } = await import('../../../shared/meeting/meeting-summary.ts')
const { groupIntoCases } = await import('../../../shared/meeting/case-groups.ts')
const { kindsLike, meetingKindLabels } = await import('../../../shared/kinds/registry.ts')
const { chairAudience, familyAudience, toEveryone } = await import('../../../shared/model/visibility.ts')

const { addPerson } = await import('../../helpers/commands.ts')

const now = new Date('2026-11-24T10:00:00Z')
/** Applies commands as main does, failing the test at the first refusal. */
function run(meeting: Meeting, ...commands: ReadonlyArray<unknown>): Meeting {
  return commands.reduce<Meeting>((current, raw) => {
    const command = MeetingCommandSchema.parse(raw) as MeetingCommand
    const result = applyCommand(current, command, { now })
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }, meeting)
}

function aCheckIn(): Meeting {
  return blankMeeting({
    id: randomUUID(),
    caseId: null,
    kind: 'check-in' as Meeting['kind'],
    familyName: 'Ó Briain',
    date: '2026-11-24',
    startTime: '10:00',
    children: [{ id: randomUUID(), name: 'Aoife Ó Briain', dateOfBirth: '2019-05-02', knownAs: '' }],
    agenda: [{ key: 'how-things-are', heading: 'How things are', prompt: '', kind: 'notes' }],
    at: now.toISOString(),
  })
}

describe('a kind added with its own folder and one line in the registry', () => {
  it('is a meeting the store accepts, with its own record and no other family’s', () => {
    const meeting = aCheckIn()
    expect(MeetingSchema.safeParse(meeting).success).toBe(true)
    expect(meetingKindLabels['check-in' as Meeting['kind']]).toBe('Safety check-in')
    const withMediationRecord = { ...meeting, record: { family: 'mediation' } }
    expect(MeetingSchema.safeParse(withMediationRecord).success).toBe(false)
    const wrong = { ...meeting, record: { family: 'check-in', worries: 3 } }
    expect(MeetingSchema.safeParse(wrong).success).toBe(false)
  })

  it('takes its own commands and the commands every meeting has; refuses other families’ commands', () => {
    const meeting = run(
      aCheckIn(),
      addPerson('Síle Ó Briain', 'family', 'Mother'),
      { type: 'set-worries', worries: 'Síle said the rent arrears frighten her.' },
      { type: 'set-worker-view', workerView: 'I think the arrears are worse than she says.' },
      {
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: 'how-things-are',
        speakerId: null,
        text: 'Aoife is sleeping better since the move.',
        visibility: toEveryone,
        verbatim: false,
        keep: [],
      },
    )
    expect(meeting.record).toMatchObject({ worries: 'Síle said the rent arrears frighten her.' })
    expect(meeting.notes).toHaveLength(1)
    const conferenceOnly = MeetingCommandSchema.parse({
      type: 'update-plan-frame',
      patch: { contingency: 'x' },
    }) as MeetingCommand
    expect(applyCommand(meeting, conferenceOnly, { now })).toMatchObject({
      ok: false,
      error: { message: 'That change does not apply to this kind of meeting.' },
    })
  })

  it('once signed, refuses what its table says signed records refuse, with the signed code', () => {
    const signed = run(aCheckIn(), { type: 'set-worries', worries: 'Rent.' }, { type: 'sign-check-in' })
    const refused = applyCommand(
      signed,
      MeetingCommandSchema.parse({ type: 'set-worries', worries: 'Changed after.' }) as MeetingCommand,
      { now },
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'signed' } })
  })

  it('shows each audience its own projection: the worker’s view is for the worker alone', () => {
    const meeting = run(
      aCheckIn(),
      { type: 'set-worries', worries: 'Rent.' },
      { type: 'set-worker-view', workerView: 'Private.' },
    )
    const family = projectFor(meeting, familyAudience)
    expect(family.meeting.record).toMatchObject({ worries: 'Rent.', workerView: '' })
    expect(family.withheldItems).toBe(1)
    expect(projectFor(meeting, chairAudience).meeting.record).toMatchObject({ workerView: 'Private.' })
  })

  it('goes through the interchange file, the meetings list and the cases unchanged', () => {
    const meeting = run(aCheckIn(), { type: 'set-worries', worries: 'انا قلقة بشأن الإيجار' })
    const read = readInterchange(writeInterchange(meeting, now))
    expect(read.ok && read.meeting).toEqual(meeting)
    const entry = listEntry(summarise(meeting))
    expect(entry).toMatchObject({ kindLabel: 'Safety check-in', caseLabel: 'Check-in' })
    const [group] = groupIntoCases([entry], new Intl.Collator('en-GB'))
    expect(group?.meetings.map((listed) => listed.id)).toEqual([meeting.id])
    expect(kindsLike('check-in' as Meeting['kind'])).toEqual(['check-in'])
  })
})
