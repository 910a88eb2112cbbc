import { describe, expect, it } from 'vitest'
import { checkNewMeeting, type NewMeetingForm } from '../../renderer/new-meeting/check-new-meeting.ts'
import { formatRoute, parseRoute } from '../../renderer/app/router.ts'

const form: NewMeetingForm = {
  kind: 'icpc',
  date: '2026-12-02',
  dateValid: true,
  startTime: '9.30',
  familyName: '  Kowalski ',
  children: [{ key: 'a', name: 'Zofia', knownAs: 'Zosia', dateOfBirth: null }],
  childDatesValid: {},
}

describe('checkNewMeeting', () => {
  it('accepts a complete form and tidies it', () => {
    expect(checkNewMeeting(form)).toEqual({
      problems: [],
      draft: {
        kind: 'icpc',
        date: '2026-12-02',
        startTime: '09:30',
        familyName: 'Kowalski',
        children: [{ name: 'Zofia', knownAs: 'Zosia', dateOfBirth: null }],
      },
    })
  })

  it('lists every problem against its field, in the order of the form', () => {
    const checked = checkNewMeeting({
      ...form,
      kind: null,
      date: null,
      startTime: '25:00',
      familyName: ' ',
      children: [{ key: 'a', name: '', knownAs: '', dateOfBirth: null }],
      childDatesValid: { a: false },
    })
    expect(checked.draft).toBeNull()
    expect(checked.problems.map((problem) => problem.fieldId)).toEqual([
      'new-kind',
      'new-date',
      'new-start-time',
      'new-family-name',
      'new-child-name-0',
      'new-child-dob-0',
    ])
  })
})

describe('the router', () => {
  it('reads and writes each screen', () => {
    const id = '6f1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a12'
    for (const route of [
      { screen: 'meeting', meetingId: id, tab: 'setup' },
      { screen: 'meeting', meetingId: id, tab: 'live' },
      { screen: 'meeting', meetingId: id, tab: 'decision' },
      { screen: 'meeting', meetingId: id, tab: 'language' },
      { screen: 'presenter', meetingId: id },
      { screen: 'settings' },
    ] as const) {
      expect(parseRoute(formatRoute(route))).toEqual(route)
    }
    expect(parseRoute('#/new')).toEqual({ screen: 'new-meeting' })
    expect(parseRoute('#/meetings/not-an-id')).toEqual({ screen: 'meetings' })
    expect(parseRoute(`#/meetings/${id}/nonsense`)).toEqual({ screen: 'meetings' })
    expect(parseRoute('')).toEqual({ screen: 'meetings' })
  })
})
