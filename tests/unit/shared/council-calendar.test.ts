import { describe, expect, it } from 'vitest'
import { bundledCalendar, bundledHolidayFile } from '../../../shared/calendar/bank-holidays.ts'
import {
  councilCalendar,
  describeCalendar,
  readBankHolidayFile,
  yearsListed,
} from '../../../shared/calendar/council-calendar.ts'
import { addWorkingDays } from '../../../shared/calendar/working-days.ts'
import { CouncilSettingsSchema, defaultSettings } from '../../../shared/settings/settings.ts'

/** A file as GOV.UK publishes it: the bundled list without our note, and a made-up later year. */
function govUkFile(extra: ReadonlyArray<{ title: string; date: string }> = []) {
  const { _about: _note, ...file } = structuredClone(bundledHolidayFile) as Record<string, unknown> &
    typeof bundledHolidayFile
  for (const region of ['england-and-wales', 'scotland', 'northern-ireland'] as const)
    file[region].events.push(...extra.map((event) => ({ ...event, notes: '', bunting: true })))
  return file
}

describe('readBankHolidayFile', () => {
  it('reads the government’s file, later years and one-offs included', () => {
    const read = readBankHolidayFile(
      JSON.stringify(
        govUkFile([
          { title: 'New Year’s Day', date: '2028-01-03' },
          { title: 'A one-off bank holiday', date: '2028-06-09' },
        ]),
      ),
    )
    expect(read.ok).toBe(true)
    if (read.ok) expect(yearsListed(read.value, 'scotland')).toBe('2020 to 2028')
  })

  it.each([
    ['an empty file', '', /not written in JSON/],
    ['a truncated file', JSON.stringify(govUkFile()).slice(0, 500), /not written in JSON/],
    [
      'a meeting file',
      JSON.stringify({ format: 'convene-meeting', meeting: {} }),
      /no list for England and Wales or Scotland or Northern Ireland/,
    ],
    ['a list', '[1, 2, 3]', /does not hold a list for each part of the UK/],
    [
      'a file without Scotland',
      JSON.stringify({ ...govUkFile(), scotland: undefined }),
      /no list for Scotland\./,
    ],
    [
      'a date that does not exist',
      JSON.stringify(govUkFile([{ title: 'Odd', date: '2028-02-30' }])),
      /in the list for England and Wales has a date that is not a real date \(2028-02-30\)/,
    ],
    [
      'events that are not events',
      JSON.stringify({
        ...govUkFile(),
        'northern-ireland': { division: 'northern-ireland', events: 'none' },
      }),
      /something in the list for Northern Ireland is not in the shape GOV\.UK publishes \(northern-ireland\.events: Expected a list, not text\)/,
    ],
    [
      'lists with nothing in them',
      JSON.stringify(
        Object.fromEntries(
          ['england-and-wales', 'scotland', 'northern-ireland'].map((name) => [
            name,
            { division: name, events: [] },
          ]),
        ),
      ),
      /lists no bank holidays at all/,
    ],
    ['a huge file', `{"england-and-wales": "${'x'.repeat(1_100_000)}"}`, /far too large/],
  ])('refuses %s in plain words', (_what, text, message) => {
    const read = readBankHolidayFile(text)
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.error.message).toMatch(/^This is not the government's bank holidays file/)
      expect(read.error.message).toMatch(message)
    }
  })
})

describe('councilCalendar', () => {
  it('is the bundled calendar where settings saved before the import existed have no such field', () => {
    const { importedBankHolidays: _absent, ...old } = defaultSettings()
    const settings = CouncilSettingsSchema.parse(old)
    expect(settings.importedBankHolidays).toBeUndefined()
    expect(councilCalendar(settings)).toBe(bundledCalendar('england-and-wales'))
    expect(describeCalendar(settings)).toMatch(
      /as published up to the end of 2027 \(the list Convene came with\)/,
    )
  })

  it('counts over a one-off holiday only the imported list knows, for the division chosen', () => {
    const read = readBankHolidayFile(JSON.stringify(govUkFile([{ title: 'A one-off', date: '2028-06-09' }])))
    if (!read.ok) throw new Error(read.error.message)
    const settings = CouncilSettingsSchema.parse({
      ...defaultSettings(),
      bankHolidayRegion: 'northern-ireland',
      importedBankHolidays: { importedAt: '2027-11-01T10:00:00.000Z', file: read.value },
    })
    const calendar = councilCalendar(settings)
    expect(calendar.region).toBe('northern-ireland')
    expect(addWorkingDays('2028-06-08', 1, calendar)).toBe('2028-06-12')
    expect(addWorkingDays('2028-06-08', 1, bundledCalendar('northern-ireland'))).toBe('2028-06-09')
    expect(councilCalendar(settings)).toBe(calendar)
    expect(describeCalendar(settings)).toMatch(
      /Northern Ireland are as published up to the end of 2028 \(the list imported on 01\/11\/2027/,
    )
  })
})
