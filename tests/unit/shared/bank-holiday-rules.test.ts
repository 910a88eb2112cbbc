import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  bankHolidayRegions,
  calculatedHolidays,
  easterSunday,
  type BankHolidayRegion,
} from '../../../shared/calendar/bank-holiday-rules.ts'
import {
  BankHolidayFileSchema,
  bundledCalendar,
  bundledHolidayFile,
  calendarFrom,
} from '../../../shared/calendar/bank-holidays.ts'
import {
  addWorkingDays,
  restsOnCalculatedHolidays,
  subtractWorkingDays,
} from '../../../shared/calendar/working-days.ts'

const datesOf = (events: ReadonlyArray<{ readonly date: string }>): string[] =>
  events.map((event) => event.date).sort()
const publishedIn = (region: BankHolidayRegion, year: number): string[] =>
  datesOf(bundledHolidayFile[region].events.filter((event) => event.date.startsWith(`${year}-`)))
const calculatedIn = (region: BankHolidayRegion, year: number): string[] =>
  datesOf(calculatedHolidays(region, year))

/**
 * The holidays made or moved by proclamation in the published years, which no rule can give: VE Day 75
 * moved the early May holiday to Friday 8 May 2020; the Platinum Jubilee moved the spring holiday to
 * Thursday 2 June 2022 and added Friday 3 June; the State Funeral (19 September 2022) and the Coronation
 * (8 May 2023) were added. They are the same in all three divisions.
 */
const oneOffs = {
  onlyPublished: ['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08'],
  onlyCalculated: ['2020-05-04', '2022-05-30'],
}

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2031, '2031-04-13'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('gives Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date)
  })
})

describe('the calculated bank holidays', () => {
  it.each(bankHolidayRegions)(
    'equal the published list for %s in every year 2020 to 2027, the one-offs aside',
    (region) => {
      for (let year = 2020; year <= 2027; year += 1) {
        const published = publishedIn(region, year).filter((date) => !oneOffs.onlyPublished.includes(date))
        const calculated = calculatedIn(region, year).filter((date) => !oneOffs.onlyCalculated.includes(date))
        expect(calculated, `${region} ${year}`).toEqual(published)
      }
    },
  )

  it('differ from the published list in exactly the one-offs, which only the list can know', () => {
    for (const region of bankHolidayRegions) {
      const published = new Set([2020, 2021, 2022, 2023].flatMap((year) => publishedIn(region, year)))
      const calculated = new Set([2020, 2021, 2022, 2023].flatMap((year) => calculatedIn(region, year)))
      expect([...published].filter((date) => !calculated.has(date))).toEqual(oneOffs.onlyPublished)
      expect([...calculated].filter((date) => !published.has(date))).toEqual(oneOffs.onlyCalculated)
    }
  })

  it.each(bankHolidayRegions)(
    'equal, for %s in 2028 to 2030, the dates Convene shipped when it wrote them out by hand',
    (region) => {
      const shipped = BankHolidayFileSchema.parse(
        JSON.parse(
          readFileSync(join(import.meta.dirname, '../../fixtures/bank-holidays-2028-2030.json'), 'utf8'),
        ),
      )
      for (let year = 2028; year <= 2030; year += 1)
        expect(calculatedIn(region, year), `${region} ${year}`).toEqual(
          datesOf(shipped[region].events.filter((event) => event.date.startsWith(`${year}-`))),
        )
    },
  )

  it('name a substitute day as such', () => {
    expect(calculatedHolidays('england-and-wales', 2032).slice(-2)).toEqual([
      { title: 'Christmas Day', date: '2032-12-27', notes: 'Substitute day' },
      { title: 'Boxing Day', date: '2032-12-28', notes: 'Substitute day' },
    ])
  })
})

describe('a calendar beyond the published list', () => {
  const england = bundledCalendar('england-and-wales')
  const scotland = bundledCalendar('scotland')
  const northernIreland = bundledCalendar('northern-ireland')

  it('counts over Christmas on a Saturday (2032): Monday 27 and Tuesday 28 December, then Monday 3 January', () => {
    // From Friday 17 December 2032, 15 working days: 20, 21, 22, 23, 24 December (5); 27 and 28 are the
    // Christmas and Boxing Day substitutes; 29, 30, 31 (8); 1 and 2 January 2033 are a weekend and
    // Monday 3 is New Year's Day's substitute; 4, 5, 6, 7 (12); 10, 11, 12 (15).
    expect(addWorkingDays('2032-12-17', 15, england)).toBe('2033-01-12')
    // The minutes of a conference on Christmas Eve 2032 are due one working day later: Wednesday 29.
    expect(addWorkingDays('2032-12-24', 1, england)).toBe('2032-12-29')
  })

  it('counts over Christmas on a Sunday (2033): Boxing Day Monday 26, the substitute Tuesday 27', () => {
    // From Friday 23 December 2033, 5 working days: 26 and 27 are holidays; 28, 29, 30 (3); New Year's
    // Day 2034 is a Sunday, so Monday 2 January is its substitute; 3, 4 (5).
    expect(addWorkingDays('2033-12-23', 5, england)).toBe('2034-01-04')
  })

  it("keeps Scotland's 2 January after a New Year's Day on a Saturday (2033)", () => {
    // Saturday 1 January 2033 gives Monday 3, and Sunday 2 January gives Tuesday 4.
    expect(addWorkingDays('2032-12-31', 1, scotland)).toBe('2033-01-05')
  })

  it('counts over Easter 2031 (Sunday 13 April): Good Friday 11 and, but for Scotland, Easter Monday 14', () => {
    expect(addWorkingDays('2031-04-10', 2, england)).toBe('2031-04-16')
    expect(addWorkingDays('2031-04-10', 2, northernIreland)).toBe('2031-04-16')
    expect(addWorkingDays('2031-04-10', 2, scotland)).toBe('2031-04-15')
    // Two working days before Wednesday 16 April: Tuesday 15, then back over Easter Monday and Good
    // Friday to Thursday 10.
    expect(subtractWorkingDays('2031-04-16', 2, england)).toBe('2031-04-10')
  })

  it('counts over the May holidays of 2031: Monday 5 and Monday 26 May', () => {
    expect(addWorkingDays('2031-05-02', 1, england)).toBe('2031-05-06')
    expect(addWorkingDays('2031-05-23', 1, england)).toBe('2031-05-27')
    expect(addWorkingDays('2031-04-30', 10, scotland)).toBe('2031-05-15')
  })

  it("keeps St Andrew's Day 2031 (a Sunday) on Monday 1 December, and St Patrick's Day 2035 (a Saturday) on Monday 19 March", () => {
    expect(addWorkingDays('2031-11-28', 1, scotland)).toBe('2031-12-02')
    expect(addWorkingDays('2031-11-28', 1, england)).toBe('2031-12-01')
    expect(addWorkingDays('2035-03-16', 1, northernIreland)).toBe('2035-03-20')
  })

  it('says when a count rests on calculated years, either way round', () => {
    expect(restsOnCalculatedHolidays('2026-12-02', '2026-12-23', england)).toBe(false)
    expect(restsOnCalculatedHolidays('2027-12-20', '2028-01-10', england)).toBe(true)
    expect(restsOnCalculatedHolidays('2028-01-10', '2027-12-20', england)).toBe(true)
    expect(restsOnCalculatedHolidays('2019-12-20', '2020-01-10', england)).toBe(true)
  })
})

describe('a council’s newer published list', () => {
  const newer = {
    'england-and-wales': {
      division: 'england-and-wales',
      events: [
        { title: 'Christmas Day', date: '2028-12-25', notes: '', bunting: true },
        { title: 'A one-off bank holiday', date: '2028-06-05', notes: '', bunting: true },
      ],
    },
    scotland: { division: 'scotland', events: [] },
    'northern-ireland': { division: 'northern-ireland', events: [] },
  }

  it('wins for the years it covers, so its one-off holiday counts', () => {
    const calendar = calendarFrom([newer, bundledHolidayFile], 'england-and-wales')
    expect(calendar.isBankHoliday('2028-06-05')).toBe(true)
    expect(calendar.lastPublishedYear).toBe(2028)
    expect(addWorkingDays('2028-06-02', 1, calendar)).toBe('2028-06-06')
    expect(addWorkingDays('2028-06-02', 1, bundledCalendar('england-and-wales'))).toBe('2028-06-05')
  })

  it('leaves the bundled list for the years it does not cover, and calculates the rest', () => {
    const calendar = calendarFrom([newer, bundledHolidayFile], 'england-and-wales')
    expect(calendar.isBankHoliday('2022-09-19')).toBe(true)
    expect(calendar.isBankHoliday('2031-04-14')).toBe(true)
    expect(restsOnCalculatedHolidays('2028-06-01', '2028-06-30', calendar)).toBe(false)
    expect(restsOnCalculatedHolidays('2028-12-20', '2029-01-10', calendar)).toBe(true)
  })
})
