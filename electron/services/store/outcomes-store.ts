import { join } from 'node:path'
import { KeptOutcomesSchema, type KeptOutcomes } from '../../../shared/outcomes/outcomes-file.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import { acceptedBy, GenerationalFile } from './generational-file.ts'
import { OneAtATime } from './one-at-a-time.ts'
import { deskSaveFailure } from './store-errors.ts'

/**
 * The outcomes files a service lead has imported (`outcomes/`): one encrypted generational file under the
 * data key, like everything else, though it holds no names. Changes run one at a time, each on the file as
 * saved, so two imports at once never lose one another.
 */
export class OutcomesStore {
  private readonly file: GenerationalFile<KeptOutcomes>
  private readonly changes = new OneAtATime()

  constructor(options: {
    readonly folder: string
    readonly key: Buffer
    readonly now: () => Date
    readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
  }) {
    this.file = new GenerationalFile<KeptOutcomes>({
      folder: join(options.folder, 'outcomes'),
      purpose: 'outcomes',
      id: 'imported',
      key: options.key,
      now: options.now,
      keep: 3,
      writeFile: options.writeFile,
      accept: acceptedBy(KeptOutcomesSchema),
    })
  }

  /** What was imported, or nothing yet. */
  async get(): Promise<Result<KeptOutcomes>> {
    try {
      return ok((await this.file.read()) ?? { imports: [] })
    } catch {
      return fail(
        'unreadable',
        'The outcomes imported on this laptop could not be read. Import the files again to see the figures.',
      )
    }
  }

  /** Changes what was imported by a function of it as saved; nothing is written when it refuses. */
  change<T>(
    change: (before: KeptOutcomes) => Result<{ readonly kept: KeptOutcomes; readonly value: T }>,
  ): Promise<Result<T>> {
    const run = async (): Promise<Result<T>> => {
      const before = await this.get()
      if (!before.ok) return before
      const changed = change(before.value)
      if (!changed.ok) return changed
      // Never write what could not be read back (the reader would fall back to an older save).
      if (changed.value.kept !== before.value && !KeptOutcomesSchema.safeParse(changed.value.kept).success)
        return fail(
          'invalid-argument',
          'This could not be kept: it is more than Convene keeps. Nothing was changed.',
        )
      if (changed.value.kept !== before.value)
        try {
          await this.file.write(changed.value.kept)
        } catch (error) {
          return deskSaveFailure(error)
        }
      return ok(changed.value.value)
    }
    return this.changes.run(run)
  }
}
