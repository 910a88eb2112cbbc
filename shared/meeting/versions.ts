import { moduleOf } from '../kinds/registry.ts'
import { fail, ok, type Result } from '../util/result.ts'
import type { JournalEntry } from './journal-entry.ts'
import type { Meeting } from './meeting.ts'
import { migrateMeeting } from './migrations.ts'
import { holdsWholeMeeting, keptVersion, replayEntry } from './replay.ts'
import { textHash, versionHash } from '../model/version-hash.ts'

/** A meeting as a signed version locked it, or as it stands (a draft). */
export type MeetingVersion = {
  readonly meeting: Meeting
  /** When it was signed; null for the record as it stands before sign-off. */
  readonly signedAt: string | null
  readonly number: number | null
  /** True for a version signed on another laptop: its documents are not made here. */
  readonly signedElsewhere: boolean
}

const notRebuilt = (number: number) =>
  fail(
    'invalid-file',
    `Version ${number} of the signed minutes could not be rebuilt exactly as it was signed from the meeting's history, so its documents are not made. Run convene audit on the data folder.`,
  )

/**
 * The meeting as signed version `number` locked it; with no number, the record as it stands: the latest
 * signed version while it is signed, else the draft. A version is rebuilt by replaying the meeting's
 * journal up to its sign-off, and checked against the hash it was signed with; a version signed before
 * versions lived in the journal is read from the copy the journal keeps of it (or, in a file written
 * then, from the meeting itself). A version signed on another laptop is only described: it is not rebuilt.
 */
export function meetingVersion(
  meeting: Meeting,
  number: number | null,
  journal: ReadonlyArray<JournalEntry>,
): Result<MeetingVersion> {
  const module = moduleOf(meeting.kind)
  if (number === null && !module.isSigned(meeting))
    return ok({ meeting, signedAt: null, number: null, signedElsewhere: false })
  const versions = module.signedVersions(meeting)
  const version =
    number === null ? versions.at(-1) : versions.find((candidate) => candidate.number === number)
  if (!version) return fail('not-found', 'That signed version of the minutes is not kept here.')
  const described = { signedAt: version.signedAt, number: version.number }
  if (version.signedElsewhere === true) return ok({ meeting, ...described, signedElsewhere: true })
  const rebuilt =
    version.snapshot !== undefined
      ? fromSnapshot(meeting, version.snapshot, version.hash)
      : rebuildVersion(meeting, version.number, version.hash, journal)
  return rebuilt === null
    ? notRebuilt(version.number)
    : ok({ meeting: rebuilt, ...described, signedElsewhere: false })
}

/** A version signed before schema 7, from the JSON it was signed as, checked against its hash. */
function fromSnapshot(meeting: Meeting, snapshot: string, hash: string): Meeting | null {
  if (textHash(snapshot) !== hash) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(snapshot)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const migrated = migrateMeeting(moduleOf(meeting.kind).restoreSnapshot(parsed as Record<string, unknown>))
  return migrated.ok ? migrated.meeting : null
}

/**
 * Version `number` rebuilt from the journal: from the newest entry holding the whole meeting before its
 * sign-off, each change replayed until the sign-off that made the version; or the version as a
 * `keep-version` entry kept it. Every candidate is checked against the version's hash, so an entry that
 * does not belong (brought in with a file's history) is passed over rather than trusted. Null when the
 * journal cannot rebuild it as it was signed.
 */
function rebuildVersion(
  meeting: Meeting,
  number: number,
  hash: string,
  journal: ReadonlyArray<JournalEntry>,
): Meeting | null {
  let replayed: Meeting | null = null
  for (const entry of journal) {
    const kept = keptVersion(entry)
    if (kept !== null) {
      const fromKept = kept.number === number ? fromSnapshot(meeting, kept.snapshot, hash) : null
      if (fromKept) return fromKept
      continue
    }
    const whole = holdsWholeMeeting(entry)
    if (replayed === null && !whole) continue
    const next = replayEntry(replayed ?? meeting, entry)
    if (!next.ok) {
      // A change that does not apply: what came before it cannot be the road to the version; start again
      // at the next whole meeting.
      replayed = null
      continue
    }
    const versions = moduleOf(next.value.kind).signedVersions(next.value).length
    // A whole meeting kept after the version was signed is no place to start from.
    if (whole && versions >= number && replayed === null) continue
    replayed = next.value
    if (versions >= number) {
      const signed = moduleOf(replayed.kind).withoutVersions(replayed) as Meeting
      if (versionHash(signed) === hash) return signed
      replayed = null
    }
  }
  return null
}
