import { describe, expect, it } from 'vitest'
import { statementWording } from '../../../shared/rules/danger-statement.ts'
import { possibleSpeakers, scalePeople } from '../../../shared/rules/people.ts'
import { aMeeting } from '../../helpers/builders.ts'
import { addPerson, applyAll } from '../../helpers/commands.ts'

describe('statementWording', () => {
  it('speaks of the children where the meeting is about more than one', () => {
    expect(statementWording('goal', 'they sleep through the night in a calm home.', 2).opening).toBe(
      'We will know the children are safe when',
    )
    expect(statementWording('goal', 'she sleeps through the night.', 1).opening).toBe(
      'We will know the child is safe when',
    )
  })

  it('adds the opening only where the chair wrote the end of the sentence', () => {
    expect(statementWording('danger', 'Zosia will be hurt if the arguments at night carry on.')).toEqual({
      opening: 'We are worried that',
      text: 'Zosia will be hurt if the arguments at night carry on.',
    })
    for (const written of [
      'We are worried that Zosia will be hurt if the arguments carry on.',
      'we are worried that Zosia will be hurt',
      'Everyone is worried that Zosia will be frightened at night.',
      'Children’s Services and the school are concerned that Zosia misses meals.',
    ])
      expect(statementWording('danger', written).opening).toBeNull()
  })

  it('introduces a goal written as what will be without ‘when … will’', () => {
    expect(
      statementWording('goal', 'Zosia will have two trusted adults who check on her every day.', 2),
    ).toEqual({
      opening: 'What will make the children safe:',
      text: 'Zosia will have two trusted adults who check on her every day.',
    })
    expect(statementWording('goal', 'Anna and Piotr will keep the flat warm.', 1).opening).toBe(
      'What will make the child safe:',
    )
  })

  it('does not double the safety goal’s opening either', () => {
    expect(statementWording('goal', 'Zosia sleeps through the night in a calm home.').opening).toBe(
      'We will know the child is safe when',
    )
    for (const written of [
      'We will know the child is safe when Zosia sleeps through the night.',
      'Everyone will know Zosia is safe when she tells her teacher so.',
      'Zosia will be safe enough when there is a calm adult at home every night.',
    ])
      expect(statementWording('goal', written).opening).toBeNull()
  })
})

describe('who takes part in the room', () => {
  const meeting = applyAll(aMeeting(), [
    addPerson('Anna Kowalska', 'family', 'Mother'),
    addPerson('Helen Okafor', 'professional', 'Chair'),
    addPerson('Jamie Reid', 'professional', 'Minute taker'),
    addPerson('Sarah Jones', 'professional', 'Health visitor'),
    addPerson('Priya Shah', 'professional', 'Social worker'),
    addPerson('Tom Price', 'professional', 'Police officer'),
  ])
  const id = (name: string): string => meeting.participants.find((person) => person.name === name)?.id ?? ''
  const withAttendance = applyAll(meeting, [
    {
      type: 'update-participant',
      participantId: id('Priya Shah'),
      patch: { attendance: { status: 'apologies', from: null, until: null, reason: '' } },
    },
    {
      type: 'update-participant',
      participantId: id('Tom Price'),
      patch: { attendance: { status: 'report-only', from: null, until: null, reason: '' } },
    },
    { type: 'set-chair', participantId: id('Helen Okafor') },
    { type: 'set-minute-taker', participantId: id('Jamie Reid') },
  ])
  const names = (people: ReadonlyArray<{ readonly name: string }>) => people.map((person) => person.name)

  it('offers as speakers everyone but those who sent apologies or only a report', () => {
    expect(names(possibleSpeakers(withAttendance.participants))).toEqual([
      'Anna Kowalska',
      'Helen Okafor',
      'Jamie Reid',
      'Sarah Jones',
    ])
    expect(names(possibleSpeakers(withAttendance.participants, id('Priya Shah')))).toContain('Priya Shah')
  })

  it('puts on the safety scale neither the chair nor the minute taker, unless they were already given a score', () => {
    expect(names(scalePeople(withAttendance))).toEqual(['Anna Kowalska', 'Sarah Jones'])
    expect(names(scalePeople(withAttendance, new Set([id('Helen Okafor')])))).toEqual([
      'Anna Kowalska',
      'Helen Okafor',
      'Sarah Jones',
    ])
  })
})

describe('values that cannot be true', () => {
  it('refuses a date of birth after today, and takes today and earlier', async () => {
    const { dateOfBirthProblem } = await import('../../../shared/rules/plausible.ts')
    expect(dateOfBirthProblem('2027-03-14', '2026-11-28')).toMatch(/cannot be after today \(28\/11\/2026\)/)
    expect(dateOfBirthProblem('2026-11-28', '2026-11-28')).toBeNull()
    expect(dateOfBirthProblem(null, '2026-11-28')).toBeNull()
  })

  it('refuses attendance that ends before it starts', async () => {
    const { attendanceTimesProblem } = await import('../../../shared/rules/plausible.ts')
    expect(attendanceTimesProblem({ from: '11:00', until: '10:30' })).toBe(
      'The time they leave (10:30) must be after the time they come in (11:00).',
    )
    expect(attendanceTimesProblem({ from: '11:00', until: '11:00' })).not.toBeNull()
    expect(attendanceTimesProblem({ from: '10:45', until: '12:00' })).toBeNull()
    expect(attendanceTimesProblem({ from: null, until: '10:30' })).toBeNull()
  })
})

describe('commands refuse what cannot be true', () => {
  const at = (iso: string) => ({ now: new Date(iso), newId: () => crypto.randomUUID() })

  it('refuses a child born after today, in plain words', async () => {
    const { applyCommand } = await import('../../../shared/meeting/meeting-command.ts')
    const meeting = aMeeting()
    const child = meeting.children[0]
    if (!child) throw new Error('no child')
    const refused = applyCommand(
      meeting,
      { type: 'update-details', patch: { children: [{ ...child, dateOfBirth: '2027-03-14' }] } },
      at('2026-11-28T10:00:00Z'),
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(!refused.ok && refused.error.message).toMatch(
      /Marigold Thistlewood: A date of birth cannot be after today/,
    )
  })

  it('refuses part attendance from 11:00 until 10:30', async () => {
    const { applyCommand } = await import('../../../shared/meeting/meeting-command.ts')
    const meeting = applyAll(aMeeting(), [addPerson('Piotr Kowalski', 'family', 'Father')])
    const piotr = meeting.participants[0]?.id ?? ''
    const refused = applyCommand(
      meeting,
      {
        type: 'update-participant',
        participantId: piotr,
        patch: { attendance: { status: 'part', from: '11:00', until: '10:30', reason: '' } },
      },
      at('2026-12-02T10:00:00Z'),
    )
    expect(!refused.ok && refused.error.message).toBe(
      'The time they leave (10:30) must be after the time they come in (11:00).',
    )
  })

  it('refuses to sign the minutes before the day of the meeting', async () => {
    const { applyCommand } = await import('../../../shared/meeting/meeting-command.ts')
    const meeting = aMeeting({ date: '2026-12-02' })
    const early = applyCommand(
      meeting,
      { type: 'sign-off', openItems: [], reason: '' },
      at('2026-12-01T16:00:00Z'),
    )
    expect(!early.ok && early.error.message).toMatch(
      /The meeting is on 02\/12\/2026: its minutes can be signed from that day/,
    )
    expect(
      applyCommand(meeting, { type: 'sign-off', openItems: [], reason: '' }, at('2026-12-02T09:00:00Z')).ok,
    ).toBe(true)
  })
})

describe('signing a meeting the chair did not end', () => {
  const at = (iso: string) => ({ now: new Date(iso) })
  it('ends it, and looking through its sections afterwards never starts it again', async () => {
    const { applyCommand } = await import('../../../shared/meeting/meeting-command.ts')
    const meeting = aMeeting({ date: '2026-12-02' })
    const second = meeting.agenda[1]?.key ?? ''
    const step = (current: typeof meeting, command: Parameters<typeof applyCommand>[1], when: string) => {
      const result = applyCommand(current, command, at(when))
      if (!result.ok) throw new Error(result.error.message)
      return result.value as typeof meeting
    }
    const started = step(meeting, { type: 'start-meeting' }, '2026-12-02T10:00:00Z')
    const signed = step(started, { type: 'sign-off', openItems: [], reason: '' }, '2026-12-02T12:00:00Z')
    expect(signed.status).toBe('ended')
    expect(signed.live.endedAt).toBe('2026-12-02T12:00:00.000Z')
    expect(signed.live.visits.every((visit) => visit.until !== null)).toBe(true)
    const looked = step(signed, { type: 'go-to-section', sectionKey: second }, '2026-12-03T09:00:00Z')
    expect(looked.status).toBe('ended')
    expect(looked.live.endedAt).toBe('2026-12-02T12:00:00.000Z')
    expect(looked.live.visits).toEqual(signed.live.visits)
  })
})

describe('a link to a section to fix something in it', () => {
  it('does not start a meeting not yet started, and moves one under way as the room does', async () => {
    const { applyCommand } = await import('../../../shared/meeting/meeting-command.ts')
    const meeting = aMeeting({ date: '2026-12-02' })
    const voice = meeting.agenda[3]?.key ?? ''
    const looked = applyCommand(
      meeting,
      { type: 'go-to-section', sectionKey: voice, toLook: true },
      {
        now: new Date('2026-12-01T15:00:00Z'),
      },
    )
    if (!looked.ok) throw new Error(looked.error.message)
    expect(looked.value.live.startedAt).toBeNull()
    expect(looked.value.live.visits).toEqual([])
    expect(looked.value.status).toBe(meeting.status)
    expect(looked.value.live.currentSectionKey).toBe(voice)
    // Without it, moving to a section is how a chair may begin.
    const moved = applyCommand(
      meeting,
      { type: 'go-to-section', sectionKey: voice },
      {
        now: new Date('2026-12-02T10:00:00Z'),
      },
    )
    if (!moved.ok) throw new Error(moved.error.message)
    expect(moved.value.live.startedAt).toBe('2026-12-02T10:00:00.000Z')
  })
})

describe('keyDateStatus', () => {
  it('says a meeting arranged for a day to come is arranged, not done', async () => {
    const { keyDateStatus } = await import('../../../shared/kinds/conference/rules/key-date-status.ts')
    const today = '2026-11-28'
    expect(keyDateStatus({ set: '2026-11-29', due: '2026-12-15' }, today)).toBe('Arranged for 29/11/2026')
    expect(keyDateStatus({ set: '2026-12-20', due: '2026-12-15' }, today)).toBe(
      'Arranged for 20/12/2026: after the due date',
    )
    expect(keyDateStatus({ set: '2026-11-28', due: '2026-12-15' }, today)).toBe('Done')
    expect(keyDateStatus({ set: '2026-11-20', due: '2026-11-10' }, today)).toBe('Done, after the due date')
    expect(keyDateStatus({ set: null, due: '2026-12-15' }, today)).toBeNull()
  })
})
