import type { Meeting } from '../../shared/meeting/meeting.ts'
import { blankMeeting } from '../../shared/meeting/blank-meeting.ts'
import { defaultAgenda } from '../../shared/settings/default-agenda.ts'

/** A meeting for renderer tests (no Node crypto here). */
export function aMeetingForRenderer(): Meeting {
  return blankMeeting({
    id: '6f1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a12',
    caseId: null,
    kind: 'icpc',
    familyName: 'Kowalski',
    date: '2026-12-02',
    startTime: null,
    children: [],
    agenda: defaultAgenda('icpc'),
    at: '2026-11-22T09:00:00.000Z',
  })
}
