import { daysInMonth, parseIsoDateForArithmetic, toIsoDate } from '../dates/british-date.ts'
import type { WorkingDayCalendar } from './bank-holidays.ts'

/**
 * Working days on calendar dates ('2026-11-22'), never on instants, so a clock change cannot move a
 * deadline: days are counted in UTC arithmetic on the date alone.
 */
const dayMs = 86_400_000

function toDays(iso: string): number {
  const date = parseIsoDateForArithmetic(iso)
  if (!date) throw new Error(`Not a date: ${iso}`)
  return Date.UTC(date.year, date.month - 1, date.day) / dayMs
}

function fromDays(days: number): string {
  const date = new Date(days * dayMs)
  return toIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return new Date(toDays(iso) * dayMs).getUTCDay()
}

/** The date a number of calendar days later (or earlier, when negative). */
export function addDays(iso: string, days: number): string {
  return fromDays(toDays(iso) + days)
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from)
}

/** Not a Saturday, not a Sunday, not a bank holiday. */
export function isWorkingDay(iso: string, calendar: WorkingDayCalendar): boolean {
  const weekday = dayOfWeek(iso)
  return weekday !== 0 && weekday !== 6 && !calendar.isBankHoliday(iso)
}

/** The date `count` working days after a date ('within 15 working days of 1 June'). Zero gives the date itself. */
export function addWorkingDays(iso: string, count: number, calendar: WorkingDayCalendar): string {
  if (count < 0) return subtractWorkingDays(iso, -count, calendar)
  let day = toDays(iso)
  let remaining = count
  while (remaining > 0) {
    day += 1
    if (isWorkingDay(fromDays(day), calendar)) remaining -= 1
  }
  return fromDays(day)
}

/** The date `count` working days before a date ('at least 2 working days before the conference'). */
export function subtractWorkingDays(iso: string, count: number, calendar: WorkingDayCalendar): string {
  let day = toDays(iso)
  let remaining = count
  while (remaining > 0) {
    day -= 1
    if (isWorkingDay(fromDays(day), calendar)) remaining -= 1
  }
  return fromDays(day)
}

/** Working days after `from`, up to and including `to`; negative when `to` is before `from`. */
export function workingDaysBetween(from: string, to: string, calendar: WorkingDayCalendar): number {
  const start = toDays(from)
  const end = toDays(to)
  const step = end >= start ? 1 : -1
  let count = 0
  for (let day = start; day !== end; day += step) {
    const counted = step === 1 ? day + 1 : day
    if (isWorkingDay(fromDays(counted), calendar)) count += step
  }
  return count
}

/**
 * The same day some months later; where that month is shorter, its last day ('3 months from 30 November'
 * is 28 or 29 February, '6 months from 31 August' is 28 or 29 February).
 */
export function addCalendarMonths(iso: string, months: number): string {
  const date = parseIsoDateForArithmetic(iso)
  if (!date) throw new Error(`Not a date: ${iso}`)
  const monthIndex = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(monthIndex / 12)
  const month = (monthIndex % 12) + 1
  return toIsoDate({ year, month, day: Math.min(date.day, daysInMonth(year, month)) })
}

/**
 * The date itself if it is a working day, else the last working day before it: where 'within 3 months'
 * ends on a Sunday or a bank holiday, the meeting must be held by the working day before.
 */
export function workingDayOnOrBefore(iso: string, calendar: WorkingDayCalendar): string {
  let day = toDays(iso)
  while (!isWorkingDay(fromDays(day), calendar)) day -= 1
  return fromDays(day)
}

/** True when the published bank holidays cover a date's year (beyond it, they are calculated by the rules). */
export function calendarCovers(iso: string, calendar: WorkingDayCalendar): boolean {
  return calendar.publishedYears.has(Number(iso.slice(0, 4)))
}

/**
 * True when a count of working days between two dates (either way round) rests on calculated bank
 * holidays for some year, rather than the published list, so the date must say so.
 */
export function restsOnCalculatedHolidays(from: string, to: string, calendar: WorkingDayCalendar): boolean {
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))].sort((a, b) => a - b)
  for (let year = first ?? 0; year <= (last ?? 0); year += 1)
    if (!calendarCovers(`${year}-01-01`, calendar)) return true
  return false
}

/** What a date worked out on calculated bank holidays says beside it, on the screen and in the documents. */
export const calculatedDateNote = 'calculated; check for any one-off bank holiday'
