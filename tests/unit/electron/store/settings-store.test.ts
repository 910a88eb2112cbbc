import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SettingsStore } from '../../../../electron/services/store/settings-store.ts'
import { GenerationalFile } from '../../../../electron/services/store/generational-file.ts'
import { open } from '../../../../electron/services/store/envelope.ts'
import { savesNewestFirst } from '../../../helpers/files.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { defaultSettings } from '../../../../shared/settings/settings.ts'
import { aClock, aKey } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

async function openStore(folder: string, key: Buffer) {
  const logger = createMemoryLogger()
  const store = await SettingsStore.open({ folder, key, now: aClock().now, logger })
  return { store, logger }
}

describe('SettingsStore', () => {
  it('reads settings saved before the language assistant existed, with its defaults', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const { language: _added, ...before } = {
      ...defaultSettings(),
      bankHolidayRegion: 'scotland' as const,
    }
    const file = new GenerationalFile<unknown>({
      folder: join(folder, 'settings'),
      purpose: 'settings',
      id: '00000000-0000-4000-8000-000000000001',
      key,
      now: aClock().now,
      keep: 5,
    })
    await file.write(before)
    const { store, logger } = await openStore(folder, key)
    expect(store.get().bankHolidayRegion).toBe('scotland')
    expect(store.get().language).toEqual(defaultSettings().language)
    expect(logger.lines).toEqual([])
  })

  it('keeps the council’s language rules across a restart, and refuses a half-filled phrase in plain words', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const { store } = await openStore(folder, key)
    const language = {
      ...defaultSettings().language,
      disabledCategories: ['jargon' as const],
      extraRules: [
        {
          id: 'extra-kicked-off',
          category: 'blaming' as const,
          phrase: 'kicked off',
          reason: 'Say what happened.',
          suggestion: 'became upset',
        },
      ],
    }
    expect((await store.update({ language })).ok).toBe(true)
    expect((await openStore(folder, key)).store.get().language).toEqual(language)

    const halfFilled = await store.update({
      language: { ...language, extraRules: [{ ...language.extraRules[0]!, reason: ' ' }] },
    })
    expect(halfFilled.ok).toBe(false)
    expect(!halfFilled.ok && halfFilled.error.message).toMatch(/Say why, in a few plain words/)
    expect(store.get().language).toEqual(language)
  })
})

const settingsFolder = (folder: string) => join(folder, 'settings')
const settingsIdentity = { purpose: 'settings' as const, id: '00000000-0000-4000-8000-000000000001' }

/** Writes settings as another build (older, newer, or with fewer kinds of meeting) would have saved them. */
async function writeSettingsAsAnotherBuildWould(folder: string, key: Buffer, settings: unknown) {
  const file = new GenerationalFile<unknown>({
    folder: settingsFolder(folder),
    ...settingsIdentity,
    key,
    now: aClock().now,
    keep: 5,
  })
  await file.write(settings)
}

/** The council's own choices, distinct from every default. */
function councilSettings() {
  const defaults = defaultSettings()
  return {
    ...defaults,
    bankHolidayRegion: 'scotland' as const,
    scaling: { zeroMeans: 'Dim sàbhailte', tenMeans: 'Sàbhailte gu leòr', higherIsSafer: true },
    agendaTemplates: {
      ...defaults.agendaTemplates,
      icpc: [{ key: 'failte', heading: 'Fàilte agus ro-ràdh', prompt: '', kind: 'notes' as const }],
    },
  }
}

/** Every save kept in the settings folder, opened. */
async function keptSaves(folder: string, key: Buffer): Promise<Array<Record<string, unknown>>> {
  const saves = await savesNewestFirst(settingsFolder(folder), key, settingsIdentity)
  return Promise.all(
    saves.map(
      async (path) =>
        JSON.parse(open(key, await readFile(path), settingsIdentity).contents.toString()) as Record<
          string,
          unknown
        >,
    ),
  )
}

describe('SettingsStore, reading settings it cannot read whole', () => {
  it("loads today's settings in a build that knows one more kind of meeting, giving that kind its defaults", async () => {
    const folder = await tempFolder()
    const key = aKey()
    const council = councilSettings()
    // As a build without mediation sessions wrote them: no template and no deadline for that kind.
    const { 'mediation-session': _template, ...agendaTemplates } = council.agendaTemplates
    const { 'mediation-session': _deadline, ...reportDeadlineWorkingDays } = council.reportDeadlineWorkingDays
    await writeSettingsAsAnotherBuildWould(folder, key, {
      ...council,
      agendaTemplates,
      reportDeadlineWorkingDays,
    })

    const { store, logger } = await openStore(folder, key)
    expect(store.get().bankHolidayRegion).toBe('scotland')
    expect(store.get().scaling.zeroMeans).toBe('Dim sàbhailte')
    expect(store.get().agendaTemplates.icpc[0]?.heading).toBe('Fàilte agus ro-ràdh')
    expect(store.get().agendaTemplates['mediation-session']).toEqual(
      defaultSettings().agendaTemplates['mediation-session'],
    )
    expect(store.get().reportDeadlineWorkingDays['mediation-session']).toBe(2)
    expect(store.notice).toBeNull()
    expect(logger.lines).toEqual([])
  })

  it('keeps what it can of a field it cannot read, says exactly what it could not, and keeps the file aside', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const council = councilSettings()
    await writeSettingsAsAnotherBuildWould(folder, key, {
      ...council,
      timescales: { ...council.timescales, icpcWithinWorkingDays: 'fifteen' },
    })
    const { store } = await openStore(folder, key)
    expect(store.get().bankHolidayRegion).toBe('scotland')
    expect(store.get().timescales).toEqual(defaultSettings().timescales)
    expect(store.notice).toMatchObject({
      about: 'settings',
      title: "Some of the council's settings could not be read",
    })
    expect(store.notice?.message).toContain(
      "These could not be read and are Convene's defaults for now: statutory timescales.",
    )
    expect(store.notice?.message).toContain(`kept in the data folder, in ${join('kept-aside', 'settings')}`)
    const [kept = ''] = await readdir(join(folder, 'kept-aside', 'settings'))
    const original = open(key, await readFile(join(folder, 'kept-aside', 'settings', kept)), settingsIdentity)
    expect(JSON.parse(original.contents.toString()).timescales.icpcWithinWorkingDays).toBe('fifteen')
  })

  it("still holds the council's settings in every kept save after five ordinary changes", async () => {
    const folder = await tempFolder()
    const key = aKey()
    await writeSettingsAsAnotherBuildWould(folder, key, {
      ...councilSettings(),
      version: 2,
      retention: { years: 7 },
    })
    const { store } = await openStore(folder, key)
    expect(store.notice?.title).toBe("The council's settings were saved by a newer version of Convene")
    for (let change = 1; change <= 5; change += 1) {
      const saved = await store.update({
        language: { ...defaultSettings().language, readabilityTarget: 60 + change },
      })
      expect(saved.ok).toBe(true)
    }
    const saves = await keptSaves(folder, key)
    expect(saves).toHaveLength(5)
    for (const save of saves) {
      expect(save['bankHolidayRegion']).toBe('scotland')
      expect((save['scaling'] as { zeroMeans: string }).zeroMeans).toBe('Dim sàbhailte')
    }
    // The newer version's file, with what this version does not understand, is kept as it was.
    const [kept = ''] = await readdir(join(folder, 'kept-aside', 'settings'))
    const original = open(key, await readFile(join(folder, 'kept-aside', 'settings', kept)), settingsIdentity)
    expect(JSON.parse(original.contents.toString())).toMatchObject({ version: 2, retention: { years: 7 } })
    expect(store.notice).toBeNull()
  })

  it('uses the defaults without writing over settings it cannot open at all, and says so', async () => {
    const folder = await tempFolder()
    await writeSettingsAsAnotherBuildWould(folder, aKey(), councilSettings())
    const before = await readdir(settingsFolder(folder))
    const { store } = await openStore(folder, aKey())
    expect(store.get()).toEqual(defaultSettings())
    expect(store.notice?.title).toBe("The council's settings could not be read")
    expect(await readdir(settingsFolder(folder))).toEqual(before)
    expect(await readdir(join(folder, 'kept-aside', 'settings'))).toEqual(before)
  })
})
