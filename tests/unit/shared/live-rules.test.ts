import { describe, expect, it } from 'vitest'
import { statementWording } from '../../../shared/rules/danger-statement.ts'
import { possibleSpeakers, scalePeople } from '../../../shared/rules/people.ts'
import { aMeeting } from '../../helpers/builders.ts'
import { addPerson, applyAll } from '../../helpers/commands.ts'

describe('statementWording', () => {
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
