import { z } from 'zod'
import { IsoDateSchema } from '../model/primitives.ts'
import publishedHolidays from '../../resources/bank-holidays.json' with { type: 'json' }
import {
  bankHolidayRegions,
  calculatedHolidays,
  type BankHoliday,
  type BankHolidayRegion,
} from './bank-holiday-rules.ts'

export { bankHolidayRegions, type BankHoliday, type BankHolidayRegion } from './bank-holiday-rules.ts'
/** A UK bank-holiday division, as settings store it. */
export const BankHolidayRegionSchema = z.enum(bankHolidayRegions)

/** How each division reads in settings. */
export const bankHolidayRegionLabels: Readonly<Record<BankHolidayRegion, string>> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
}

const DivisionSchema = z.object({
  division: z.string().max(100),
  events: z
    .array(
      z.object({
        title: z.string().max(300),
        date: IsoDateSchema,
        notes: z.string().max(300),
        bunting: z.boolean(),
      }),
    )
    .max(2000),
})

/** The shape of the government's published file, https://www.gov.uk/bank-holidays.json. */
export const BankHolidayFileSchema = z.looseObject({
  'england-and-wales': DivisionSchema,
  scotland: DivisionSchema,
  'northern-ireland': DivisionSchema,
})
/** The government's bank-holiday file. */
export type BankHolidayFile = z.infer<typeof BankHolidayFileSchema>

/**
 * The working-day calendar of one division: weekends, and the bank holidays of each year, taken from
 * the published list where it covers the year and calculated by the rules where it does not.
 */
export type WorkingDayCalendar = {
  readonly region: BankHolidayRegion
  /** The years the published list covers (from the newest file that has each year). */
  readonly publishedYears: ReadonlySet<number>
  /** The last year the published list covers, or null when there is none. */
  readonly lastPublishedYear: number | null
  /** The bank holidays of a year: as published, or as calculated where the list stops. */
  readonly holidaysIn: (year: number) => ReadonlyArray<BankHoliday>
  /** True on a bank holiday. */
  readonly isBankHoliday: (iso: string) => boolean
}

/**
 * A calendar for one division from published bank-holiday files, the first given winning for any year it
 * covers (a council's newer import before the bundled list). Years none of them covers are calculated;
 * each year is worked out once, when first asked for.
 */
export function calendarFrom(
  files: ReadonlyArray<BankHolidayFile>,
  region: BankHolidayRegion,
): WorkingDayCalendar {
  const published = new Map<number, BankHoliday[]>()
  for (const file of files) {
    const years = new Map<number, BankHoliday[]>()
    for (const event of file[region].events) {
      const year = Number(event.date.slice(0, 4))
      const list = years.get(year) ?? []
      list.push({ title: event.title, date: event.date, notes: event.notes })
      years.set(year, list)
    }
    for (const [year, events] of years) if (!published.has(year)) published.set(year, events)
  }
  const byYear = new Map<number, { holidays: ReadonlyArray<BankHoliday>; dates: ReadonlySet<string> }>()
  const yearOf = (year: number) => {
    let found = byYear.get(year)
    if (!found) {
      const holidays = published.get(year) ?? calculatedHolidays(region, year)
      found = { holidays, dates: new Set(holidays.map((holiday) => holiday.date)) }
      byYear.set(year, found)
    }
    return found
  }
  const years = [...published.keys()]
  return {
    region,
    publishedYears: new Set(years),
    lastPublishedYear: years.length > 0 ? Math.max(...years) : null,
    holidaysIn: (year) => yearOf(year).holidays,
    isBankHoliday: (iso) => yearOf(Number(iso.slice(0, 4))).dates.has(iso),
  }
}

/** The published list shipped in resources/bank-holidays.json. */
export const bundledHolidayFile: BankHolidayFile = BankHolidayFileSchema.parse(publishedHolidays)

const bundledCalendars = new Map<BankHolidayRegion, WorkingDayCalendar>()

/** The calendar from the bank holidays shipped in resources/bank-holidays.json, calculated beyond them. */
export function bundledCalendar(region: BankHolidayRegion = 'england-and-wales'): WorkingDayCalendar {
  let calendar = bundledCalendars.get(region)
  if (!calendar) {
    calendar = calendarFrom([bundledHolidayFile], region)
    bundledCalendars.set(region, calendar)
  }
  return calendar
}

/** The bank holidays of a calendar between two dates (inclusive), with their names, for showing. */
export function holidaysBetween(
  calendar: WorkingDayCalendar,
  from: string,
  until: string,
): ReadonlyArray<BankHoliday> {
  const holidays: BankHoliday[] = []
  for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year += 1)
    holidays.push(...calendar.holidaysIn(year).filter((event) => event.date >= from && event.date <= until))
  return holidays
}
