import { readLeniently } from '../model/read-leniently.ts'
import {
  CouncilSettingsSchema,
  currentSettingsVersion,
  defaultSettings,
  type CouncilSettings,
} from './settings.ts'

/** One numbered step from a settings version to the next; pure, and never fails (the reader judges the result). */
export type SettingsMigration = {
  readonly from: number
  readonly to: number
  readonly name: string
  readonly migrate: (settings: Readonly<Record<string, unknown>>) => Readonly<Record<string, unknown>>
}

/**
 * Every settings migration, in order, ending at `currentSettingsVersion`. Fields added within a version
 * carry a default in the schema; a change of shape adds a step here, as meetings' migrations do.
 */
export const settingsMigrations: ReadonlyArray<SettingsMigration> = [
  {
    from: 0,
    to: 1,
    name: 'stamp the version on settings written before they had one',
    migrate: (settings) => ({ ...settings, version: 1 }),
  },
]

/** What reading stored settings found. */
export type SettingsReading = {
  readonly settings: CouncilSettings
  /** Where the stored settings could not be read and the defaults stand in ('agendaTemplates.miam'). */
  readonly replaced: ReadonlyArray<string>
  /** Written by a newer version of Convene: read as far as this version understands them. */
  readonly newerVersion: boolean
}

/**
 * Brings stored settings up to this version and reads them keeping all that can be kept: a kind of meeting
 * added since they were written gets its defaults, a field that cannot be read gets its default and is
 * listed, and settings from a newer version are read as far as this one understands them. Never throws
 * and never replaces the whole for a part.
 */
export function readSettings(raw: unknown): SettingsReading {
  const fallback = defaultSettings()
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { settings: fallback, replaced: ['(all of it)'], newerVersion: false }
  let settings = raw as Readonly<Record<string, unknown>>
  const declared = settings['version'] ?? 0
  const version = typeof declared === 'number' && Number.isInteger(declared) && declared >= 0 ? declared : 0
  const newerVersion = version > currentSettingsVersion
  let at = version
  for (const migration of settingsMigrations) {
    if (newerVersion || migration.from !== at) continue
    settings = migration.migrate(settings)
    at = migration.to
  }
  const { value, replaced } = readLeniently(
    CouncilSettingsSchema,
    { ...settings, version: currentSettingsVersion },
    fallback,
  )
  return { settings: value, replaced, newerVersion }
}

const settingsTopics: Readonly<Record<string, string>> = {
  bankHolidayRegion: 'which bank holidays count',
  reportDeadlineWorkingDays: 'report deadlines',
  scaling: "the safety scale's words",
  agendaTemplates: 'agendas',
  language: 'wording suggestions',
  timescales: 'statutory timescales',
}

/**
 * The places `readSettings` could not read, in the words of the Settings screen: 'agendas (Core group
 * meeting)', 'wording suggestions'. One entry per setting and kind of meeting.
 */
export function describeSettingsPlaces(
  places: ReadonlyArray<string>,
  kindLabels: Readonly<Record<string, string>>,
): ReadonlyArray<string> {
  const described = places.map((place) => {
    const [top = '', second] = place.split('.')
    if (place === '(all of it)') return 'all of them'
    const topic = settingsTopics[top] ?? top
    const kind = second === undefined ? undefined : kindLabels[second]
    return kind === undefined ? topic : `${topic} (${kind})`
  })
  return [...new Set(described)]
}
