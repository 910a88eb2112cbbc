import { randomBytes, randomUUID } from 'node:crypto'
import type { Meeting } from '../../shared/model/meeting.ts'
import { blankMeeting } from '../../shared/model/blank-meeting.ts'
import { defaultAgenda } from '../../shared/settings/default-agenda.ts'
import type { MeetingDraft } from '../../electron/services/store/meeting-store.ts'

/** A meeting draft with distinctive names, so a test can search for them. */
export function aDraft(overrides: Partial<MeetingDraft> = {}): MeetingDraft {
  return {
    kind: 'icpc',
    familyName: 'Wiśniewska-Oyelaran',
    date: '2026-12-02',
    startTime: '10:00',
    children: [{ name: 'Zuzanna Quillfeather', dateOfBirth: '2018-03-14' }],
    agenda: defaultAgenda(overrides.kind ?? 'icpc'),
    ...overrides,
  }
}

/** A complete meeting, valid against the schema. */
export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  const blank = blankMeeting({
    id: randomUUID(),
    kind: overrides.kind ?? 'icpc',
    familyName: 'Thistlewood',
    date: '2026-12-02',
    startTime: null,
    children: [
      { id: randomUUID(), name: 'Marigold Thistlewood', dateOfBirth: '2019-06-01', knownAs: 'Goldie' },
    ],
    agenda: defaultAgenda(overrides.kind ?? 'icpc'),
    at: '2026-11-22T09:00:00.000Z',
  })
  return { ...blank, location: 'Civic Offices', ...overrides }
}

/** A random 32-byte data key. */
export function aKey(): Buffer {
  return randomBytes(32)
}

/** A fixed clock that can be moved on. */
export function aClock(start = '2026-11-22T09:00:00.000Z') {
  let now = new Date(start).getTime()
  return {
    now: () => new Date(now),
    advance: (milliseconds: number) => {
      now += milliseconds
    },
  }
}
