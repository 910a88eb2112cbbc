import { join } from 'node:path'
import type { Meeting } from '../../../shared/meeting/meeting.ts'
import { migrateMeeting } from '../../../shared/meeting/migrations.ts'
import { replayEntry } from '../../../shared/meeting/replay.ts'
import { GenerationalFile } from './generational-file.ts'
import { genesisHash, Journal, type AppendFile, type JournalRead } from './journal.ts'
import type { MeetingSnapshot } from './journaled-meeting.ts'
import type { Logger } from '../logger.ts'

/** Where a meeting's files are and how they are sealed and written. */
export type MeetingFilesOptions = {
  readonly folder: string
  readonly key: Buffer
  readonly now: () => Date
  readonly logger: Logger
  readonly keep: number
  readonly writeFile: (path: string, contents: Buffer) => Promise<void>
  readonly appendFile?: AppendFile
}

/** The folder of one meeting: its snapshots (`*.cvn`) and its journal (`journal.cvj`). */
export function meetingFolder(options: Pick<MeetingFilesOptions, 'folder'>, id: string): string {
  return join(options.folder, 'meetings', id)
}

/** The journal's file in a meeting's folder. */
export function journalPath(options: Pick<MeetingFilesOptions, 'folder'>, id: string): string {
  return join(meetingFolder(options, id), 'journal.cvj')
}

function isSnapshot(raw: unknown): raw is {
  meeting: unknown
  journalSeq: number
  journalHead: string
  journalBytes?: number
  journalBase?: boolean
} {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    'journalSeq' in raw &&
    typeof raw.journalSeq === 'number' &&
    'journalHead' in raw &&
    typeof raw.journalHead === 'string' &&
    'meeting' in raw
  )
}

/**
 * A meeting's snapshots, as generations. A save written before the journal (a meeting on its own) reads as
 * a snapshot that includes no journal entry. Each is checked as a whole meeting: one that decrypts but
 * breaks the rules is passed over for the one before it, as a damaged one is.
 */
export function snapshotFile(options: MeetingFilesOptions, id: string): GenerationalFile<MeetingSnapshot> {
  return new GenerationalFile<MeetingSnapshot>({
    folder: meetingFolder(options, id),
    purpose: 'meeting',
    id,
    key: options.key,
    now: options.now,
    keep: options.keep,
    writeFile: options.writeFile,
    accept: (raw) => {
      const wrapped = isSnapshot(raw) ? raw : { meeting: raw, journalSeq: 0, journalHead: genesisHash }
      const migrated = migrateMeeting(wrapped.meeting)
      if (migrated.ok)
        return {
          ok: true,
          value: {
            meeting: migrated.meeting,
            journalSeq: wrapped.journalSeq,
            journalHead: wrapped.journalHead,
            ...('journalBytes' in wrapped && typeof wrapped.journalBytes === 'number'
              ? { journalBytes: wrapped.journalBytes }
              : {}),
            ...('journalBase' in wrapped && wrapped.journalBase === true ? { journalBase: true } : {}),
          },
        }
      options.logger.error('meeting.invalid-save', {
        meetingId: id,
        reason: migrated.reason,
        problems: migrated.problems.length,
      })
      return { ok: false, reason: migrated.reason }
    },
  })
}

/** A meeting's journal. */
export function journalFor(options: MeetingFilesOptions, id: string): Journal {
  return new Journal({
    path: journalPath(options, id),
    meetingId: id,
    key: options.key,
    ...(options.appendFile ? { appendFile: options.appendFile } : {}),
  })
}

/** A meeting rebuilt from its newest snapshot and the journal entries after it. */
export type RebuiltMeeting = {
  readonly meeting: Meeting
  readonly snapshot: MeetingSnapshot
  readonly snapshots: GenerationalFile<MeetingSnapshot>
  readonly journal: Journal
  readonly read: JournalRead
  /** Entries after the snapshot that were replayed. */
  readonly replayed: number
  /** The first entry that could not be used (damaged, off the chain, or not applying), or null. */
  readonly stoppedAt: number | null
  /** When the last change that was restored was made. */
  readonly restoredUpTo: string
}

/**
 * Rebuilds a meeting: its newest usable snapshot, then every good journal entry after it, replayed. Null
 * when nothing was ever saved. Throws as GenerationalFile.read does when no snapshot can be opened.
 */
export async function rebuildMeeting(
  options: MeetingFilesOptions,
  id: string,
): Promise<RebuiltMeeting | null> {
  const snapshots = snapshotFile(options, id)
  const snapshot = await snapshots.read()
  if (snapshot === null) return null
  const journal = journalFor(options, id)
  // Only what came after the snapshot is read, where the snapshot says where that starts.
  const read = await journal.read(
    snapshot.journalBytes === undefined
      ? undefined
      : { seq: snapshot.journalSeq, head: snapshot.journalHead, offset: snapshot.journalBytes },
  )
  let meeting = snapshot.meeting
  let stoppedAt = read.stopped?.seq ?? null
  let replayed = 0
  let restoredUpTo = snapshots.lastLoad?.savedAt ?? snapshot.meeting.updatedAt
  for (const entry of read.entries.filter((candidate) => candidate.seq > snapshot.journalSeq)) {
    const next = replayEntry(meeting, entry)
    if (!next.ok) {
      stoppedAt = entry.seq
      break
    }
    meeting = next.value
    replayed += 1
    restoredUpTo = entry.at
  }
  return { meeting, snapshot, snapshots, journal, read, replayed, stoppedAt, restoredUpTo }
}
