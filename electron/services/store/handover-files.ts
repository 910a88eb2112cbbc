import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { KeptHandoverSchema, type DeskEntry, type KeptHandover } from '../../../shared/handover/desk-log.ts'
import { IdSchema } from '../../../shared/model/primitives.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import { GenerationalFile } from './generational-file.ts'
import { saveFailure } from './store-errors.ts'

/**
 * The handovers an administrator has opened: each in its own encrypted generational file
 * (`handovers/<id>/`), under the same data key as everything else, so what was sealed for the journey is
 * never kept in the clear at either end.
 */
export class HandoverFiles {
  private readonly folder: string
  private readonly key: Buffer
  private readonly now: () => Date

  constructor(options: { readonly folder: string; readonly key: Buffer; readonly now: () => Date }) {
    this.folder = options.folder
    this.key = options.key
    this.now = options.now
  }

  private fileFor(id: string): GenerationalFile<KeptHandover> {
    return new GenerationalFile<KeptHandover>({
      folder: join(this.folder, 'handovers', id),
      purpose: 'handover',
      id,
      key: this.key,
      now: this.now,
      keep: 3,
      accept: (raw) => {
        const parsed = KeptHandoverSchema.safeParse(raw)
        return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'invalid' }
      },
    })
  }

  /** Keeps a handover, durably; the same one opened twice is kept once. */
  async keep(handover: KeptHandover): Promise<Result<KeptHandover>> {
    try {
      await this.fileFor(handover.id).write(handover)
    } catch (error) {
      return saveFailure(error)
    }
    return ok(handover)
  }

  /**
   * Adds entries to a handover's journal: the only way the log changes, so what was recorded stays as it
   * was recorded.
   */
  async append(id: string, entries: ReadonlyArray<DeskEntry>): Promise<Result<KeptHandover>> {
    const kept = await this.get(id)
    if (!kept.ok) return kept
    return this.keep({ ...kept.value, log: [...kept.value.log, ...entries] })
  }

  /** A handover kept here. */
  async get(id: string): Promise<Result<KeptHandover>> {
    try {
      const value = await this.fileFor(id).read()
      return value ? ok(value) : fail('not-found', 'This handover is not on this laptop.')
    } catch {
      return fail('unreadable', 'This handover’s saved copy is damaged. Ask the chair to hand it over again.')
    }
  }

  /** Every handover kept here that can be read, newest first. */
  async list(): Promise<ReadonlyArray<KeptHandover>> {
    const names = await readdir(join(this.folder, 'handovers')).catch(() => [] as string[])
    const kept: KeptHandover[] = []
    for (const name of names) {
      if (!IdSchema.safeParse(name).success) continue
      const read = await this.get(name)
      if (read.ok) kept.push(read.value)
    }
    return kept.sort((a, b) => (a.sealedAt < b.sealedAt ? 1 : a.sealedAt > b.sealedAt ? -1 : 0))
  }
}
