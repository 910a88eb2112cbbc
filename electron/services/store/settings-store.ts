import { join } from 'node:path'
import {
  CouncilSettingsSchema,
  defaultSettings,
  type CouncilSettings,
  type CouncilSettingsPatch,
} from '../../../shared/settings/settings.ts'
import { problemsOf } from '../../../shared/model/migrations.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import { GenerationalFile, UnreadableError } from './generational-file.ts'
import { DurableDocument } from './durable-document.ts'
import { saveFailure } from './store-errors.ts'
import type { Logger } from '../logger.ts'

const settingsId = '00000000-0000-4000-8000-000000000001'

/**
 * The council's settings (agenda templates, deadlines, the safety scale's words), encrypted and saved like
 * the meetings. Unreadable or invalid settings fall back to the defaults, and the log says so.
 */
export class SettingsStore {
  private readonly doc: DurableDocument<CouncilSettings>
  private readonly listeners = new Set<(settings: CouncilSettings) => void>()

  private constructor(doc: DurableDocument<CouncilSettings>) {
    this.doc = doc
  }

  /** Opens the settings in a data folder. */
  static async open(options: {
    readonly folder: string
    readonly key: Buffer
    readonly now: () => Date
    readonly logger: Logger
    readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
  }): Promise<SettingsStore> {
    const file = new GenerationalFile<CouncilSettings>({
      folder: join(options.folder, 'settings'),
      purpose: 'settings',
      id: settingsId,
      key: options.key,
      now: options.now,
      keep: 5,
      writeFile: options.writeFile,
    })
    let data = defaultSettings()
    try {
      const raw = await file.read()
      const parsed = raw === null ? null : CouncilSettingsSchema.safeParse(raw)
      if (parsed && !parsed.success)
        options.logger.warn('settings.invalid-using-defaults', { problems: parsed.error.issues.length })
      if (parsed?.success) data = parsed.data
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error
      options.logger.warn('settings.unreadable-using-defaults', { damaged: error.damaged })
    }
    return new SettingsStore(new DurableDocument(file, data))
  }

  /** The settings in force. */
  get(): CouncilSettings {
    return this.doc.data
  }

  /** Changes some settings, checking the whole result; saved durably before it resolves. */
  async update(patch: CouncilSettingsPatch): Promise<Result<CouncilSettings>> {
    const checked = CouncilSettingsSchema.safeParse({ ...this.doc.data, ...patch })
    if (!checked.success) {
      const [first] = problemsOf(checked.error)
      return fail('invalid-argument', `These settings cannot be saved: ${first?.path}: ${first?.message}`)
    }
    try {
      const written = await this.doc.change(checked.data)
      for (const listener of this.listeners) listener(written)
      return ok(written)
    } catch (error) {
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
