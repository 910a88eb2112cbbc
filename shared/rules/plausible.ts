import { formatBritishDate } from '../dates/british-date.ts'
import type { Attendance } from '../model/people.ts'

/**
 * Values that cannot be true, each with what to do instead, in plain words. The forms show them as the
 * user types; the commands refuse them, so nothing impossible reaches the minutes however it was sent.
 */

/** A child born after today: a slip of the year, most often. */
export function dateOfBirthProblem(dateOfBirth: string | null, today: string): string | null {
  if (dateOfBirth === null || dateOfBirth <= today) return null
  return `A date of birth cannot be after today (${formatBritishDate(today)}). Check the year; for a baby not yet born, leave it empty.`
}

/** Attending (or excluded) from 11:00 until 10:30. */
export function attendanceTimesProblem(attendance: Pick<Attendance, 'from' | 'until'>): string | null {
  const { from, until } = attendance
  if (from === null || until === null || until > from) return null
  return `The time they leave (${until}) must be after the time they come in (${from}).`
}

/** Signing the minutes of a meeting that has not happened yet. */
export function signingProblem(meetingDate: string, today: string, what = 'its minutes'): string | null {
  if (today >= meetingDate) return null
  return `The meeting is on ${formatBritishDate(meetingDate)}: ${what} can be signed from that day, not before. If the date is wrong, correct it on the Before the meeting tab.`
}
