import fc from 'fast-check'
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  applyCommand,
  MeetingCommandSchema,
  type MeetingCommandInput,
} from '../../../shared/meeting/meeting-command.ts'
import { checkAfterCommand } from '../../../shared/meeting/check-meeting.ts'
import { MeetingSchema, type Meeting } from '../../../shared/meeting/meeting.ts'
import { aMeeting } from '../../helpers/builders.ts'
import { meetingWithNotes } from '../../helpers/meeting-with-notes.ts'

/** Commands with plausible and implausible values, to throw at a meeting in any order. */
function commandFor(meeting: Meeting): fc.Arbitrary<MeetingCommandInput> {
  const someNote = fc.constantFrom(
    ...(meeting.notes.length > 0 ? meeting.notes.map((note) => note.id) : [randomUUID()]),
    randomUUID(),
  )
  const somePerson = fc.constantFrom(...meeting.participants.map((person) => person.id), randomUUID())
  const someSection = fc.constantFrom(...meeting.agenda.map((section) => section.key), 'lunch')
  return fc.oneof(
    fc.record({
      type: fc.constant('add-note' as const),
      noteId: fc.uuid(),
      sectionKey: fc.option(someSection, { nil: null }),
      speakerId: fc.option(somePerson, { nil: null }),
      text: fc.string({ minLength: 1 }),
      visibility: fc.constantFrom({ to: 'everyone' as const }, { to: 'professionals' as const }),
      verbatim: fc.boolean(),
    }),
    fc.record({ type: fc.constant('move-note' as const), noteId: someNote, sectionKey: someSection }),
    fc.record({
      type: fc.constant('edit-note' as const),
      noteId: someNote,
      text: fc.string({ minLength: 1 }),
    }),
    fc.record({ type: fc.constant('delete-note' as const), noteId: someNote }),
    fc.record({ type: fc.constant('restore-note' as const), noteId: someNote }),
    fc.record({
      type: fc.constant('set-note-details' as const),
      noteId: someNote,
      speakerId: fc.option(somePerson, { nil: null }),
    }),
    fc.record({
      type: fc.constant('add-participant' as const),
      participantId: fc.uuid(),
      participant: fc.record({
        name: fc.string({ minLength: 1, maxLength: 30 }),
        group: fc.constantFrom('family' as const, 'professional' as const),
        role: fc.string({ maxLength: 20 }),
        agency: fc.constant(''),
        email: fc.constant(''),
      }),
    }),
    fc.record({ type: fc.constant('remove-participant' as const), participantId: somePerson }),
    fc.record({ type: fc.constant('go-to-section' as const), sectionKey: someSection }),
    fc.constant({ type: 'start-meeting' as const }),
    fc.constant({ type: 'end-meeting' as const }),
  )
}

describe('checkAfterCommand', () => {
  it('lets through only meetings the full schema accepts, over 300 random sequences of commands', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (seeds) => {
          let meeting: Meeting = aMeeting()
          for (const seed of seeds) {
            const [command] = fc.sample(commandFor(meeting), { numRuns: 1, seed })
            if (!command) continue
            const parsed = MeetingCommandSchema.safeParse(command)
            if (!parsed.success) continue
            const result = applyCommand(meeting, parsed.data, { now: new Date('2026-12-02T10:00:00Z') })
            if (!result.ok) continue
            const full = MeetingSchema.safeParse(result.value)
            expect(full.success, `${command.type} produced a meeting the store would refuse`).toBe(true)
            meeting = result.value
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('finds a changed note that breaks the rules, and a note pointing at a section that was removed', () => {
    const before = meetingWithNotes(3)
    const broken = { ...before, notes: [...before.notes.slice(0, 2), { ...before.notes[2]!, text: '   ' }] }
    expect(checkAfterCommand(before, broken)?.path).toBe('notes[2].text')
    const shorter = {
      ...before,
      agenda: before.agenda.filter((section) => section.key !== before.notes[0]!.sectionKey),
    }
    expect(checkAfterCommand(before, shorter)?.message).toBe('This section is not on the agenda')
  })

  it('checks a new note in a 1,000-note meeting without re-checking the other 999', () => {
    const before = meetingWithNotes(1000)
    const added = applyCommand(
      before,
      MeetingCommandSchema.parse({
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: null,
        speakerId: null,
        text: 'One more',
        visibility: { to: 'everyone' },
        verbatim: false,
      }),
      { now: new Date() },
    )
    expect(added.ok).toBe(true)
  })

  it('refuses a note past the 50,000-note limit, which checking the meeting without its notes missed', () => {
    const full = meetingWithNotes(50_000)
    const extra = { ...full.notes[0]!, id: randomUUID() }
    const problem = checkAfterCommand(full, { ...full, notes: [...full.notes, extra] })
    expect(problem).toEqual({ path: 'notes', message: 'A meeting can hold at most 50,000 notes' })
    const added = applyCommand(
      full,
      MeetingCommandSchema.parse({
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: null,
        speakerId: null,
        text: 'Note 50,001',
        visibility: { to: 'everyone' },
        verbatim: false,
      }),
      { now: new Date() },
    )
    expect(added).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    if (!added.ok) expect(added.error.message).toMatch(/holds 50,000 notes, the most one meeting can/)
  })
})
