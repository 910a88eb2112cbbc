import { describe, expect, it } from 'vitest'
import { SettingsStore } from '../../../../electron/services/store/settings-store.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { bundledHolidayFile } from '../../../../shared/calendar/bank-holidays.ts'
import { councilCalendar } from '../../../../shared/calendar/council-calendar.ts'
import { aClock, aKey } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

const open = (folder: string, key: Buffer) =>
  SettingsStore.open({ folder, key, now: aClock().now, logger: createMemoryLogger() })

describe('an imported bank-holiday list in the settings', () => {
  it('is kept across a restart, counted from, and dropped by putting back the defaults', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const store = await open(folder, key)
    const file = structuredClone(bundledHolidayFile)
    file['england-and-wales'].events.push({
      title: 'A one-off bank holiday',
      date: '2028-06-09',
      notes: '',
      bunting: true,
    })
    const saved = await store.update({
      importedBankHolidays: { importedAt: '2027-11-01T10:00:00.000Z', file },
    })
    expect(saved.ok).toBe(true)

    const reopened = await open(folder, key)
    expect(councilCalendar(reopened.get()).isBankHoliday('2028-06-09')).toBe(true)

    expect((await reopened.reset()).ok).toBe(true)
    expect((await open(folder, key)).get().importedBankHolidays).toBeNull()
  })

  it('refuses a list with a date that does not exist, keeping the one saved', async () => {
    const folder = await tempFolder()
    const store = await open(folder, aKey())
    const file = structuredClone(bundledHolidayFile)
    file.scotland.events.push({ title: 'Odd', date: '2028-02-30', notes: '', bunting: true })
    const refused = await store.update({
      importedBankHolidays: { importedAt: '2027-11-01T10:00:00.000Z', file },
    })
    expect(refused.ok).toBe(false)
    expect(store.get().importedBankHolidays).toBeNull()
  })
})
