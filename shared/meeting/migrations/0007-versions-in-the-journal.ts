import type { Migration } from './migration.ts'

/**
 * Version 7 keeps signed versions in the meeting's journal: a version signed from now on holds the hash of
 * the meeting as signed and no copy of it (the journal rebuilds it), and an interchange file carries the
 * journal. A version signed before keeps its `snapshot`, which is read as it was; the store moves it into
 * the journal the first time the meeting is opened. Nothing in a meeting of version 6 changes.
 */
export const keepVersionsInTheJournal: Migration = {
  from: 6,
  to: 7,
  name: 'keep signed versions in the journal',
  migrate: (meeting) => ({ ...meeting, schemaVersion: 7 }),
}
