import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { MeetingSummary } from '../../../shared/meeting/meeting-summary.ts'
import type { CaseSummary } from '../../../shared/meeting/case.ts'
import { GenerationalFile, UnreadableError } from './generational-file.ts'
import { DurableDocument } from './durable-document.ts'
import { syncFolder } from './durable-write.ts'
import type { Logger } from '../logger.ts'

/**
 * The index's contents: a summary per meeting and per case, so the list opens without reading every
 * meeting. `cases` is absent from an index written before cases.
 */
export type IndexData = {
  readonly version: 1
  readonly meetings: ReadonlyArray<MeetingSummary>
  readonly cases?: ReadonlyArray<CaseSummary>
}

const emptyIndex: IndexData = { version: 1, meetings: [], cases: [] }
const indexId = '00000000-0000-4000-8000-000000000000'
const deletedSuffix = '.deleted'

/** The index of meetings, in its own encrypted generational file. */
export class MeetingIndex {
  private readonly doc: DurableDocument<IndexData>
  private readonly meetingsFolder: string

  private constructor(doc: DurableDocument<IndexData>, meetingsFolder: string) {
    this.doc = doc
    this.meetingsFolder = meetingsFolder
  }

  /** Opens the index; if every copy is damaged it starts empty and `repair` rebuilds it from the meetings. */
  static async open(options: {
    readonly folder: string
    readonly meetingsFolder: string
    readonly key: Buffer
    readonly now: () => Date
    readonly keep: number
    readonly logger: Logger
    readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
  }): Promise<MeetingIndex> {
    const file = new GenerationalFile<IndexData>({
      folder: join(options.folder, 'index'),
      purpose: 'index',
      id: indexId,
      key: options.key,
      now: options.now,
      keep: options.keep,
      writeFile: options.writeFile,
    })
    let data = emptyIndex
    try {
      data = (await file.read()) ?? emptyIndex
      if (file.lastLoad && file.lastLoad.damagedNewer > 0) {
        options.logger.warn('index.restored-earlier-save', { damagedNewer: file.lastLoad.damagedNewer })
      }
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error
      options.logger.warn('index.unreadable-rebuilding', { damaged: error.damaged })
    }
    await mkdir(options.meetingsFolder, { recursive: true, mode: 0o700 })
    return new MeetingIndex(new DurableDocument(file, data), options.meetingsFolder)
  }

  /** Every summary. */
  get summaries(): ReadonlyArray<MeetingSummary> {
    return this.doc.data.meetings
  }

  /** Every case's summary. */
  get cases(): ReadonlyArray<CaseSummary> {
    return this.doc.data.cases ?? []
  }

  /** Adds or replaces cases' summaries, durably. */
  async putCases(cases: ReadonlyArray<CaseSummary>): Promise<void> {
    const ids = new Set(cases.map((item) => item.id))
    await this.doc.change({
      ...this.doc.data,
      cases: [...this.cases.filter((existing) => !ids.has(existing.id)), ...cases],
    })
  }

  /** The summary of one meeting. */
  find(id: string): MeetingSummary | undefined {
    return this.doc.data.meetings.find((summary) => summary.id === id)
  }

  /** Adds or replaces a summary, durably; if the save fails, the index is as it was. */
  async put(summary: MeetingSummary): Promise<void> {
    const others = this.doc.data.meetings.filter((existing) => existing.id !== summary.id)
    await this.doc.change({ ...this.doc.data, meetings: [...others, summary] })
  }

  /** Adds or replaces several summaries in one durable write. */
  async putAll(summaries: ReadonlyArray<MeetingSummary>): Promise<void> {
    const ids = new Set(summaries.map((summary) => summary.id))
    const others = this.doc.data.meetings.filter((existing) => !ids.has(existing.id))
    await this.doc.change({ ...this.doc.data, meetings: [...others, ...summaries] })
  }

  /** Drops summaries, durably. */
  async drop(ids: ReadonlyArray<string>): Promise<void> {
    await this.doc.change({
      ...this.doc.data,
      meetings: this.doc.data.meetings.filter((summary) => !ids.includes(summary.id)),
    })
  }

  /** The meeting folders on disk, and any left half-deleted by an interrupted removal (which are cleared). */
  async meetingFolders(): Promise<ReadonlyArray<string>> {
    const names = await readdir(this.meetingsFolder)
    const halfDeleted = names.filter((name) => name.endsWith(deletedSuffix))
    for (const name of halfDeleted)
      await rm(join(this.meetingsFolder, name), { recursive: true, force: true })
    return names.filter((name) => !name.endsWith(deletedSuffix) && !name.startsWith('.'))
  }

  /**
   * Removes a meeting so that a crash at any moment leaves it either fully there or fully gone: the folder
   * is renamed aside (atomic), then dropped from the index, then deleted.
   */
  async removeMeeting(id: string): Promise<void> {
    const folder = join(this.meetingsFolder, id)
    const aside = `${folder}${deletedSuffix}`
    await rename(folder, aside).catch((error: unknown) => {
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'))
        throw error
    })
    await syncFolder(this.meetingsFolder)
    await this.drop([id])
    await rm(aside, { recursive: true, force: true })
  }
}
