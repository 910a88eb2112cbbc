import { currentSchemaVersion, type Meeting } from '../../shared/model/meeting.ts'

/** A meeting for renderer tests (no Node crypto here). */
export function aMeetingForRenderer(): Meeting {
  return {
    schemaVersion: currentSchemaVersion,
    id: '6f1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a12',
    kind: 'icpc',
    familyName: 'Kowalski',
    date: '2026-12-02',
    startTime: null,
    location: '',
    purpose: '',
    preparationNotes: '',
    status: 'planned',
    children: [],
    notes: [],
    revision: 0,
    createdAt: '2026-11-22T09:00:00.000Z',
    updatedAt: '2026-11-22T09:00:00.000Z',
  }
}
