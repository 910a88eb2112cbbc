import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { readCase, type Case } from '../../../shared/meeting/case.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import { GenerationalFile, UnreadableError } from './generational-file.ts'
import { caseSaveFailure } from './store-errors.ts'
import { keepAside } from './kept-aside.ts'

/** A case as read: the newest usable save, and whether a newer one was damaged (and kept aside). */
export type StoredCase = Case & {
  /** True when the newest save could not be used and an earlier one was opened: the last changes are missing. */
  readonly restored: boolean
}

/** Where and how cases are kept: each in its own encrypted generational file, as meetings are. */
export type CaseFilesOptions = {
  readonly folder: string
  readonly key: Buffer
  readonly now: () => Date
  readonly keep: number
  readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
}

/**
 * The cases' files: `cases/<id>/`, one folder per case, so one that cannot be read never stops another
 * opening. A case's summary lives in the index beside the meetings'.
 */
export class CaseFiles {
  private readonly options: CaseFilesOptions
  /** Each case's changes one after another, so two never read the same case and both write it. */
  private readonly queues = new Map<string, Promise<unknown>>()
  private written = 0

  constructor(options: CaseFilesOptions) {
    this.options = options
  }

  private fileFor(id: string): GenerationalFile<Case> {
    return new GenerationalFile<Case>({
      folder: join(this.options.folder, 'cases', id),
      purpose: 'case',
      id,
      key: this.options.key,
      now: this.options.now,
      keep: this.options.keep,
      writeFile: this.options.writeFile,
      accept: (raw) => {
        const value = readCase(raw)
        return value ? { ok: true, value } : { ok: false, reason: 'invalid' }
      },
    })
  }

  /** The identifiers of every case kept here, whether or not any meeting of it is left. */
  async ids(): Promise<ReadonlyArray<string>> {
    const names = await readdir(join(this.options.folder, 'cases')).catch(() => [] as string[])
    return names.filter((name) => /^[0-9a-f-]{36}$/i.test(name))
  }

  /** How many saves of any case have begun since the store opened: a reading of cases begun at a lower count may be stale. */
  get writes(): number {
    return this.written
  }

  /** A case as saved, or null where there is none. Throws UnreadableError when every save is damaged. */
  read(id: string): Promise<Case | null> {
    return this.fileFor(id).read()
  }

  /** Saves a case durably. */
  write(value: Case): Promise<void> {
    this.written += 1
    return this.fileFor(value.id).write(value)
  }

  /**
   * A case as saved, or a plain-words failure: none here, or every save of it damaged. Saves that could not
   * be used are kept aside (`kept-aside/case <id>`), so pruning never deletes them.
   */
  async get(id: string): Promise<Result<StoredCase>> {
    const file = this.fileFor(id)
    try {
      const value = await file.read()
      const passedOver = file.lastLoad?.passedOver ?? []
      if (passedOver.length > 0)
        await keepAside({ dataFolder: this.options.folder, what: `case ${id}`, files: passedOver })
      return value
        ? ok({ ...value, restored: passedOver.length > 0 })
        : fail('not-found', 'This case is no longer in Convene.')
    } catch (error) {
      const files = error instanceof UnreadableError ? error.files : []
      if (files.length > 0)
        await keepAside({ dataFolder: this.options.folder, what: `case ${id}`, files }).catch(() => undefined)
      return fail(
        'unreadable',
        "This case's own record can't be opened: every saved copy of it is damaged. Its meetings are not affected. Restore the data folder from a backup to recover it.",
      )
    }
  }

  /**
   * Keeps the newest readable save of a case aside (`kept-aside/case <id>`) before its record is carried on
   * from what could be read, so the damaged changes are never pruned away.
   */
  async keepNewestAside(id: string): Promise<void> {
    const file = this.fileFor(id)
    await file.read()
    const newest = file.lastLoad?.file
    if (newest) await keepAside({ dataFolder: this.options.folder, what: `case ${id}`, files: [newest] })
  }

  /**
   * Starts a case's record again where every save of it is damaged (those were kept aside as they were
   * read): `start` is the new record, written as the next save, after the damaged ones.
   */
  startAgain(value: Case): Promise<Result<StoredCase>> {
    const run = async (): Promise<Result<StoredCase>> => {
      try {
        await this.write(value)
      } catch (error) {
        return caseSaveFailure(error)
      }
      return ok({ ...value, restored: false })
    }
    const previous = this.queues.get(value.id) ?? Promise.resolve()
    const next = previous.then(run, run)
    this.queues.set(value.id, next)
    return next
  }

  /**
   * Changes a case by a function of it, durably: the change is made on the case as saved, one change to a
   * case at a time, and what is returned is what was written. Nothing is written when the function refuses.
   */
  change(id: string, change: (before: Case) => Result<Case>, at: string): Promise<Result<StoredCase>> {
    const run = async (): Promise<Result<StoredCase>> => {
      const before = await this.get(id)
      if (!before.ok) return before
      const changed = change(before.value)
      if (!changed.ok) return changed
      const { restored: _restored, ...kept } = changed.value as StoredCase
      const after: Case = { ...kept, id, revision: before.value.revision + 1, updatedAt: at }
      try {
        await this.write(after)
      } catch (error) {
        return caseSaveFailure(error)
      }
      return ok({ ...after, restored: false })
    }
    const previous = this.queues.get(id) ?? Promise.resolve()
    const next = previous.then(run, run)
    this.queues.set(id, next)
    return next
  }
}
