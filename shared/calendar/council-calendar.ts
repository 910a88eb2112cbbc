import { z } from 'zod'
import { formatBritishDate, ukDateOf } from '../dates/british-date.ts'
import { InstantSchema } from '../model/primitives.ts'
import { formatPath } from '../model/problems.ts'
import { fail, ok, type Result } from '../util/result.ts'
import {
  BankHolidayFileSchema,
  bankHolidayRegionLabels,
  bankHolidayRegions,
  bundledCalendar,
  bundledHolidayFile,
  calendarFrom,
  type BankHolidayFile,
  type BankHolidayRegion,
  type WorkingDayCalendar,
} from './bank-holidays.ts'

/** A newer published bank-holiday list a council imported in Settings, and when. */
export const ImportedBankHolidaysSchema = z.object({
  importedAt: InstantSchema,
  file: BankHolidayFileSchema,
})
/** A council's imported bank-holiday list. */
export type ImportedBankHolidays = z.infer<typeof ImportedBankHolidaysSchema>

/** What the calendar needs from the council's settings; no imported list when the field is absent. */
export type CalendarSettings = {
  readonly bankHolidayRegion: BankHolidayRegion
  readonly importedBankHolidays?: ImportedBankHolidays | null | undefined
}

const byImport = new WeakMap<BankHolidayFile, Map<BankHolidayRegion, WorkingDayCalendar>>()

/**
 * The council's working-day calendar: its division, the list it imported (for the years that list
 * covers), then the bundled list, then the rules. The same settings give the same calendar object.
 */
export function councilCalendar(settings: CalendarSettings): WorkingDayCalendar {
  const imported = settings.importedBankHolidays?.file
  if (!imported) return bundledCalendar(settings.bankHolidayRegion)
  let calendars = byImport.get(imported)
  if (!calendars) {
    calendars = new Map()
    byImport.set(imported, calendars)
  }
  let calendar = calendars.get(settings.bankHolidayRegion)
  if (!calendar) {
    calendar = calendarFrom([imported, bundledHolidayFile], settings.bankHolidayRegion)
    calendars.set(settings.bankHolidayRegion, calendar)
  }
  return calendar
}

/** The largest file taken as a bank-holiday list (the government's is about 30 kB). */
export const maxBankHolidayFileBytes = 1_000_000

/**
 * Reads a bank-holiday file as the government publishes it (https://www.gov.uk/bank-holidays.json),
 * with a plain-words reason when it is not one.
 */
export function readBankHolidayFile(text: string): Result<BankHolidayFile> {
  const notIt = "This is not the government's bank holidays file (bank-holidays.json from GOV.UK)"
  if (text.length > maxBankHolidayFileBytes)
    return fail('invalid-file', `${notIt}: it is far too large to be one.`)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return fail(
      'invalid-file',
      `${notIt}: it is not written in JSON. Download it again from GOV.UK, and choose the .json file.`,
    )
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('invalid-file', `${notIt}: it does not hold a list for each part of the UK.`)
  const record = raw as Record<string, unknown>
  const missing = bankHolidayRegions.filter((region) => !(region in record))
  if (missing.length > 0)
    return fail(
      'invalid-file',
      `${notIt}: it has no list for ${missing.map((region) => bankHolidayRegionLabels[region]).join(' or ')}.`,
    )
  const parsed = BankHolidayFileSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const region = bankHolidayRegions.find((name) => issue?.path[0] === name)
    const where = region ? ` in the list for ${bankHolidayRegionLabels[region]}` : ''
    const date = issue?.path.at(-1) === 'date' ? readAt(raw, issue.path) : null
    return fail(
      'invalid-file',
      date !== null
        ? `${notIt}: a holiday${where} has a date that is not a real date (${String(date)}).`
        : `${notIt}: something${where} is not in the shape GOV.UK publishes (${issue ? `${formatPath(issue.path)}: ${issue.message}` : 'unknown'}).`,
    )
  }
  const empty = bankHolidayRegions.filter((region) => parsed.data[region].events.length === 0)
  if (empty.length === bankHolidayRegions.length)
    return fail('invalid-file', `${notIt}: it lists no bank holidays at all.`)
  return ok(parsed.data)
}

function readAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let here: unknown = value
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return null
    here = (here as Record<PropertyKey, unknown>)[key]
  }
  return here
}

/** The years a file lists for a division, as 'first to last' ('2018 to 2028'), or null when none. */
export function yearsListed(file: BankHolidayFile, region: BankHolidayRegion): string | null {
  const years = file[region].events.map((event) => Number(event.date.slice(0, 4)))
  if (years.length === 0) return null
  const first = Math.min(...years)
  const last = Math.max(...years)
  return first === last ? String(first) : `${first} to ${last}`
}

/** What the council's calendar rests on, in a sentence for Settings. */
export function describeCalendar(settings: CalendarSettings): string {
  const calendar = councilCalendar(settings)
  const region = bankHolidayRegionLabels[settings.bankHolidayRegion]
  const last = calendar.lastPublishedYear
  if (last === null) return `Every bank holiday for ${region} is calculated by the rules.`
  const imported = settings.importedBankHolidays
  const from = imported
    ? `the list imported on ${formatBritishDate(ukDateOf(new Date(imported.importedAt)))} and the one Convene came with`
    : 'the list Convene came with'
  return `Bank holidays for ${region} are as published up to the end of ${last} (${from}). Later years are calculated by the rules, and any date that depends on them says so: check it for a one-off bank holiday.`
}
