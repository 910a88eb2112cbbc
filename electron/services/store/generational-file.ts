import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { copyFile, mkdir, open as openFile, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { open, peek, peekLength, seal, type EnvelopeHeader } from './envelope.ts'
import { syncFolder, temporaryFileSuffix, writeFileDurably } from './durable-write.ts'

/** What the last read found: which save was opened, and which newer ones had to be passed over and why. */
export type LoadReport = {
  /** The file that was opened. */
  readonly file: string
  readonly generation: number
  readonly savedAt: string
  /** Newer saves that failed their integrity check (damaged, or not this file's). */
  readonly damagedNewer: number
  /** Newer saves that opened but could not be used (they break the rules, or could not be migrated). */
  readonly invalidNewer: number
  /** The files of the saves passed over, newest first, so they can be kept aside before they are pruned. */
  readonly passedOver: ReadonlyArray<string>
}

/** Every saved copy in the folder failed its integrity check or could not be used. */
export class UnreadableError extends Error {
  readonly damaged: number
  readonly invalid: number
  readonly files: ReadonlyArray<string>
  constructor(damaged: number, invalid: number, files: ReadonlyArray<string>) {
    super(`All ${damaged + invalid} saved copies failed their integrity check or could not be used`)
    this.name = 'UnreadableError'
    this.damaged = damaged
    this.invalid = invalid
    this.files = files
  }
}

/** The newest usable save was written by a newer version of Convene: older saves must not be preferred to it. */
export class NewerVersionError extends Error {
  constructor() {
    super('The newest save was written by a newer version of Convene')
    this.name = 'NewerVersionError'
  }
}

/**
 * How a read save is checked and brought up to date: its value; or 'invalid' to fall back to the save
 * before it; or 'newer-version' to stop (a newer Convene wrote it, and opening an older save instead would
 * quietly drop its changes).
 */
export type Acceptance<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: 'invalid' | 'newer-version' }

/** Accepts a save that the schema reads; any other falls back to the save before it. */
export function acceptedBy<T>(schema: z.ZodType<T>): (raw: unknown) => Acceptance<T> {
  return (raw) => {
    const parsed = schema.safeParse(raw)
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'invalid' }
  }
}

/** Options for a generational file. */
export type GenerationalFileOptions<T> = {
  /** The folder that holds this file's generations and nothing else. */
  readonly folder: string
  readonly purpose: EnvelopeHeader['purpose']
  readonly id: string
  readonly key: Buffer
  readonly now: () => Date
  /** How many saves to keep, the newest included. */
  readonly keep: number
  /** The durable writer; tests pass one that fails, to see a full disk handled. */
  readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
  /** Checks (and migrates) what was read; without it, any save that opens is used as it is. */
  readonly accept?: (raw: unknown) => Acceptance<T>
}

type Save = { readonly name: string; readonly generation: number | null; readonly modified: number }

const saveSuffix = '.cvn'
/** Names written by the first format carry the save's number: '000000000042.cvn'. */
const numberedName = /^(\d{12})\.cvn$/
/** Names written now are random, so the folder does not count how often a meeting was saved. */
const newName = (): string => `${randomBytes(12).toString('hex')}${saveSuffix}`

/**
 * Our lowdb adapter: each save is a new sealed file with a random name, written durably into the file's
 * own folder, and the oldest beyond `keep` are removed. Which save is newest is sealed inside each file
 * (`peek` reads it to put them in order). A read opens the newest save whose GCM tag checks out and which
 * `accept` can use, so a damaged or invalid latest save falls back to the one before it, and `lastLoad` says
 * so.
 */
export class GenerationalFile<T> implements Adapter<T> {
  private readonly options: GenerationalFileOptions<T>
  private saves: Save[] | null = null
  /** Set by each read: which save was opened. */
  lastLoad: LoadReport | null = null

  constructor(options: GenerationalFileOptions<T>) {
    this.options = options
  }

  /** Opens the newest usable save, or null when nothing has been saved yet. */
  async read(): Promise<T | null> {
    const saves = await this.scan()
    let damagedNewer = 0
    let invalidNewer = 0
    const passedOver: string[] = []
    for (const save of [...saves].reverse()) {
      if (save.generation === null) continue
      const path = join(this.options.folder, save.name)
      let header: EnvelopeHeader
      let raw: unknown
      try {
        const opened = open(this.options.key, await readFile(path), this.options)
        header = opened.header
        raw = JSON.parse(opened.contents.toString('utf8'))
      } catch (error) {
        if (isMissing(error)) continue
        damagedNewer += 1
        passedOver.push(path)
        continue
      }
      const accepted = this.options.accept ? this.options.accept(raw) : { ok: true as const, value: raw as T }
      if (!accepted.ok) {
        if (accepted.reason === 'newer-version') throw new NewerVersionError()
        invalidNewer += 1
        passedOver.push(path)
        continue
      }
      // A save too damaged to say its number counts as newer if it was written after the one opened.
      const unnumbered = saves.filter((other) => other.generation === null && other.modified > save.modified)
      damagedNewer += unnumbered.length
      passedOver.push(...unnumbered.map((other) => join(this.options.folder, other.name)))
      this.lastLoad = {
        file: path,
        generation: header.generation,
        savedAt: header.savedAt,
        damagedNewer,
        invalidNewer,
        passedOver,
      }
      return accepted.value
    }
    this.lastLoad = null
    const unnumbered = saves.filter((save) => save.generation === null)
    damagedNewer += unnumbered.length
    passedOver.push(...unnumbered.map((save) => join(this.options.folder, save.name)))
    if (damagedNewer + invalidNewer > 0) throw new UnreadableError(damagedNewer, invalidNewer, passedOver)
    return null
  }

  /** Saves durably as a new generation, then lets the oldest go. */
  async write(data: T): Promise<void> {
    const saves = this.saves ?? (await this.scan())
    const generation = Math.max(0, ...saves.map((save) => save.generation ?? 0)) + 1
    const header: EnvelopeHeader = {
      purpose: this.options.purpose,
      id: this.options.id,
      generation,
      savedAt: this.options.now().toISOString(),
    }
    const sealed = seal(this.options.key, header, Buffer.from(JSON.stringify(data), 'utf8'))
    const name = newName()
    try {
      await (this.options.writeFile ?? writeFileDurably)(join(this.options.folder, name), sealed)
    } catch (error) {
      // The file may have reached the disk before the failure: look again before the next save's number.
      this.saves = null
      throw error
    }
    saves.push({ name, generation, modified: Date.now() })
    saves.sort(bySaveOrder)
    while (saves.length > this.options.keep) {
      const oldest = saves.shift()
      if (oldest !== undefined) await rm(join(this.options.folder, oldest.name), { force: true })
    }
  }

  /** Deletes every save of this file, and its folder. */
  async remove(): Promise<void> {
    await rm(this.options.folder, { recursive: true, force: true })
    this.saves = []
  }

  /**
   * Copies saves (still sealed) into `folder`, so that what could not be opened is never lost to pruning;
   * they open again if copied back.
   */
  static async keepAside(files: ReadonlyArray<string>, folder: string): Promise<void> {
    await mkdir(folder, { recursive: true, mode: 0o700 })
    for (const file of files) {
      const name = file.split(/[\\/]/).at(-1) ?? 'save.cvn'
      await copyFile(file, join(folder, name), constants.COPYFILE_EXCL).catch((error: unknown) => {
        // Gone already, or kept already (the same save, opened again).
        if (!isMissing(error) && !hasCode(error, 'EEXIST')) throw error
      })
    }
    await syncFolder(folder)
  }

  /**
   * Lists the saves on disk, oldest first (by the number sealed inside each), and clears away temporary
   * files left by an interrupted save.
   */
  private async scan(): Promise<Save[]> {
    await mkdir(this.options.folder, { recursive: true, mode: 0o700 })
    const names = await readdir(this.options.folder)
    const leftovers = names.filter((name) => name.endsWith(temporaryFileSuffix))
    for (const name of leftovers) await rm(join(this.options.folder, name), { force: true })
    if (leftovers.length > 0) await syncFolder(this.options.folder)
    const saves: Save[] = []
    for (const name of names.filter((candidate) => candidate.endsWith(saveSuffix))) {
      const path = join(this.options.folder, name)
      const head = await readHead(path)
      if (head === null) continue
      const peeked = peek(this.options.key, head.bytes, this.options)
      const numbered = numberedName.exec(name)
      const generation = peeked ?? (numbered ? Number(numbered[1]) : null)
      saves.push({ name, generation, modified: head.modified })
    }
    saves.sort(bySaveOrder)
    this.saves = saves
    return saves
  }
}

/** Oldest first: by number; a save whose number cannot be read goes first, so it is pruned first. */
function bySaveOrder(a: Save, b: Save): number {
  return (a.generation ?? -1) - (b.generation ?? -1) || a.modified - b.modified
}

async function readHead(path: string): Promise<{ bytes: Buffer; modified: number } | null> {
  let handle
  try {
    handle = await openFile(path, 'r')
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
  try {
    const bytes = Buffer.alloc(peekLength)
    const { bytesRead } = await handle.read(bytes, 0, peekLength, 0)
    const { mtimeMs } = await handle.stat()
    return { bytes: bytes.subarray(0, bytesRead), modified: mtimeMs }
  } finally {
    await handle.close()
  }
}

function isMissing(error: unknown): boolean {
  return hasCode(error, 'ENOENT')
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code
}
