import { join } from 'node:path'
import {
  CouncilSettingsSchema,
  defaultSettings,
  type CouncilSettings,
  type CouncilSettingsPatch,
} from '../../../shared/settings/settings.ts'
import { problemsOf } from '../../../shared/meeting/migrations.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import { GenerationalFile, UnreadableError } from './generational-file.ts'
import { keepAside } from './kept-aside.ts'
import {
  describeSettingsPlaces,
  readSettings,
  type SettingsReading,
} from '../../../shared/settings/settings-migrations.ts'
import { meetingKindLabels } from '../../../shared/kinds/registry.ts'
import type { StoreNotice } from '../../../shared/contract/values.ts'
import { formatBritishDateTime } from '../../../shared/dates/british-date.ts'
import { DurableDocument } from './durable-document.ts'
import { saveFailure } from './store-errors.ts'
import type { Logger } from '../logger.ts'

const settingsId = '00000000-0000-4000-8000-000000000001'

/**
 * The council's settings (agenda templates, deadlines, the safety scale's words), encrypted and saved like
 * the meetings, versioned and migrated like them. Settings that cannot be read whole are never replaced
 * by the defaults: what can be read is kept, field by field; the file as it was is copied to `kept-aside/`
 * in the data folder; and `notice` tells the user, in plain words, what was not kept.
 */
export class SettingsStore {
  private readonly doc: DurableDocument<CouncilSettings>
  private readonly listeners = new Set<(settings: CouncilSettings) => void>()
  private problem: StoreNotice | null

  private constructor(doc: DurableDocument<CouncilSettings>, notice: StoreNotice | null) {
    this.doc = doc
    this.problem = notice
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
    const keep = (files: ReadonlyArray<string>) =>
      keepAside({ dataFolder: options.folder, what: 'settings', files }).catch((error: unknown) => {
        options.logger.error('settings.keep-aside-failed', {}, error)
        return null
      })
    let data = defaultSettings()
    let notice: StoreNotice | null = null
    try {
      const raw = await file.read()
      const load = file.lastLoad
      if (raw !== null && load) {
        const reading = readSettings(raw)
        data = reading.settings
        if (reading.replaced.length > 0 || reading.newerVersion || load.passedOver.length > 0) {
          options.logger.warn('settings.partly-read', {
            replaced: reading.replaced.length,
            newerVersion: reading.newerVersion,
            damagedNewer: load.damagedNewer,
          })
          const where = await keep([
            ...(reading.replaced.length > 0 || reading.newerVersion ? [load.file] : []),
            ...load.passedOver,
          ])
          notice = settingsNotice(reading, load.damagedNewer > 0 ? load.savedAt : null, where)
        }
      }
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error
      options.logger.warn('settings.unreadable', { damaged: error.damaged })
      notice = {
        about: 'settings',
        title: "The council's settings could not be read",
        message: `Every saved copy of the settings failed its check, so Convene is using its own defaults for now: nothing has been written over them. ${keptWhere(await keep(error.files))}Restore the data folder from a backup, or set the settings again in Settings.`,
      }
    }
    return new SettingsStore(new DurableDocument(file, data), notice)
  }

  /** What the user must be told about how the settings were read, until they are saved again. */
  get notice(): StoreNotice | null {
    return this.problem
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
      // What is on screen is now what is saved: the settings as read are no longer in question.
      this.problem = null
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

const keptWhere = (where: string | null): string =>
  where === null ? '' : `A copy of the file as it was is kept in the data folder, in ${where}. `

/** What to tell the user about settings read in part, or from an earlier save. */
function settingsNotice(
  reading: SettingsReading,
  restoredFrom: string | null,
  where: string | null,
): StoreNotice {
  const places = describeSettingsPlaces(reading.replaced, meetingKindLabels)
  const notKept =
    places.length === 0
      ? ''
      : `These could not be read and are Convene's defaults for now: ${places.join('; ')}. Check them in Settings. `
  if (reading.newerVersion)
    return {
      about: 'settings',
      title: "The council's settings were saved by a newer version of Convene",
      message: `This version has read what it understands of them. ${notKept}${keptWhere(where)}Update Convene to use all of them.`,
    }
  if (places.length > 0)
    return {
      about: 'settings',
      title: "Some of the council's settings could not be read",
      message: `Convene kept everything else. ${notKept}${keptWhere(where)}`.trim(),
    }
  return {
    about: 'settings',
    title: "An earlier save of the council's settings was used",
    message:
      `The latest save of the settings was damaged, so Convene opened the one from ${restoredFrom ? formatBritishDateTime(new Date(restoredFrom)) : 'before it'}. Check the settings changed since then. ${keptWhere(where)}`.trim(),
  }
}
