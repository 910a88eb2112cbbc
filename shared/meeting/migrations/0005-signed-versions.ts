import type { Migration } from './migration.ts'

/**
 * Version 5 keeps each signed version of the minutes (a locked snapshot with its hash) and the correction
 * in progress, if any. A meeting from before has no signed versions: one signed off under version 4 is
 * signed again, which makes its first locked version.
 */
export const addSignedVersions: Migration = {
  from: 4,
  to: 5,
  name: 'add signed versions',
  migrate: (meeting) => ({
    signedVersions: [],
    correction: null,
    ...meeting,
    signOff: null,
    schemaVersion: 5,
  }),
}
