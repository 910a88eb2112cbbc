import { join } from 'node:path'
import { readCase, type Case } from '../../../shared/meeting/case.ts'
import { GenerationalFile } from './generational-file.ts'

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
}
