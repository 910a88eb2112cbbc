import { randomBytes, randomUUID } from 'node:crypto'
import type { ConferenceMeetingValue, Meeting, MediationMeetingValue } from '../../shared/meeting/meeting.ts'
import type { MeetingCore } from '../../shared/model/meeting-core.ts'
import type { ConferenceRecord } from '../../shared/kinds/conference/record.ts'
import { blankMeeting } from '../../shared/meeting/blank-meeting.ts'
import { defaultAgenda } from '../../shared/settings/default-agenda.ts'
import type { MeetingDraft } from '../../electron/services/store/meeting-store.ts'

/** A meeting draft with distinctive names, so a test can search for them. */
export function aDraft(overrides: Partial<MeetingDraft> = {}): MeetingDraft {
  return {
    kind: 'icpc',
    caseId: null,
    familyName: 'Wiśniewska-Oyelaran',
    date: '2026-12-02',
    startTime: '10:00',
    children: [{ name: 'Zuzanna Quillfeather', dateOfBirth: '2018-03-14' }],
    agenda: defaultAgenda(overrides.kind ?? 'icpc'),
    ...overrides,
  }
}

/** What a test may set of a conference: the shared fields, its kind, and parts of its record. */
export type ConferenceOverrides = Partial<MeetingCore> & {
  readonly kind?: ConferenceMeetingValue['kind']
  readonly record?: Partial<ConferenceRecord>
}

/** A complete conference (an initial one unless told), valid against the schema. */
export function aMeeting(overrides: ConferenceOverrides = {}): ConferenceMeetingValue {
  const kind = overrides.kind ?? 'icpc'
  const blank = blankMeeting({
    id: randomUUID(),
    caseId: null,
    kind,
    familyName: 'Thistlewood',
    date: '2026-12-02',
    startTime: null,
    children: [
      { id: randomUUID(), name: 'Marigold Thistlewood', dateOfBirth: '2019-06-01', knownAs: 'Goldie' },
    ],
    agenda: defaultAgenda(kind),
    at: '2026-11-22T09:00:00.000Z',
  }) as ConferenceMeetingValue
  const { record, ...core } = overrides
  return { ...blank, location: 'Civic Offices', ...core, kind, record: { ...blank.record, ...record } }
}

/** A complete mediation meeting (a MIAM unless told), valid against the schema. */
export function aMediationMeeting(
  overrides: Partial<MeetingCore> & { readonly kind?: MediationMeetingValue['kind'] } = {},
): MediationMeetingValue {
  const kind = overrides.kind ?? 'miam'
  const blank = blankMeeting({
    id: randomUUID(),
    caseId: null,
    kind,
    familyName: 'Thistlewood',
    date: '2026-12-02',
    startTime: null,
    children: [],
    agenda: defaultAgenda(kind),
    at: '2026-11-22T09:00:00.000Z',
  }) as MediationMeetingValue
  return { ...blank, ...overrides, kind, record: blank.record }
}

/** Any meeting, as a test may need one of either family. */
export type AnyMeeting = Meeting

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
