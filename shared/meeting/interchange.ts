import { z } from 'zod'
import { migrateMeeting, type Problem } from './migrations.ts'
import { MeetingSchema, type Meeting } from './meeting.ts'
import { InstantSchema } from '../model/primitives.ts'
import { problemsOf, wholeFile } from '../model/problems.ts'
import { historyBreak } from './replay.ts'
import { chainBreak, JournalEntrySchema, mostJournalEntries, type JournalEntry } from './journal-entry.ts'

/** The `format` marker of a Convene interchange file. */
export const interchangeFormat = 'convene-meeting'

/**
 * The interchange file: a meeting in plain JSON, for import, export and scripts, with its journal (every
 * change, hash-chained; absent from files written before schema 7). See docs/meeting-format.md.
 */
export const InterchangeFileSchema = z.object({
  format: z.literal(interchangeFormat),
  exportedAt: InstantSchema,
  meeting: MeetingSchema,
  journal: z.array(JournalEntrySchema).max(mostJournalEntries).optional(),
})
/** The interchange file. */
export type InterchangeFile = z.infer<typeof InterchangeFileSchema>

/** The interchange file's JSON Schema, generated from the zod schema (docs/meeting-format.schema.json). */
export function interchangeJsonSchema(): object {
  return z.toJSONSchema(InterchangeFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' })
}

/** The result of reading an interchange file. */
export type InterchangeOutcome =
  | {
      readonly ok: true
      readonly meeting: Meeting
      /** The meeting's journal, its chain checked; empty for a file written before journals. */
      readonly journal: ReadonlyArray<JournalEntry>
    }
  | {
      readonly ok: false
      readonly reason: 'not-json' | 'invalid' | 'newer-version'
      readonly problems: ReadonlyArray<Problem>
    }

/** The deepest a meeting file nests (a meeting is about ten levels deep; its commands a few more). */
const mostNesting = 64

/** True when a parsed value nests objects or lists deeper than `most` (checked without recursion). */
function nestedBeyond(value: unknown, most: number): boolean {
  const stack: Array<readonly [unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [item, depth] = stack.pop() ?? [null, 0]
    if (typeof item !== 'object' || item === null) continue
    if (depth >= most) return true
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return false
}

const notAMeetingFile =
  'This is not a Convene meeting file. Choose a file made with ‘Export meeting file’ (its name ends in .json).'

/**
 * Why a file's text could not be read, in plain words: the parser's own message ('Unexpected token …')
 * means nothing to a chair. A file cut short stops inside a value, or the parser's error is at its very end
 * (after a number, a comma, a key: 'Expected ',' or '}' … at position N'); a meeting file with something
 * changed or added was one once, and says so near its start.
 */
function unreadable(error: unknown, text: string): string {
  if (!(error instanceof SyntaxError))
    return 'This file is nested too deeply to be read: no Convene meeting is.'
  const body = text.trimEnd()
  if (body.trim() === '')
    return 'This file is empty: it was not copied or saved whole. Export the meeting file again and import the new copy.'
  const position = /at position (\d+)/.exec(error.message)?.[1]
  const cutShort =
    /end of JSON input|Unterminated/i.test(error.message) ||
    (position !== undefined && Number(position) >= body.length)
  if (cutShort)
    return 'This file stops part-way through: it was not copied or saved whole. Export the meeting file again and import the new copy.'
  if (body.slice(0, 200).includes(`"${interchangeFormat}"`))
    return 'This meeting file has been changed since it was exported: something in it was altered or added, so it cannot be read. Export the meeting file again and import the new copy.'
  return notAMeetingFile
}

/** Reads and checks an interchange file's text; lists every problem with its path. */
export function readInterchange(text: string): InterchangeOutcome {
  // A byte-order mark is how Windows Notepad and Excel save UTF-8; it is not part of the JSON.
  const body = text.replace(/^\uFEFF/, '')
  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch (error) {
    return {
      ok: false,
      reason: 'not-json',
      problems: [{ path: wholeFile, message: unreadable(error, body) }],
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'invalid', problems: [{ path: wholeFile, message: notAMeetingFile }] }
  }
  if (nestedBeyond(raw, mostNesting))
    return {
      ok: false,
      reason: 'invalid',
      problems: [
        {
          path: wholeFile,
          message: `This file is nested more than ${mostNesting} levels deep, which no Convene meeting is: it cannot be read.`,
        },
      ],
    }
  const file = raw as Record<string, unknown>
  // Some other JSON (a settings file, another program's): said plainly, not as a list of what it lacks.
  if (file['format'] !== interchangeFormat && !('meeting' in file))
    return { ok: false, reason: 'invalid', problems: [{ path: wholeFile, message: notAMeetingFile }] }
  const problems: Problem[] = []
  if (file['format'] !== interchangeFormat) {
    problems.push({
      path: 'format',
      message: `Expected "${interchangeFormat}": this does not look like a Convene meeting file`,
    })
  }
  const outcome = migrateMeeting(file['meeting'], 'meeting')
  if (!outcome.ok) {
    return { ok: false, reason: outcome.reason, problems: [...problems, ...outcome.problems] }
  }
  problems.push(...duplicateIds(outcome.meeting))
  const journal = readJournal(file['journal'], outcome.meeting, problems)
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems }
  return { ok: true, meeting: outcome.meeting, journal }
}

/**
 * A file's journal: each entry's shape, then the chain over the entries as written (a changed, removed,
 * reordered or inserted entry breaks it, and is named), and the last entry's revision against the
 * meeting's. Absent in a file written before journals: an empty journal.
 */
function readJournal(raw: unknown, meeting: Meeting, problems: Problem[]): ReadonlyArray<JournalEntry> {
  if (raw === undefined) return []
  const parsed = z.array(JournalEntrySchema).max(mostJournalEntries).safeParse(raw)
  if (!parsed.success) {
    problems.push(
      ...problemsOf(parsed.error, 'journal')
        .slice(0, 20)
        .map((problem) => ({
          ...problem,
          message: `The meeting's history is not as Convene writes it: ${problem.message}`,
        })),
    )
    return []
  }
  const broken = chainBreak(raw as ReadonlyArray<unknown>)
  if (broken) {
    problems.push({ path: `journal[${broken.index}]`, message: broken.message })
    return []
  }
  const led = historyBreak(parsed.data, meeting)
  if (led) {
    problems.push({ path: `journal[${led.index}]`, message: led.message })
    return []
  }
  const last = parsed.data.at(-1)
  if (last !== undefined && last.revision !== meeting.revision)
    problems.push({
      path: 'journal',
      message: `The meeting's history ends at change ${last.revision} but the meeting is at change ${meeting.revision}: the meeting was changed outside Convene.`,
    })
  return parsed.data
}

/**
 * Notes, people and children that share an identifier: a change by identifier would reach all of them,
 * and the meeting could take no further change, so a file that has them is refused with where they are.
 */
function duplicateIds(meeting: Meeting): Problem[] {
  const problems: Problem[] = []
  const lists = [
    ['notes', meeting.notes, 'Two notes have the same identifier'],
    ['participants', meeting.participants, 'Two people have the same identifier'],
    ['children', meeting.children, 'Two children have the same identifier'],
  ] as const
  for (const [path, items, message] of lists) {
    const seen = new Set<string>()
    items.forEach((item, index) => {
      if (seen.has(item.id)) problems.push({ path: `meeting.${path}[${index}].id`, message })
      seen.add(item.id)
    })
  }
  return problems
}

/** Writes a meeting, with its journal, as an interchange file's text. */
export function writeInterchange(
  meeting: Meeting,
  exportedAt: Date,
  journal: ReadonlyArray<JournalEntry> = [],
): string {
  const file: InterchangeFile = {
    format: interchangeFormat,
    exportedAt: exportedAt.toISOString(),
    meeting,
  }
  // The journal's entries go as they were written (their commands as applied), after the meeting.
  if (journal.length > 0) return `${JSON.stringify({ ...file, journal }, null, 2)}\n`
  return `${JSON.stringify(file, null, 2)}\n`
}
