import { describe, expect, it } from 'vitest'
import {
  ageInYears,
  formatBritishDate,
  formatBritishDateTime,
  parseBritishDate,
  parseIsoDate,
  ukDateOf,
} from '../../../shared/dates/british-date.ts'

describe('formatBritishDate', () => {
  it('shows an ISO date as day/month/year', () => {
    expect(formatBritishDate('2026-11-22')).toBe('22/11/2026')
  })
  it('pads single-digit days and months', () => {
    expect(formatBritishDate('2027-01-05')).toBe('05/01/2027')
  })
  it('leaves text that is not a date alone', () => {
    expect(formatBritishDate('soon')).toBe('soon')
  })
})

describe('parseBritishDate', () => {
  it.each([
    ['22/11/2026', '2026-11-22'],
    ['22/11/26', '2026-11-22'],
    ['2/1/2027', '2027-01-02'],
    ['22-11-2026', '2026-11-22'],
    ['22.11.2026', '2026-11-22'],
    [' 22 11 2026 ', '2026-11-22'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseBritishDate(text)).toBe(iso)
  })
  it.each(['31/11/2026', '29/02/2027', '11/22/2026', '2026-11-22', '22/11', '', 'tomorrow'])(
    'refuses %j',
    (text) => {
      expect(parseBritishDate(text)).toBeNull()
    },
  )
})

describe('parseIsoDate', () => {
  it('refuses 30 February', () => {
    expect(parseIsoDate('2026-02-30')).toBeNull()
  })
})

describe('ukDateOf', () => {
  it('uses UK time, so 23:30 UTC in summer is already the next day', () => {
    expect(ukDateOf(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02')
  })
  it('uses GMT in winter', () => {
    expect(ukDateOf(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01')
  })
  it('changes with the clocks at 01:00 UTC on the last Sunday of March and of October', () => {
    expect(ukDateOf(new Date('2026-03-28T23:59:59Z'))).toBe('2026-03-28')
    expect(ukDateOf(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29')
    expect(ukDateOf(new Date('2026-10-24T22:59:59Z'))).toBe('2026-10-24')
    expect(ukDateOf(new Date('2026-10-24T23:00:00Z'))).toBe('2026-10-25')
    expect(ukDateOf(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25')
  })
  it('agrees with the time-zone database at every quarter hour around each change and each midnight, 1997 to 2060', () => {
    const database = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    const quarter = 15 * 60 * 1000
    let checked = 0
    for (let year = 1997; year <= 2060; year += 1) {
      for (const month of [0, 2, 3, 5, 9, 10, 11]) {
        // The month's last week and the next month's first days, every quarter hour.
        const from = Date.UTC(year, month, 22)
        for (let time = from; time < from + 12 * 24 * 3_600_000; time += quarter) {
          const instant = new Date(time)
          expect(ukDateOf(instant), instant.toISOString()).toBe(database.format(instant))
          checked += 1
        }
      }
    }
    expect(checked).toBeGreaterThan(400_000)
  })
})

describe('formatBritishDateTime', () => {
  it('shows the date and the 24-hour UK time', () => {
    expect(formatBritishDateTime(new Date('2026-11-22T14:05:00Z'))).toBe('22/11/2026 at 14:05')
  })
})

describe('ageInYears', () => {
  it('counts a birthday not yet reached this year', () => {
    expect(ageInYears('2018-12-01', '2026-11-22')).toBe(7)
  })
  it('counts a birthday today', () => {
    expect(ageInYears('2018-11-22', '2026-11-22')).toBe(8)
  })
  it('gives null for a birth after the day', () => {
    expect(ageInYears('2027-01-01', '2026-11-22')).toBeNull()
  })
})
