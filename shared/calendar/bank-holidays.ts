import { z } from 'zod'
import { IsoDateSchema } from '../model/primitives.ts'
import publishedHolidays from '../../resources/bank-holidays.json' with { type: 'json' }

/** The UK's three bank-holiday divisions. */
export const bankHolidayRegions = ['england-and-wales', 'scotland', 'northern-ireland'] as const
export const BankHolidayRegionSchema = z.enum(bankHolidayRegions)
/** A UK bank-holiday division. */
export type BankHolidayRegion = z.infer<typeof BankHolidayRegionSchema>

/** How each division reads in settings. */
export const bankHolidayRegionLabels: Readonly<Record<BankHolidayRegion, string>> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
}

const DivisionSchema = z.object({
  division: z.string(),
  events: z.array(
    z.object({ title: z.string(), date: IsoDateSchema, notes: z.string(), bunting: z.boolean() }),
  ),
})

/** The shape of the government's published file, https://www.gov.uk/bank-holidays.json. */
export const BankHolidayFileSchema = z.looseObject({
  'england-and-wales': DivisionSchema,
  scotland: DivisionSchema,
  'northern-ireland': DivisionSchema,
})
/** The government's bank-holiday file. */
export type BankHolidayFile = z.infer<typeof BankHolidayFileSchema>

/** The days that are not working days besides weekends, and the years the list covers. */
export type WorkingDayCalendar = {
  readonly region: BankHolidayRegion
  readonly holidays: ReadonlySet<string>
  readonly firstYear: number
  readonly lastYear: number
}

/** Builds a calendar for one division from a bank-holiday file. */
export function calendarFrom(file: BankHolidayFile, region: BankHolidayRegion): WorkingDayCalendar {
  const dates = file[region].events.map((event) => event.date)
  const years = dates.map((date) => Number(date.slice(0, 4)))
  return {
    region,
    holidays: new Set(dates),
    firstYear: years.length > 0 ? Math.min(...years) : 0,
    lastYear: years.length > 0 ? Math.max(...years) : 0,
  }
}

const bundled = BankHolidayFileSchema.parse(publishedHolidays)

/** The calendar from the bank holidays shipped in resources/bank-holidays.json. */
export function bundledCalendar(region: BankHolidayRegion = 'england-and-wales'): WorkingDayCalendar {
  return calendarFrom(bundled, region)
}

/** The bank holidays of a division between two dates (inclusive), with their names, for showing. */
export function holidaysBetween(
  region: BankHolidayRegion,
  from: string,
  until: string,
  file: BankHolidayFile = bundled,
) {
  return file[region].events.filter((event) => event.date >= from && event.date <= until)
}
