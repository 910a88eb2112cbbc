import { conferenceMeeting } from '../../helpers/conference-meeting.ts'
import { describe, expect, it } from 'vitest'
import { readInterchange, writeInterchange } from '../../../shared/meeting/interchange.ts'
import { aMeeting } from '../../helpers/builders.ts'

describe('the interchange file', () => {
  it('reads back what it wrote', () => {
    const meeting = aMeeting({ familyName: 'Nowak' })
    const outcome = readInterchange(writeInterchange(meeting, new Date('2026-11-22T10:00:00Z')))
    expect(outcome).toEqual({ ok: true, meeting, journal: [] })
  })

  it('refuses a file whose notes, people or children share an identifier, saying where', () => {
    const meeting = conferenceMeeting()
    const [first] = meeting.notes
    const [person] = meeting.participants
    if (!first || !person) throw new Error('a note and a person expected')
    const doubled = {
      ...meeting,
      notes: [...meeting.notes, { ...first, text: 'A second note with the first one’s identifier.' }],
      participants: [...meeting.participants, { ...person, name: 'Someone else' }],
    }
    const read = readInterchange(writeInterchange(doubled, new Date('2026-12-02T12:00:00Z')))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.problems).toEqual([
      { path: `meeting.notes[${meeting.notes.length}].id`, message: 'Two notes have the same identifier' },
      {
        path: `meeting.participants[${meeting.participants.length}].id`,
        message: 'Two people have the same identifier',
      },
    ])
  })

  it('says what a hand-edited file gets wrong in plain words, not the schema checker’s', () => {
    const meeting = conferenceMeeting()
    const [person] = meeting.participants
    if (!person) throw new Error('a person expected')
    const file = JSON.parse(writeInterchange(meeting, new Date('2026-12-02T12:00:00Z'))) as {
      meeting: Record<string, unknown>
    }
    delete file.meeting['date']
    file.meeting['familyName'] = 42
    file.meeting['participants'] = [{ ...person, attendance: { status: 'maybe' } }]
    file.meeting['createdAt'] = 'yesterday'
    const read = readInterchange(JSON.stringify(file))
    expect(read.ok).toBe(false)
    if (read.ok) return
    const said = new Map(read.problems.map((problem) => [problem.path, problem.message]))
    expect(said.get('meeting.date')).toBe('This is missing')
    expect(said.get('meeting.familyName')).toBe('Expected text, not a number')
    expect(said.get('meeting.participants[0].attendance.status')).toBe(
      'This is not one of the values Convene writes here',
    )
    expect(said.get('meeting.createdAt')).toBe(
      'Expected a date and time as Convene writes it (2026-11-22T09:30:00.000Z)',
    )
    for (const { message } of read.problems)
      expect(message).not.toMatch(/Invalid input|received|ISO|UUID|JSON|undefined/)
    // A problem inside the record is named where it is, not as 'not any form of record'.
    const record = JSON.parse(writeInterchange(meeting, new Date('2026-12-02T12:00:00Z'))) as {
      meeting: { record: Record<string, unknown> }
    }
    record.meeting.record['analysis'] = 5
    const inRecord = readInterchange(JSON.stringify(record))
    expect(inRecord.ok ? null : inRecord.problems).toContainEqual({
      path: 'meeting.record.analysis',
      message: 'Expected text, not a number',
    })
    const notAMeeting = readInterchange('{"format":"convene-meeting","meeting":[1,2]}')
    expect(notAMeeting.ok ? null : notAMeeting.problems).toEqual([
      { path: 'meeting', message: 'Expected a meeting here, not a list' },
    ])
  })

  it('keeps everyone and everything in a file whose version was taken out by hand', () => {
    const meeting = conferenceMeeting()
    const file = JSON.parse(writeInterchange(meeting, new Date('2026-12-02T12:00:00Z'))) as {
      meeting: Record<string, unknown>
      journal?: unknown
    }
    delete file.meeting['schemaVersion']
    delete file.journal
    const read = readInterchange(JSON.stringify(file))
    // Read as a version-0 (hand-written) meeting: what it lacks is added, nothing it has is dropped.
    expect(read.ok ? read.meeting : read.problems).toEqual(meeting)
  })

  it('says plainly, without the parser’s words, when the file stops part-way through', () => {
    for (const cut of ['{ "format": ', '{ "format": "convene-meet']) {
      const outcome = readInterchange(cut)
      expect(outcome.ok).toBe(false)
      if (outcome.ok) return
      expect(outcome.reason).toBe('not-json')
      expect(outcome.problems[0]?.message).toMatch(/stops part-way through.*Export the meeting file again/)
      expect(outcome.problems[0]?.message).not.toMatch(/JSON|token|position/)
    }
  })

  it('says a meeting file cut at any point stops part-way through, and names a file with something added', () => {
    const whole = writeInterchange(aMeeting(), new Date('2026-12-02T09:00:00Z'))
    const said = new Map<string, number>()
    for (let at = 1; at < whole.trimEnd().length; at += 1) {
      const outcome = readInterchange(whole.slice(0, at))
      const message = outcome.ok ? 'read' : (outcome.problems[0]?.message ?? '')
      said.set(message.split(':')[0] ?? '', (said.get(message.split(':')[0] ?? '') ?? 0) + 1)
    }
    expect([...said.keys()]).toEqual(['This file stops part-way through'])
    for (const changed of [`${whole}x`, `${whole}${whole}`, whole.replace('"meeting"', '"meeting" oops')]) {
      const outcome = readInterchange(changed)
      expect(!outcome.ok && outcome.problems[0]?.message).toMatch(
        /^This meeting file has been changed since it was exported/,
      )
    }
    const empty = readInterchange('  \n')
    expect(!empty.ok && empty.problems[0]?.message).toMatch(/^This file is empty/)
  })

  it('says plainly when the file is some other kind of file, or not a meeting at all', () => {
    for (const text of ['Minutes, typed in Word', '[1, 2, 3]', '42', 'null']) {
      const outcome = readInterchange(text)
      expect(outcome.ok).toBe(false)
      if (outcome.ok) return
      expect(outcome.problems).toEqual([
        {
          path: '(the file)',
          message: expect.stringMatching(/^This is not a Convene meeting file\. .*Export meeting file/),
        },
      ])
      expect(outcome.problems[0]?.message).not.toMatch(/JSON|token/)
    }
  })

  it('says plainly when the file is some other JSON, rather than listing what it lacks', () => {
    for (const text of [
      '{"name": "something else"}',
      '{"format": "convene-settings/1", "settings": {}}',
      '{}',
    ]) {
      const outcome = readInterchange(text)
      expect(outcome.ok).toBe(false)
      if (outcome.ok) return
      expect(outcome.problems).toEqual([
        { path: '(the file)', message: expect.stringMatching(/^This is not a Convene meeting file\. /) },
      ])
    }
  })

  it('lists what is wrong in a file that holds a meeting but is not marked as a meeting file', () => {
    const outcome = readInterchange(JSON.stringify({ format: 'something-else', meeting: aMeeting() }))
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.problems.map((problem) => problem.path)).toEqual(['format'])
  })

  it('prefixes each problem with where it is in the file', () => {
    const text = JSON.stringify({ format: 'convene-meeting', meeting: { ...aMeeting(), familyName: '' } })
    const outcome = readInterchange(text)
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.problems).toEqual([{ path: 'meeting.familyName', message: 'Enter a name' }])
  })
})
