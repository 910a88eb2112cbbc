import { z } from 'zod'
import { InstantSchema } from '../model/primitives.ts'
import { textHash } from '../model/version-hash.ts'
import { canonicalJson } from '../util/canonical-json.ts'
import { fail, ok, type Result } from '../util/result.ts'
import { applyCaseCommand, CaseCommandSchema, type CaseCommand } from './case-commands.ts'
import { blankCaseRecord, type CaseRecord } from './case-record.ts'

/** What the first entry of a case's journal holds as the hash of the one before. */
const genesisHash = '0'.repeat(64)

/** The most entries a case's journal holds: years of a busy case are a few hundred. */
export const mostCaseEntries = 20_000

/**
 * One change to a case, as its journal keeps it: numbered from 1, and holding the hash of the entry before
 * (the journal is only added to; an entry altered, taken out or reordered breaks the chain).
 */
export const CaseEntrySchema = z.object({
  seq: z.int().min(1).max(mostCaseEntries),
  at: InstantSchema,
  command: CaseCommandSchema,
  prev: z.string().regex(/^[0-9a-f]{64}$/),
})
/** One change to a case. */
export type CaseEntry = z.infer<typeof CaseEntrySchema>

/** The hash an entry passes on to the next. */
export const caseEntryHash = (entry: CaseEntry): string => textHash(canonicalJson(entry))

/** A case's journal replayed: the record, and where the journal stopped being readable (null: it did not). */
export type ReplayedCase = {
  readonly record: CaseRecord
  /** The number of the first entry that does not follow the one before, or null. */
  readonly damagedFrom: number | null
}

/**
 * A case's record from its journal: every entry in turn from a blank record. An entry that breaks the
 * chain, or that could never have been made, stops the replay there (what follows is not trusted), and
 * says where.
 */
export function replayCase(journal: ReadonlyArray<CaseEntry>): ReplayedCase {
  let record = blankCaseRecord()
  let head = genesisHash
  for (const [index, entry] of journal.entries()) {
    if (entry.seq !== index + 1 || entry.prev !== head) return { record, damagedFrom: index + 1 }
    const next = applyCaseCommand(record, entry.command, entry.at)
    if (!next.ok) return { record, damagedFrom: index + 1 }
    record = next.value
    head = caseEntryHash(entry)
  }
  return { record, damagedFrom: null }
}

/**
 * A journal with one more change, made at `at`, and the record it leads to; or why it cannot be made. A
 * journal that is already damaged takes nothing more (what it would add to is not known).
 */
export function appendCaseEntry(
  journal: ReadonlyArray<CaseEntry>,
  command: CaseCommand,
  at: string,
): Result<{ readonly journal: ReadonlyArray<CaseEntry>; readonly record: CaseRecord }> {
  const replayed = replayCase(journal)
  if (replayed.damagedFrom !== null)
    return fail(
      'invalid-argument',
      `This case’s record is damaged from change ${replayed.damagedFrom}, so nothing more can be added to it. Its meetings are not affected.`,
    )
  if (journal.length >= mostCaseEntries) return fail('invalid-argument', 'This case’s record is full.')
  const next = applyCaseCommand(replayed.record, command, at)
  if (!next.ok) return next
  const last = journal.at(-1)
  const entry: CaseEntry = {
    seq: journal.length + 1,
    at,
    command,
    prev: last ? caseEntryHash(last) : genesisHash,
  }
  return ok({ journal: [...journal, entry], record: next.value })
}

/**
 * A damaged journal carried on from what could be read, so that a safeguarding concern can still be
 * recorded: the changes before the damage, then one saying how many were lost from where. Unchanged when
 * nothing is damaged. The journal as it was is the caller's to keep aside.
 */
export function carryOnCaseJournal(
  journal: ReadonlyArray<CaseEntry>,
  at: string,
): Result<ReadonlyArray<CaseEntry>> {
  const { damagedFrom } = replayCase(journal)
  if (damagedFrom === null) return ok(journal)
  const readable = journal.slice(0, damagedFrom - 1)
  const carried = appendCaseEntry(
    readable,
    { type: 'carry-on-after-damage', lostFrom: damagedFrom, lostEntries: journal.length - readable.length },
    at,
  )
  return carried.ok ? ok(carried.value.journal) : carried
}
