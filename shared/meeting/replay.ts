import { fail, ok, type Result } from '../util/result.ts'
import type { JournalEntry } from './journal-entry.ts'
import { currentSchemaVersion, type Meeting } from './meeting.ts'
import { applyCommand, MeetingCommandSchema } from './meeting-command.ts'
import { migrateMeeting } from './migrations.ts'
import { versionHash } from '../model/version-hash.ts'

/** A journal entry's command for a change that is not a command: the whole meeting as it became. */
export type ReplaceMeeting = { readonly type: 'replace-meeting'; readonly meeting: Meeting }

/**
 * A journal entry that changes nothing but holds the whole meeting as it stands, so that what came before
 * it need not be read to rebuild what comes after (a signed version): the first entry of every meeting made
 * here, the first after an imported meeting's history, and the first of a meeting saved before journals.
 */
export type KeepWhole = {
  readonly type: 'keep-whole'
  readonly reason: 'created' | 'imported' | 'followed' | 'kept'
  readonly meeting: Meeting
}

/**
 * A journal entry that changes nothing but keeps a version signed before versions lived in the journal: the
 * meeting as signed, as the JSON its hash covers. Written once, when such a meeting is first opened.
 */
export type KeepVersion = {
  readonly type: 'keep-version'
  readonly number: number
  readonly snapshot: string
}

/** The commands the store itself journals, besides the meeting commands. */
export type StoreCommand = ReplaceMeeting | KeepWhole | KeepVersion

function typeOf(command: unknown): unknown {
  return typeof command === 'object' && command !== null && 'type' in command ? command.type : undefined
}

/** True for an entry holding the whole meeting, from which a replay can start. */
export function holdsWholeMeeting(entry: JournalEntry): boolean {
  const type = typeOf(entry.command)
  return type === 'replace-meeting' || type === 'keep-whole'
}

/** The version kept by a `keep-version` entry, or null for any other entry. */
export function keptVersion(
  entry: JournalEntry,
): { readonly number: number; readonly snapshot: string } | null {
  const command = entry.command as Partial<KeepVersion> | null
  return typeOf(command) === 'keep-version' &&
    typeof command?.number === 'number' &&
    typeof command.snapshot === 'string'
    ? { number: command.number, snapshot: command.snapshot }
    : null
}

/** The meeting after one journal entry, exactly as it was when the entry was appended. */
export function replayEntry(meeting: Meeting, entry: JournalEntry): Result<Meeting> {
  const type = typeOf(entry.command)
  let next: Meeting
  if (type === 'keep-version') next = meeting
  else if (type === 'replace-meeting' || type === 'keep-whole') {
    const migrated = migrateMeeting((entry.command as { readonly meeting?: unknown }).meeting)
    if (!migrated.ok) return fail('invalid-file', 'A change in the journal could not be read.')
    next = migrated.meeting
  } else {
    const parsed = MeetingCommandSchema.safeParse(entry.command)
    if (!parsed.success) return fail('invalid-file', 'A change in the journal could not be read.')
    const applied = applyCommand(meeting, parsed.data, { now: new Date(entry.at) })
    if (!applied.ok) return applied
    next = applied.value
  }
  return ok({
    ...next,
    id: meeting.id,
    schemaVersion: currentSchemaVersion,
    revision: entry.revision,
    updatedAt: entry.at,
  } as Meeting)
}

/**
 * Where a history does not lead to the meeting it came with, in plain words, or null where it does: from
 * its first entry holding the whole meeting, every change replayed, the meeting it ends at is the meeting
 * (its revision and time of last change aside, which housekeeping entries leave as they were). A history
 * brought in from a file is checked this way, so one cannot be written to tell another story.
 */
export function historyBreak(
  journal: ReadonlyArray<JournalEntry>,
  meeting: Meeting,
): { readonly index: number; readonly message: string } | null {
  if (journal.length === 0) return null
  let replayed: Meeting | null = null
  for (const [index, entry] of journal.entries()) {
    if (replayed === null && !holdsWholeMeeting(entry)) continue
    const next = replayEntry(replayed ?? meeting, entry)
    if (!next.ok)
      return {
        index,
        message: `Entry ${index + 1} of the history cannot be made to the meeting as the entries before it leave it: the history does not lead to this meeting.`,
      }
    replayed = next.value
  }
  if (replayed === null)
    return {
      index: 0,
      message: 'The history never holds the whole meeting, so it cannot be checked against the meeting.',
    }
  return versionHash(replayed) === versionHash(meeting)
    ? null
    : {
        index: journal.length - 1,
        message:
          'The history does not lead to the meeting in the file: the meeting or its history was changed outside Convene.',
      }
}
