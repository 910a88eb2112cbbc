import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { open as openFile, readFile, truncate } from 'node:fs/promises'
import { dirname } from 'node:path'
import { errorCode, isDiskFull, SaveError, syncFolder } from './durable-write.ts'
import { sealedSize } from './envelope.ts'
import { genesisHash, type JournalAuthor, type JournalEntry } from '../../../shared/meeting/journal-entry.ts'

export { genesisHash, type JournalAuthor, type JournalEntry }

/** An entry before it is appended: its place and chain are the journal's to give. */
export type JournalEntryDraft = Omit<JournalEntry, 'seq' | 'prev'>

/** Where reading a journal starts: after the entries a snapshot already includes, or at the start. */
export type JournalBase = {
  /** The entries before this point. */
  readonly seq: number
  /** The chain's head after them. */
  readonly head: string
  /** Where they end in the file. */
  readonly offset: number
}

/** The start of a journal. */
export const journalStart: JournalBase = { seq: 0, head: genesisHash, offset: 0 }

/** What reading a journal found. */
export type JournalRead = {
  /** Where the reading started: the entries before it were not read. */
  readonly base: JournalBase
  /** The good entries after the base, in order. */
  readonly entries: ReadonlyArray<JournalEntry>
  /** The SHA-256 of the last good entry (the chain's head); the genesis hash when there is none. */
  readonly head: string
  /** The chain's head after each good entry read: heads[i] after entries[i]. */
  readonly heads: ReadonlyArray<string>
  /** Where each good entry read ends in the file: ends[i] for entries[i]. */
  readonly ends: ReadonlyArray<number>
  /** True when an incomplete last entry (a crash mid-append) was found and left out. */
  readonly tornTail: boolean
  /** Where reading stopped before the end, and why; null when every complete entry was good. */
  readonly stopped: { readonly seq: number; readonly reason: 'damaged' | 'broken-chain' } | null
  /** Bytes of the file that hold good entries. */
  readonly goodLength: number
}

const lengthBytes = 4
const ivLength = 12
const tagLength = 16
/** An entry's sealed plaintext is padded to at least this (then by Padmé buckets): no note's length shows. */
const smallestEntry = 512

/** Appends `contents` to a file and fsyncs it; the test host passes one that fails as a full disk does. */
export type AppendFile = (path: string, contents: Buffer) => Promise<void>

/** Appends and fsyncs: the entry is on disk when this resolves. */
export async function appendFileDurably(path: string, contents: Buffer): Promise<void> {
  let handle
  try {
    handle = await openFile(path, 'a', 0o600)
    try {
      // A write may take fewer bytes than it was given (a disk filling up): go on until all are written, so
      // a short write ends in the error that caused it, never in an entry acknowledged half-written.
      let written = 0
      while (written < contents.length) {
        const { bytesWritten } = await handle.write(contents, written, contents.length - written)
        if (bytesWritten === 0) throw Object.assign(new Error('No space left on device'), { code: 'ENOSPC' })
        written += bytesWritten
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    throw new SaveError(isDiskFull(error) ? 'disk-full' : 'write-failed', error)
  }
}

function additionalData(meetingId: string, seq: number): Buffer {
  const sequence = Buffer.alloc(4)
  sequence.writeUInt32BE(seq)
  return Buffer.concat([Buffer.from('CVNJ1', 'ascii'), Buffer.from(meetingId, 'utf8'), sequence])
}

/** The SHA-256 of an entry: of its JSON as sealed, so the chain covers exactly what was written. */
export function entryHash(json: Buffer): string {
  return createHash('sha256').update(json).digest('hex')
}

/** Seals one entry: AES-256-GCM under the data key, the meeting and the entry's number authenticated. */
export function sealEntry(
  key: Buffer,
  meetingId: string,
  entry: JournalEntry,
): { bytes: Buffer; hash: string } {
  const json = Buffer.from(JSON.stringify(entry), 'utf8')
  const unpadded = 4 + json.length
  const plain = Buffer.alloc(sealedSize(unpadded, smallestEntry))
  plain.writeUInt32BE(json.length)
  json.copy(plain, 4)
  const iv = randomBytes(ivLength)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(additionalData(meetingId, entry.seq))
  const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()])
  const length = Buffer.alloc(lengthBytes)
  length.writeUInt32BE(ivLength + body.length)
  return { bytes: Buffer.concat([length, iv, body]), hash: entryHash(json) }
}

function openEntry(key: Buffer, meetingId: string, seq: number, sealed: Buffer): Buffer | null {
  if (sealed.length < ivLength + tagLength + 4) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, ivLength))
    decipher.setAAD(additionalData(meetingId, seq))
    decipher.setAuthTag(sealed.subarray(sealed.length - tagLength))
    const plain = Buffer.concat([
      decipher.update(sealed.subarray(ivLength, sealed.length - tagLength)),
      decipher.final(),
    ])
    const length = plain.readUInt32BE(0)
    return length + 4 <= plain.length ? plain.subarray(4, 4 + length) : null
  } catch {
    return null
  }
}

/**
 * Reads a journal's bytes: every entry whose seal, number and chain check out, in order. An incomplete last
 * entry is a crash mid-append (never acknowledged) and is left out; a complete entry that does not open, or
 * that does not chain to the one before, stops the reading there.
 */
export function readJournalBytes(
  key: Buffer,
  meetingId: string,
  bytes: Buffer,
  base: JournalBase = journalStart,
): JournalRead {
  const entries: JournalEntry[] = []
  const heads: string[] = []
  const ends: number[] = []
  let head = base.head
  let offset = base.offset
  while (offset < bytes.length) {
    const seq = base.seq + entries.length + 1
    const stop = (reason: 'damaged' | 'broken-chain', torn: boolean): JournalRead => ({
      base,
      entries,
      head,
      heads,
      ends,
      tornTail: torn,
      stopped: torn ? null : { seq, reason },
      goodLength: offset,
    })
    if (bytes.length - offset < lengthBytes) return stop('damaged', true)
    const length = bytes.readUInt32BE(offset)
    const end = offset + lengthBytes + length
    if (end > bytes.length) return stop('damaged', true)
    const json = openEntry(key, meetingId, seq, bytes.subarray(offset + lengthBytes, end))
    // Complete in length but not opening: damaged on disk, not torn (an append cut short is shorter than
    // its length says). It may have been acknowledged, so the user is told.
    if (json === null) return stop('damaged', false)
    let entry: JournalEntry
    try {
      entry = JSON.parse(json.toString('utf8')) as JournalEntry
    } catch {
      return stop('damaged', false)
    }
    if (entry.seq !== seq || entry.prev !== head) return stop('broken-chain', false)
    entries.push(entry)
    head = entryHash(json)
    heads.push(head)
    ends.push(end)
    offset = end
  }
  return { base, entries, head, heads, ends, tornTail: false, stopped: null, goodLength: offset }
}

/**
 * A meeting's journal: every change applied to it, appended, sealed and hash-chained, fsynced before the
 * change is acknowledged. Nothing rewrites it: the only way its bytes shrink is dropping an incomplete
 * last entry that was never acknowledged (after a crash or a failed append).
 */
export class Journal {
  private readonly path: string
  private readonly meetingId: string
  private readonly key: Buffer
  private readonly append: AppendFile
  private next = 1
  private head = genesisHash
  private length = 0
  private exists = false
  /** Set when an append failed part-way: the tail past `length` is cut before the next append. */
  private torn = false

  constructor(options: {
    readonly path: string
    readonly meetingId: string
    readonly key: Buffer
    readonly appendFile?: AppendFile
  }) {
    this.path = options.path
    this.meetingId = options.meetingId
    this.key = options.key
    this.append = options.appendFile ?? appendFileDurably
  }

  /** The number of entries, the chain's head and where the last good entry ends. */
  get position(): JournalBase {
    return { seq: this.next - 1, head: this.head, offset: this.length }
  }

  /**
   * Reads the journal from `base` (after the entries a snapshot includes, so opening costs what came after
   * it; `convene audit` reads every entry), and makes ready to append after its last good entry. A file
   * shorter than the base has lost entries from its end: it is read from the start instead.
   */
  async read(base: JournalBase = journalStart): Promise<JournalRead> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.path)
      this.exists = true
    } catch (error) {
      if (errorCode(error) === 'ENOENT') {
        bytes = Buffer.alloc(0)
        this.exists = false
      } else throw error
    }
    const from = base.offset <= bytes.length ? base : journalStart
    const read = readJournalBytes(this.key, this.meetingId, bytes, from)
    this.next = read.base.seq + read.entries.length + 1
    this.head = read.head
    this.length = read.goodLength
    // What follows the last good entry is cut before the next append: a torn tail was never acknowledged;
    // a damaged middle is copied aside by the store first (the user is told), as a damaged save is.
    this.torn = read.tornTail || read.stopped !== null
    return read
  }

  /**
   * Goes on after the first `count` good entries of what `read` found: what follows them is cut before the
   * next append (the store keeps a copy aside first, when it was not a torn tail).
   */
  resumeAfter(count: number, read: JournalRead): void {
    const index = count - read.base.seq
    this.next = count + 1
    this.head = index <= 0 ? read.base.head : (read.heads[index - 1] ?? read.base.head)
    this.length = index <= 0 ? read.base.offset : (read.ends[index - 1] ?? read.base.offset)
    this.torn = true
  }

  /** Appends entries in one write and one fsync; resolves with them once they are durable. */
  async appendAll(drafts: ReadonlyArray<JournalEntryDraft>): Promise<ReadonlyArray<JournalEntry>> {
    if (drafts.length === 0) return []
    if (this.torn) {
      try {
        await truncate(this.path, this.length)
      } catch (error) {
        // Never written (the append that failed was the first): there is nothing to cut.
        if (errorCode(error) !== 'ENOENT') throw new SaveError('write-failed', error)
      }
      this.torn = false
    }
    let seq = this.next
    let head = this.head
    const entries: JournalEntry[] = []
    const parts: Buffer[] = []
    for (const draft of drafts) {
      const entry: JournalEntry = { ...draft, seq, prev: head }
      const sealed = sealEntry(this.key, this.meetingId, entry)
      entries.push(entry)
      parts.push(sealed.bytes)
      head = sealed.hash
      seq += 1
    }
    const bytes = Buffer.concat(parts)
    try {
      await this.append(this.path, bytes)
    } catch (error) {
      // Part of it may be on disk: it was never acknowledged, so it is cut before anything follows it.
      this.torn = true
      throw error
    }
    if (!this.exists) {
      await syncFolder(dirname(this.path))
      this.exists = true
    }
    this.next = seq
    this.head = head
    this.length += bytes.length
    return entries
  }
}
