import { toIsoDate } from '../dates/british-date.ts'

/** The UK's three bank-holiday divisions. */
export const bankHolidayRegions = ['england-and-wales', 'scotland', 'northern-ireland'] as const
/** A UK bank-holiday division. */
export type BankHolidayRegion = (typeof bankHolidayRegions)[number]

/** A bank holiday: its name, its date, and 'Substitute day' where it stands in for one at a weekend. */
export type BankHoliday = { readonly title: string; readonly date: string; readonly notes: string }

const dayMs = 86_400_000
const utc = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day)
const isoOf = (time: number): string => {
  const date = new Date(time)
  return toIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })
}
const weekdayOf = (time: number): number => new Date(time).getUTCDay()

/**
 * Easter Sunday in the Gregorian calendar, by the anonymous computus (Meeus/Jones/Butcher), as
 * Good Friday and Easter Monday follow from it. Right for every year from 1583.
 */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return toIsoDate({ year, month, day })
}

/** The first Monday of a month. */
function firstMonday(year: number, month: number): number {
  const first = utc(year, month, 1)
  return first + ((8 - weekdayOf(first)) % 7) * dayMs
}

/** The last Monday of a month. */
function lastMonday(year: number, month: number): number {
  const last = utc(year, month + 1, 0)
  return last - ((weekdayOf(last) + 6) % 7) * dayMs
}

type Fixed = { readonly title: string; readonly time: number }

/**
 * The bank holidays of one division in one year, by the rules of the Banking and Financial Dealings Act
 * 1971 and the proclamations made every year under it:
 * - everywhere: New Year's Day, Good Friday, the first Monday of May, the last Monday of May, Christmas
 *   Day and Boxing Day;
 * - England and Wales, and Northern Ireland: Easter Monday and the last Monday of August;
 * - Scotland: 2 January, the first Monday of August and St Andrew's Day (30 November);
 * - Northern Ireland: St Patrick's Day (17 March) and the Battle of the Boyne (12 July).
 * A holiday that falls on a Saturday or Sunday is kept on the next weekday that is not already a
 * holiday (so Christmas on a Saturday gives Monday 27 and Boxing Day Tuesday 28).
 *
 * One-off holidays (a jubilee, a coronation, a state funeral) and moved ones (VE Day 2020) are made by
 * proclamation and cannot be calculated: only the published list has them.
 */
export function calculatedHolidays(region: BankHolidayRegion, year: number): ReadonlyArray<BankHoliday> {
  const easter = Date.parse(`${easterSunday(year)}T00:00:00Z`)
  const fixed: Fixed[] = [
    { title: 'New Year’s Day', time: utc(year, 1, 1) },
    ...(region === 'scotland' ? [{ title: '2nd January', time: utc(year, 1, 2) }] : []),
    ...(region === 'northern-ireland' ? [{ title: 'St Patrick’s Day', time: utc(year, 3, 17) }] : []),
    { title: 'Good Friday', time: easter - 2 * dayMs },
    ...(region === 'scotland' ? [] : [{ title: 'Easter Monday', time: easter + dayMs }]),
    { title: 'Early May bank holiday', time: firstMonday(year, 5) },
    { title: 'Spring bank holiday', time: lastMonday(year, 5) },
    ...(region === 'northern-ireland'
      ? [{ title: 'Battle of the Boyne (Orangemen’s Day)', time: utc(year, 7, 12) }]
      : []),
    {
      title: 'Summer bank holiday',
      time: region === 'scotland' ? firstMonday(year, 8) : lastMonday(year, 8),
    },
    ...(region === 'scotland' ? [{ title: 'St Andrew’s Day', time: utc(year, 11, 30) }] : []),
    { title: 'Christmas Day', time: utc(year, 12, 25) },
    { title: 'Boxing Day', time: utc(year, 12, 26) },
  ]
  const weekend = (time: number): boolean => weekdayOf(time) === 0 || weekdayOf(time) === 6
  const taken = new Set(fixed.filter((holiday) => !weekend(holiday.time)).map((holiday) => holiday.time))
  const holidays: BankHoliday[] = []
  for (const holiday of fixed) {
    if (!weekend(holiday.time)) {
      holidays.push({ title: holiday.title, date: isoOf(holiday.time), notes: '' })
      continue
    }
    let substitute = holiday.time + dayMs
    while (weekend(substitute) || taken.has(substitute)) substitute += dayMs
    taken.add(substitute)
    holidays.push({ title: holiday.title, date: isoOf(substitute), notes: 'Substitute day' })
  }
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
