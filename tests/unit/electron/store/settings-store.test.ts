import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SettingsStore } from '../../../../electron/services/store/settings-store.ts'
import { GenerationalFile } from '../../../../electron/services/store/generational-file.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { defaultSettings } from '../../../../shared/settings/settings.ts'
import { aClock, aKey } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

async function open(folder: string, key: Buffer) {
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
    const { store, logger } = await open(folder, key)
    expect(store.get().bankHolidayRegion).toBe('scotland')
    expect(store.get().language).toEqual(defaultSettings().language)
    expect(logger.lines).toEqual([])
  })

  it('keeps the council’s language rules across a restart, and refuses a half-filled phrase in plain words', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const { store } = await open(folder, key)
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
    expect((await open(folder, key)).store.get().language).toEqual(language)

    const halfFilled = await store.update({
      language: { ...language, extraRules: [{ ...language.extraRules[0]!, reason: ' ' }] },
    })
    expect(halfFilled.ok).toBe(false)
    expect(!halfFilled.ok && halfFilled.error.message).toMatch(/Say why, in a few plain words/)
    expect(store.get().language).toEqual(language)
  })
})
