import type { Migration } from './migration.ts'

/**
 * Version 0 is a meeting with no `schemaVersion`: what a script or a hand-written interchange file produces.
 * It gains the version stamp and an empty value for every collection and text it leaves out, so that the
 * strict schema can check the rest.
 */
export const stampSchemaVersion: Migration = {
  from: 0,
  to: 1,
  name: 'stamp the schema version and fill in empty defaults',
  migrate(meeting) {
    return {
      startTime: null,
      location: '',
      purpose: '',
      preparationNotes: '',
      status: 'planned',
      children: [],
      notes: [],
      revision: 0,
      ...meeting,
      schemaVersion: 1,
    }
  },
}
