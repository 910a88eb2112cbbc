import { z } from 'zod'
import { InstantSchema } from '../model/primitives.ts'
import { textHash } from '../model/version-hash.ts'

/** Who made a change: the person signed in to Convene and their role. */
export type JournalAuthor = { readonly name: string; readonly role: string }

/** One applied change, as the journal keeps it (sealed on disk; plain in an interchange file). */
export type JournalEntry = {
  /** 1 for a meeting's first change, then one more for each. */
  readonly seq: number
  readonly at: string
  readonly by: JournalAuthor | null
  /** The meeting's revision after the change. */
  readonly revision: number
  /** The command as it was applied (the value main checked, prepared and applied). */
  readonly command: unknown
  /** The SHA-256 (hex) of the entry before, or of nothing for the first. */
  readonly prev: string
}

/** The hash the first entry chains to. */
export const genesisHash = '0'.repeat(64)

/**
 * The most entries an interchange file's journal may carry: a long conference makes a few thousand, so this
 * is far beyond any meeting, while a file of a million entries (gigabytes to import) is refused at once.
 */
export const mostJournalEntries = 200_000

/**
 * A name or role in a history: no control characters (a line break would forge a line of `convene history`)
 * and no direction overrides (which would show a name reversed).
 */
const plainName = z
  .string()
  .max(200)
  .refine((text) => !/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(text), {
    error: 'A name in the history holds a control character or a direction override',
  })

/** An entry as an interchange file carries it. */
export const JournalEntrySchema = z.object({
  seq: z.int().min(1).max(0xffff_ffff),
  at: InstantSchema,
  by: z.object({ name: plainName, role: plainName }).nullable(),
  revision: z.int().min(0),
  command: z.looseObject({ type: z.string().max(100) }),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
})

/** The SHA-256 of an entry: of its JSON as it was written, so the chain covers exactly that. */
export function chainHash(entry: unknown): string {
  return textHash(JSON.stringify(entry))
}

/**
 * Where a journal's chain breaks, in plain words, or null when every entry is numbered in turn from 1 and
 * holds the hash of the one before. The entries are checked as they were read (before any schema
 * reordered their keys), since the hash is over the JSON as written.
 */
export function chainBreak(
  entries: ReadonlyArray<unknown>,
): { readonly index: number; readonly message: string } | null {
  let head = genesisHash
  for (const [index, entry] of entries.entries()) {
    const seq = typeof entry === 'object' && entry !== null && 'seq' in entry ? entry.seq : undefined
    const prev = typeof entry === 'object' && entry !== null && 'prev' in entry ? entry.prev : undefined
    if (seq !== index + 1)
      return {
        index,
        message: `Change ${index + 1} of the meeting's history is out of place (it says it is change ${String(seq)}): changes were taken out, put in or reordered after they were written.`,
      }
    if (prev !== head)
      return {
        index,
        message:
          index === 0
            ? "The first change of the meeting's history does not start it: changes were taken out before it."
            : `Change ${index + 1} of the meeting's history does not follow change ${index}: change ${index} or ${index + 1} was altered, or one was taken out or put in, after it was written.`,
      }
    head = chainHash(entry)
  }
  return null
}
