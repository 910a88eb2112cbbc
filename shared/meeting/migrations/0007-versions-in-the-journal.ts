import type { Migration } from './migration.ts'

/**
 * Version 7 keeps signed versions in the meeting's journal: a version signed from now on holds the hash of
 * the meeting as signed and no copy of it (the journal rebuilds it), and an interchange file carries the
 * journal. A version signed before keeps its `snapshot`, which is read as it was; the store moves it into
 * the journal the first time the meeting is opened. A mediation record gains its MIAM and its session, not
 * started (null).
 */
export const keepVersionsInTheJournal: Migration = {
  from: 6,
  to: 7,
  name: 'keep signed versions in the journal; a mediation record gains its MIAM',
  migrate: (meeting) => {
    const record = meeting['record']
    const mediation =
      typeof record === 'object' && record !== null && (record as { family?: unknown }).family === 'mediation'
    return {
      ...meeting,
      ...(mediation ? { record: { miam: null, session: null, ...(record as object) } } : {}),
      schemaVersion: 7,
    }
  },
}
