import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { KeptHandoverSchema, type DeskEntry, type KeptHandover } from '../../../shared/handover/desk-log.ts'
import { IdSchema } from '../../../shared/model/primitives.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import { acceptedBy, GenerationalFile } from './generational-file.ts'
import { OneAtATime } from './one-at-a-time.ts'
import { deskSaveFailure } from './store-errors.ts'

/** Reading and writing the handovers inside one change, which no other change interleaves with. */
export type HandoverTransaction = {
  readonly get: (id: string) => Promise<Result<KeptHandover>>
  readonly list: () => Promise<ReadonlyArray<KeptHandover>>
  readonly write: (handover: KeptHandover) => Promise<Result<KeptHandover>>
}

/**
 * The handovers an administrator has opened: each in its own encrypted generational file
 * (`handovers/<id>/`), under the same data key as everything else, so what was sealed for the journey is
 * never kept in the clear at either end. Changes run one at a time: each reads the record as saved and
 * writes it whole, so two at once (a send recorded while the list is saved) never lose one another.
 */
export class HandoverFiles {
  private readonly folder: string
  private readonly key: Buffer
  private readonly now: () => Date
  private readonly writeFile: ((path: string, contents: Buffer) => Promise<void>) | undefined
  private readonly changes = new OneAtATime()

  constructor(options: {
    readonly folder: string
    readonly key: Buffer
    readonly now: () => Date
    /** How a file is written: the durable default, or a test's (a full disk). */
    readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
  }) {
    this.folder = options.folder
    this.key = options.key
    this.now = options.now
    this.writeFile = options.writeFile
  }

  private fileFor(id: string): GenerationalFile<KeptHandover> {
    return new GenerationalFile<KeptHandover>({
      folder: join(this.folder, 'handovers', id),
      purpose: 'handover',
      id,
      key: this.key,
      now: this.now,
      keep: 3,
      writeFile: this.writeFile,
      accept: acceptedBy(KeptHandoverSchema),
    })
  }

  private async write(handover: KeptHandover): Promise<Result<KeptHandover>> {
    try {
      await this.fileFor(handover.id).write(handover)
    } catch (error) {
      return deskSaveFailure(error)
    }
    return ok(handover)
  }

  private async read(id: string): Promise<Result<KeptHandover>> {
    try {
      const value = await this.fileFor(id).read()
      return value ? ok(value) : fail('not-found', 'This handover is not on this laptop.')
    } catch {
      return fail('unreadable', 'This handover’s saved copy is damaged. Ask the chair to hand it over again.')
    }
  }

  private async readAll(): Promise<ReadonlyArray<KeptHandover>> {
    const names = await readdir(join(this.folder, 'handovers')).catch(() => [] as string[])
    const kept: KeptHandover[] = []
    for (const name of names) {
      if (!IdSchema.safeParse(name).success) continue
      const read = await this.read(name)
      if (read.ok) kept.push(read.value)
    }
    return kept.sort((a, b) => (a.sealedAt < b.sealedAt ? 1 : a.sealedAt > b.sealedAt ? -1 : 0))
  }

  /** Runs a change that reads and writes several handovers, with no other change between its steps. */
  transaction<T>(run: (files: HandoverTransaction) => Promise<T>): Promise<T> {
    const files: HandoverTransaction = {
      get: (id) => this.read(id),
      list: () => this.readAll(),
      write: (handover) => this.write(handover),
    }
    return this.changes.run(() => run(files))
  }

  /** Keeps a handover, durably. */
  keep(handover: KeptHandover): Promise<Result<KeptHandover>> {
    return this.transaction((files) => files.write(handover))
  }

  /**
   * Changes a handover by a function of it as saved: the function checks what it must (a correction not
   * yet decided) on the record as it is now, and nothing is written when it refuses.
   */
  change(id: string, change: (before: KeptHandover) => Result<KeptHandover>): Promise<Result<KeptHandover>> {
    return this.transaction(async (files) => {
      const before = await files.get(id)
      if (!before.ok) return before
      const changed = change(before.value)
      return changed.ok ? files.write(changed.value) : changed
    })
  }

  /**
   * Adds entries to a handover's journal: the only way the log changes, so what was recorded stays as it
   * was recorded.
   */
  append(id: string, entries: ReadonlyArray<DeskEntry>): Promise<Result<KeptHandover>> {
    return this.change(id, (before) => ok({ ...before, log: [...before.log, ...entries] }))
  }

  /** A handover kept here. */
  get(id: string): Promise<Result<KeptHandover>> {
    return this.read(id)
  }

  /** Every handover kept here that can be read, newest first. */
  list(): Promise<ReadonlyArray<KeptHandover>> {
    return this.readAll()
  }
}
