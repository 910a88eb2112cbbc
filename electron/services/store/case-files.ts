import { join } from 'node:path'
import { readCase, type Case } from '../../../shared/meeting/case.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import { GenerationalFile } from './generational-file.ts'
import { saveFailure } from './store-errors.ts'

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

  /** A case as saved, or null where there is none. Throws UnreadableError when every save is damaged. */
  read(id: string): Promise<Case | null> {
    return this.fileFor(id).read()
  }

  /** Saves a case durably. */
  write(value: Case): Promise<void> {
    return this.fileFor(value.id).write(value)
  }

  /** A case as saved, or a plain-words failure: none here, or every save of it damaged. */
  async get(id: string): Promise<Result<Case>> {
    try {
      const value = await this.read(id)
      return value ? ok(value) : fail('not-found', 'This case is no longer in Convene.')
    } catch {
      return fail(
        'unreadable',
        "This case's own record can't be opened: every saved copy of it is damaged. Its meetings are not affected. Restore the data folder from a backup to recover it.",
      )
    }
  }

  /**
   * Changes a case by a function of it, durably: the change is made on the case as saved, one change to a
   * case at a time, and what is returned is what was written. Nothing is written when the function refuses.
   */
  change(id: string, change: (before: Case) => Result<Case>, at: string): Promise<Result<Case>> {
    const run = async (): Promise<Result<Case>> => {
      const before = await this.get(id)
      if (!before.ok) return before
      const changed = change(before.value)
      if (!changed.ok) return changed
      const after: Case = { ...changed.value, id, revision: before.value.revision + 1, updatedAt: at }
      try {
        await this.write(after)
      } catch (error) {
        return saveFailure(error)
      }
      return ok(after)
    }
    const previous = this.queues.get(id) ?? Promise.resolve()
    const next = previous.then(run, run)
    this.queues.set(id, next)
    return next
  }
}
