import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { formatBritishDateTime } from '../../shared/dates/british-date.ts'
import { describeHistory } from '../../shared/meeting/history.ts'
import { genesisHash, readJournalBytes } from '../services/store/journal.ts'
import {
  journalPath,
  rebuildMeeting,
  snapshotFile,
  type MeetingFilesOptions,
} from '../services/store/meeting-files.ts'
import { createMemoryLogger } from '../services/logger.ts'
import { readText, type CliOutput } from './cli-files.ts'
import { readInterchange } from '../../shared/meeting/interchange.ts'
import { IdSchema } from '../../shared/model/primitives.ts'
import { meetingVersion } from '../../shared/meeting/versions.ts'
import { moduleOf } from '../../shared/kinds/registry.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { JournalEntry } from '../../shared/meeting/journal-entry.ts'
import { openDataFolder, optionValue } from './council-settings.ts'

/** How the command line reads a data folder's meetings: never writing (a snapshot is never saved). */
function readOnly(folder: string, key: Buffer): MeetingFilesOptions {
  return {
    folder,
    key,
    now: () => new Date(),
    logger: createMemoryLogger(),
    keep: Number.MAX_SAFE_INTEGER,
    writeFile: async () => {
      throw new Error('convene reads the data folder only')
    },
  }
}

async function dataFolderKey(args: ReadonlyArray<string>, io: CliOutput, command: string) {
  const folder = optionValue(args, '--data')
  if (!folder) {
    io.err(
      `convene ${command}: name the data folder with --data DIR (its passphrase in CONVENE_PASSPHRASE).\n`,
    )
    return null
  }
  const key = await openDataFolder(folder, io)
  return key === null ? null : { folder, key }
}

/**
 * `convene audit --data DIR`: checks every meeting's journal in a data folder: each entry sealed with the
 * folder's key for its meeting and its place, each chained to the one before, and the newest snapshot
 * agreeing with the entry it says it includes. Prints one line per meeting (its identifier, never a name);
 * exit code 1 when any chain breaks, naming where.
 */
export async function audit(args: ReadonlyArray<string>, io: CliOutput): Promise<number> {
  const opened = await dataFolderKey(args, io, 'audit')
  if (!opened) return 2
  const { folder, key } = opened
  let ids: string[]
  try {
    ids = (await readdir(join(folder, 'meetings'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  } catch {
    ids = []
  }
  let broken = 0
  for (const id of ids.sort()) {
    let bytes = Buffer.alloc(0)
    try {
      bytes = await readFile(journalPath({ folder }, id))
    } catch {
      // No journal: a meeting not changed since it was created or brought in.
    }
    const read = readJournalBytes(key, id, bytes)
    const problems: string[] = []
    if (read.stopped)
      problems.push(
        read.stopped.reason === 'damaged'
          ? `entry ${read.stopped.seq} is damaged or was not sealed for this meeting and place`
          : `entry ${read.stopped.seq} does not follow entry ${read.stopped.seq - 1} (changed, removed, moved or inserted)`,
      )
    problems.push(...(await unrebuiltVersions(readOnly(folder, key), id, read.entries)))
    try {
      const snapshot = await snapshotFile(readOnly(folder, key), id).read()
      if (snapshot && snapshot.journalSeq > 0) {
        const head = read.heads[snapshot.journalSeq - 1]
        if (head === undefined)
          problems.push(
            `the newest snapshot includes ${snapshot.journalSeq} entries but the journal has ${read.entries.length}: entries were removed from its end`,
          )
        else if (head !== snapshot.journalHead)
          problems.push(`entry ${snapshot.journalSeq} is not the one the newest snapshot includes`)
      } else if (snapshot && snapshot.journalHead !== genesisHash)
        problems.push('the newest snapshot does not start the journal')
    } catch {
      problems.push('no snapshot of it can be opened')
    }
    if (problems.length === 0)
      io.out(
        `meeting ${id}: ${read.entries.length} ${read.entries.length === 1 ? 'entry' : 'entries'}, every one sealed and chained${read.tornTail ? ' (an unfinished last entry, never saved, is left out)' : ''}\n`,
      )
    else {
      broken += 1
      io.out(`meeting ${id}: BROKEN: ${problems.join('; ')}\n`)
    }
  }
  io.out(
    broken === 0
      ? `${ids.length} meeting${ids.length === 1 ? '' : 's'} checked: every journal is whole.\n`
      : `${ids.length} meeting${ids.length === 1 ? '' : 's'} checked: ${broken} journal${broken === 1 ? '' : 's'} broken.\n`,
  )
  return broken === 0 ? 0 : 1
}

/** The signed versions made here that the journal does not rebuild as they were signed, in words. */
async function unrebuiltVersions(
  files: MeetingFilesOptions,
  id: string,
  entries: ReadonlyArray<JournalEntry>,
): Promise<string[]> {
  let meeting: Meeting | undefined
  try {
    meeting = (await rebuildMeeting(files, id))?.meeting
  } catch {
    return []
  }
  if (!meeting) return []
  const opened = meeting
  return moduleOf(opened.kind)
    .signedVersions(opened)
    .filter(
      (version) => version.signedElsewhere !== true && !meetingVersion(opened, version.number, entries).ok,
    )
    .map((version) => `version ${version.number} of the signed minutes is not rebuilt as it was signed`)
}

/**
 * `convene history meeting.json` or `convene history --data DIR MEETING-ID`: the meeting's changes in plain
 * words, oldest first: when, who, what; sign-offs and corrections marked. Moving between sections and
 * housekeeping are left out unless --all is given. A file's history is checked before it is printed.
 */
export async function history(args: ReadonlyArray<string>, io: CliOutput): Promise<number> {
  const all = args.includes('--all')
  const named = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--data')
  if (optionValue(args, '--data') === undefined && named !== undefined) return fileHistory(named, all, io)
  const opened = await dataFolderKey(args, io, 'history')
  if (!opened) return 2
  const id = named
  if (!id) {
    io.err('convene history: name the meeting (its identifier, as `convene audit` lists them).\n')
    return 2
  }
  // Only an identifier of a meeting that is there: never a path, and nothing is made in the folder.
  const known = await readdir(join(opened.folder, 'meetings')).catch(() => [] as string[])
  if (!IdSchema.safeParse(id).success || !known.includes(id)) {
    io.err(`convene history: no meeting ${id} is in ${opened.folder}; convene audit lists them.\n`)
    return 2
  }
  const files = readOnly(opened.folder, opened.key)
  let rebuilt
  try {
    rebuilt = await rebuildMeeting(files, id)
  } catch {
    rebuilt = null
  }
  if (!rebuilt) {
    io.err(`convene history: no meeting ${id} can be opened in ${opened.folder}.\n`)
    return 2
  }
  // Every entry, from the first: the meeting was opened from its snapshot, which skips those before it.
  let bytes = Buffer.alloc(0)
  try {
    bytes = await readFile(journalPath({ folder: opened.folder }, id))
  } catch {
    // No journal: nothing changed since the meeting came.
  }
  const everything = readJournalBytes(opened.key, id, bytes)
  printHistory(rebuilt.meeting, everything.entries, all, io)
  if (everything.stopped !== null) {
    io.err(
      `convene history: the journal could not be read past entry ${everything.stopped.seq - 1}; run convene audit.\n`,
    )
    return 1
  }
  return 0
}

/** The history an interchange file carries, its chain checked as an import checks it. */
async function fileHistory(path: string, all: boolean, io: CliOutput): Promise<number> {
  const text = await readText(path, io)
  if (text === null) return 2
  const read = readInterchange(text)
  if (!read.ok) {
    for (const problem of read.problems) io.err(`${path}: ${problem.path}: ${problem.message}\n`)
    return 1
  }
  if (read.journal.length === 0) {
    io.err(`${path}: this file carries no history (it was written before Convene kept one).\n`)
    return 1
  }
  printHistory(read.meeting, read.journal, all, io)
  return 0
}

function printHistory(
  meeting: Meeting,
  entries: ReadonlyArray<JournalEntry>,
  all: boolean,
  io: CliOutput,
): void {
  for (const entry of describeHistory(meeting, entries)) {
    if (entry.routine && !all) continue
    const mark =
      (entry.mark === 'sign-off' ? '  [signed]' : entry.mark === 'correction' ? '  [correction]' : '') +
      (entry.fromFile ? '  [from a file]' : '')
    io.out(`${formatBritishDateTime(new Date(entry.at))}  ${entry.by ?? 'Not named'}: ${entry.what}${mark}\n`)
  }
}
