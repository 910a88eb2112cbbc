import { moduleOf } from '../kinds/registry.ts'
import { fail, ok, type Result } from '../util/result.ts'
import type { Meeting } from './meeting.ts'
import { migrateMeeting } from './migrations.ts'

/** A meeting as a signed version locked it, or as it stands (a draft). */
export type MeetingVersion = {
  readonly meeting: Meeting
  /** When it was signed; null for the record as it stands before sign-off. */
  readonly signedAt: string | null
  readonly number: number | null
  /** True for a version signed on another laptop: its documents are not made here. */
  readonly signedElsewhere: boolean
}

/**
 * The meeting as signed version `number` locked it; with no number, the record as it stands: the latest
 * signed version while it is signed, else the draft. A version signed under an earlier schema is brought
 * up to date as any saved meeting is.
 */
export function meetingVersion(meeting: Meeting, number: number | null): Result<MeetingVersion> {
  const module = moduleOf(meeting.kind)
  if (number === null && !module.isSigned(meeting))
    return ok({ meeting, signedAt: null, number: null, signedElsewhere: false })
  const versions = module.signedVersions(meeting)
  const version =
    number === null ? versions.at(-1) : versions.find((candidate) => candidate.number === number)
  if (!version) return fail('not-found', 'That signed version of the minutes is not kept here.')
  let snapshot: unknown
  try {
    snapshot = JSON.parse(version.snapshot)
  } catch {
    return fail('invalid-file', 'That signed version could not be read back.')
  }
  if (typeof snapshot !== 'object' || snapshot === null)
    return fail('invalid-file', 'That signed version could not be read back.')
  const migrated = migrateMeeting(module.restoreSnapshot(snapshot as Record<string, unknown>))
  if (!migrated.ok) return fail('invalid-file', 'That signed version could not be read back.')
  return ok({
    meeting: migrated.meeting,
    signedAt: version.signedAt,
    number: version.number,
    signedElsewhere: version.signedElsewhere === true,
  })
}
