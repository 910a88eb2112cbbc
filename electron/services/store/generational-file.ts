import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Adapter } from 'lowdb'
import { open, seal, type EnvelopeHeader } from './envelope.ts'
import { syncFolder, temporaryFileSuffix, writeFileDurably } from './durable-write.ts'

/** What the last read found: which save was opened, and whether newer ones had to be passed over. */
export type LoadReport = {
  readonly generation: number
  readonly savedAt: string
  readonly damagedNewer: number
}

/** Every saved copy in the folder failed its integrity check. */
export class UnreadableError extends Error {
  readonly damaged: number
  constructor(damaged: number) {
    super(`All ${damaged} saved copies failed their integrity check`)
    this.name = 'UnreadableError'
    this.damaged = damaged
  }
}

/** Options for a generational file. */
export type GenerationalFileOptions = {
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
}

const fileName = (generation: number): string => `${String(generation).padStart(12, '0')}.cvn`
const generationOf = (name: string): number | null => {
  const match = /^(\d{12})\.cvn$/.exec(name)
  return match ? Number(match[1]) : null
}

/**
 * Our lowdb adapter: each save is a new sealed file ('000000000042.cvn') written durably into the file's
 * own folder, and the oldest beyond `keep` are removed. A read opens the newest save whose GCM tag checks
 * out, so a damaged latest save falls back to the one before it, and `lastLoad` says so.
 */
export class GenerationalFile<T> implements Adapter<T> {
  private readonly options: GenerationalFileOptions
  private generations: number[] | null = null
  /** Set by each read: which save was opened. */
  lastLoad: LoadReport | null = null

  constructor(options: GenerationalFileOptions) {
    this.options = options
  }

  /** Opens the newest readable save, or null when nothing has been saved yet. */
  async read(): Promise<T | null> {
    const generations = await this.scan()
    let damagedNewer = 0
    for (const generation of [...generations].reverse()) {
      try {
        const bytes = await readFile(join(this.options.folder, fileName(generation)))
        const { header, contents } = open(this.options.key, bytes, this.options)
        const data = JSON.parse(contents.toString('utf8')) as T
        this.lastLoad = { generation, savedAt: header.savedAt, damagedNewer }
        return data
      } catch (error) {
        if (isMissing(error)) continue
        damagedNewer += 1
      }
    }
    this.lastLoad = null
    if (damagedNewer > 0) throw new UnreadableError(damagedNewer)
    return null
  }

  /** Saves durably as a new generation, then lets the oldest go. */
  async write(data: T): Promise<void> {
    const generations = this.generations ?? (await this.scan())
    const generation = (generations.at(-1) ?? 0) + 1
    const header: EnvelopeHeader = {
      purpose: this.options.purpose,
      id: this.options.id,
      generation,
      savedAt: this.options.now().toISOString(),
    }
    const sealed = seal(this.options.key, header, Buffer.from(JSON.stringify(data), 'utf8'))
    await (this.options.writeFile ?? writeFileDurably)(
      join(this.options.folder, fileName(generation)),
      sealed,
    )
    generations.push(generation)
    while (generations.length > this.options.keep) {
      const oldest = generations.shift()
      if (oldest !== undefined) await rm(join(this.options.folder, fileName(oldest)), { force: true })
    }
  }

  /** Deletes every save of this file, and its folder. */
  async remove(): Promise<void> {
    await rm(this.options.folder, { recursive: true, force: true })
    this.generations = []
  }

  /** Lists the saves on disk, oldest first, and clears away temporary files left by an interrupted save. */
  private async scan(): Promise<number[]> {
    await mkdir(this.options.folder, { recursive: true, mode: 0o700 })
    const names = await readdir(this.options.folder)
    const leftovers = names.filter((name) => name.endsWith(temporaryFileSuffix))
    for (const name of leftovers) await rm(join(this.options.folder, name), { force: true })
    if (leftovers.length > 0) await syncFolder(this.options.folder)
    const generations = names.flatMap((name) => {
      const generation = generationOf(name)
      return generation === null ? [] : [generation]
    })
    generations.sort((a, b) => a - b)
    this.generations = generations
    return generations
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
}
