/**
 * Dates in Convene are calendar dates ('2026-11-22') stored in ISO form and shown the British way
 * ('22/11/2026'). They carry no time zone: a meeting on 22 November is on 22 November wherever the laptop is.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar date split into its parts. */
export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number }

/** True when the year, month and day make a real date (30 February does not). */
export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

/** The number of days in a month (1 = January). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Reads '2026-11-22'; null when it is not a real date. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = isoDatePattern.exec(iso)
  if (!match) return null
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  return isRealDate(date) ? date : null
}

/**
 * Reads '2026-11-22' for date arithmetic, in any year up to 9999: a deadline worked out from a date near the
 * end of what may be typed (31/12/2200) falls after it, and must still be a date, never a failure that stops
 * a screen drawing. Null when it is not a real date.
 */
export function parseIsoDateForArithmetic(iso: string): CalendarDate | null {
  const match = isoDatePattern.exec(iso)
  if (!match) return null
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  return date.year >= 1 &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
    ? date
    : null
}

/** Writes a calendar date as '2026-11-22'. */
export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Shows '2026-11-22' as '22/11/2026'; anything unreadable is returned unchanged. */
export function formatBritishDate(iso: string): string {
  const date = parseIsoDate(iso)
  if (!date) return iso
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`
}

/**
 * Reads a date as people type it in Britain: '22/11/2026', '22/11/26', '22-11-2026', '22.11.2026' or
 * '22 11 2026'. Two-digit years are taken as 20xx. Returns the ISO form, or null when it is not a real date.
 */
export function parseBritishDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})\s*$/.exec(text)
  if (!match) return null
  const yearText = match[3] ?? ''
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText)
  const date = { year, month: Number(match[2]), day: Number(match[1]) }
  return isRealDate(date) ? toIsoDate(date) : null
}

// Formatters are slow to make and cheap to reuse. They are made when first used, not when this module
// loads: the first with a time zone costs 15–30 ms (the zone data is loaded), and the first screens,
// which show only calendar dates, would pay it before they could show anything.
let ukDate: Intl.DateTimeFormat | null = null
let ukTime: Intl.DateTimeFormat | null = null
const ukDateFormat = (): Intl.DateTimeFormat =>
  (ukDate ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }))
const ukTimeFormat = (): Intl.DateTimeFormat =>
  (ukTime ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }))

/**
 * The last Sunday of a month at 01:00 UTC, when UK clocks change (the rule in force since 1996: the Summer
 * Time Order 2002 keeps the EU's dates).
 */
function clockChange(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0))
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
}

/** The calendar date of an instant as seen in the UK (Europe/London), as '2026-11-22'. */
export function ukDateOf(instant: Date): string {
  const time = instant.getTime()
  const year = instant.getUTCFullYear()
  // Worked out from the rule, not the time-zone database: the first screen shows today's date, and
  // opening the database costs the page several milliseconds at start. Proved equal to it in the tests.
  if (year >= 1997 && year <= 2099) {
    const summer = time >= clockChange(year, 2) && time < clockChange(year, 9)
    return new Date(time + (summer ? 3_600_000 : 0)).toISOString().slice(0, 10)
  }
  const parts = ukDateFormat().formatToParts(instant)
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** Shows an instant as '22/11/2026 at 14:05', in UK time. */
export function formatBritishDateTime(instant: Date): string {
  const time = ukTimeFormat().format(instant)
  return `${formatBritishDate(ukDateOf(instant))} at ${time}`
}

/** Whole years between a date of birth and a day (both ISO); null if either is unreadable or birth is later. */
export function ageInYears(dateOfBirth: string, onDay: string): number | null {
  const birth = parseIsoDate(dateOfBirth)
  const day = parseIsoDate(onDay)
  if (!birth || !day) return null
  let age = day.year - birth.year
  if (day.month < birth.month || (day.month === birth.month && day.day < birth.day)) age -= 1
  return age < 0 ? null : age
}

/** The time of day of an instant in the UK, as '16:55'. */
export function ukTimeOf(instant: Date): string {
  return ukTimeFormat().format(instant)
}

/**
 * The instant a UK wall-clock time falls at ('2026-12-01', '10:00'): Greenwich time in winter, an hour
 * ahead in summer. Read from what the UK clock shows at a first guess, so the rules for summer time are
 * the platform's, not ours.
 */
export function ukInstant(isoDate: string, time: string): Date {
  const guess = new Date(`${isoDate}T${time}:00.000Z`)
  const shown = new Date(`${ukDateOf(guess)}T${ukTimeOf(guess)}:00.000Z`)
  return new Date(guess.getTime() - (shown.getTime() - guess.getTime()))
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** A month ('2026-11') as it reads: 'November 2026'. */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-')
  return `${monthNames[Number(number) - 1] ?? month} ${year ?? ''}`.trim()
}

/**
 * The latest day a laptop anywhere could call today at an instant: a day past it, so that a date typed on
 * a clock ahead of this one (another time zone, a day's drift) is not refused as in the future.
 */
export function latestTodayAt(instant: string): string {
  return new Date(new Date(instant).getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
}
