import { currentSchemaVersion, MeetingSchema, type Meeting } from './meeting.ts'
import { formatPath, problemsOf, type Problem } from '../model/problems.ts'
import { describeValue } from '../model/plain-errors.ts'
import type { Migration, UnversionedMeeting } from './migrations/migration.ts'
import { stampSchemaVersion } from './migrations/0001-stamp-schema-version.ts'
import { addPeopleAgendaAndLiveRecord } from './migrations/0002-people-agenda-and-live-record.ts'
import { addLanguageDismissals } from './migrations/0003-language-dismissals.ts'
import { addDecisionPlanAndDates } from './migrations/0004-decision-plan-and-dates.ts'
import { addSignedVersions } from './migrations/0005-signed-versions.ts'
import { splitCoreAndKindRecord } from './migrations/0006-core-and-kind-record.ts'
import { keepVersionsInTheJournal } from './migrations/0007-versions-in-the-journal.ts'

/** Every migration, in order. Each one's `to` is the next one's `from`, ending at the current schema version. */
export const migrations: ReadonlyArray<Migration> = [
  stampSchemaVersion,
  addPeopleAgendaAndLiveRecord,
  addLanguageDismissals,
  addDecisionPlanAndDates,
  addSignedVersions,
  splitCoreAndKindRecord,
  keepVersionsInTheJournal,
]

export { formatPath, problemsOf, type Problem } from '../model/problems.ts'

/** A meeting brought up to date, or every problem that stops it being read. */
export type MigrationOutcome =
  | { readonly ok: true; readonly meeting: Meeting; readonly migratedFrom: number }
  | {
      readonly ok: false
      readonly reason: 'newer-version' | 'invalid'
      readonly problems: ReadonlyArray<Problem>
    }

/** Brings a meeting of any known schema version up to the current one and checks it against the schema. */
export function migrateMeeting(raw: unknown, pathPrefix = ''): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      reason: 'invalid',
      problems: [
        { path: formatPath([], pathPrefix), message: `Expected a meeting here, not ${describeValue(raw)}` },
      ],
    }
  }
  let meeting: UnversionedMeeting = raw as UnversionedMeeting
  const declared = meeting['schemaVersion']
  const startVersion = declared === undefined ? 0 : declared
  if (typeof startVersion !== 'number' || !Number.isInteger(startVersion) || startVersion < 0) {
    return {
      ok: false,
      reason: 'invalid',
      problems: [{ path: formatPath(['schemaVersion'], pathPrefix), message: 'Expected a whole number' }],
    }
  }
  if (startVersion > currentSchemaVersion) {
    return {
      ok: false,
      reason: 'newer-version',
      problems: [
        {
          path: formatPath(['schemaVersion'], pathPrefix),
          message: `This meeting was saved by a newer version of Convene (schema ${startVersion}; this version reads up to ${currentSchemaVersion}). Update Convene to open it.`,
        },
      ],
    }
  }
  let version = startVersion
  for (const migration of migrations) {
    if (migration.from === version) {
      meeting = migration.migrate(meeting)
      version = migration.to
    }
  }
  const parsed = MeetingSchema.safeParse(meeting)
  if (!parsed.success) return { ok: false, reason: 'invalid', problems: problemsOf(parsed.error, pathPrefix) }
  return { ok: true, meeting: parsed.data, migratedFrom: startVersion }
}
