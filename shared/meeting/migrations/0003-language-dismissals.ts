import type { Migration } from './migration.ts'

/**
 * Version 3 adds the language assistant's dismissals: wordings the chair has chosen to keep for the whole
 * meeting ('this rule, this wording'). A meeting from before has none.
 */
export const addLanguageDismissals: Migration = {
  from: 2,
  to: 3,
  name: 'add language dismissals',
  migrate: (meeting) => ({ languageDismissals: [], ...meeting, schemaVersion: 3 }),
}
