import { join } from 'node:path'
import { Low } from 'lowdb'
import {
  CouncilSettingsSchema,
  defaultSettings,
  type CouncilSettings,
  type CouncilSettingsPatch,
} from '../../../shared/settings/settings.ts'
import { problemsOf } from '../../../shared/model/migrations.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import { GenerationalFile, UnreadableError } from './generational-file.ts'
import { GroupCommit } from './group-commit.ts'
import { saveFailure } from './store-errors.ts'
import type { Logger } from '../logger.ts'

const settingsId = '00000000-0000-4000-8000-000000000001'

/**
 * The council's settings (agenda templates, deadlines, the safety scale's words), encrypted and saved like
 * the meetings. Unreadable or invalid settings fall back to the defaults, and the log says so.
 */
export class SettingsStore {
  private readonly db: Low<CouncilSettings>
  private readonly commits: GroupCommit<CouncilSettings>
  private readonly listeners = new Set<(settings: CouncilSettings) => void>()

  private constructor(db: Low<CouncilSettings>) {
    this.db = db
    this.commits = new GroupCommit(async () => {
      const written = this.db.data
      await this.db.write()
      return written
    })
  }

  /** Opens the settings in a data folder. */
  static async open(options: {
    readonly folder: string
    readonly key: Buffer
    readonly now: () => Date
    readonly logger: Logger
  }): Promise<SettingsStore> {
    const file = new GenerationalFile<CouncilSettings>({
      folder: join(options.folder, 'settings'),
      purpose: 'settings',
      id: settingsId,
      key: options.key,
      now: options.now,
      keep: 5,
    })
    const db = new Low<CouncilSettings>(file, defaultSettings())
    try {
      const raw = await file.read()
      const parsed = raw === null ? null : CouncilSettingsSchema.safeParse(raw)
      if (parsed && !parsed.success)
        options.logger.warn('settings.invalid-using-defaults', { problems: parsed.error.issues.length })
      db.data = parsed?.success ? parsed.data : defaultSettings()
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error
      options.logger.warn('settings.unreadable-using-defaults', { damaged: error.damaged })
      db.data = defaultSettings()
    }
    return new SettingsStore(db)
  }

  /** The settings in force. */
  get(): CouncilSettings {
    return this.db.data
  }

  /** Changes some settings, checking the whole result; saved durably before it resolves. */
  async update(patch: CouncilSettingsPatch): Promise<Result<CouncilSettings>> {
    const checked = CouncilSettingsSchema.safeParse({ ...this.db.data, ...patch })
    if (!checked.success) {
      const [first] = problemsOf(checked.error)
      return fail('invalid-argument', `These settings cannot be saved: ${first?.path}: ${first?.message}`)
    }
    const before = this.db.data
    this.db.data = checked.data
    try {
      const written = await this.commits.commit()
      for (const listener of this.listeners) listener(written)
      return ok(written)
    } catch (error) {
      this.db.data = before
      return saveFailure(error)
    }
  }

  /** Puts every setting back to the defaults. */
  async reset(): Promise<Result<CouncilSettings>> {
    const { version: _version, ...defaults } = defaultSettings()
    return this.update(defaults)
  }

  /** Listens for saved changes. */
  onDidUpdate(listener: (settings: CouncilSettings) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
