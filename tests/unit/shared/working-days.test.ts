import { describe, expect, it } from 'vitest'
import { bundledCalendar, holidaysBetween } from '../../../shared/calendar/bank-holidays.ts'
import {
  addCalendarMonths,
  addWorkingDays,
  calendarCovers,
  isWorkingDay,
  subtractWorkingDays,
  workingDaysBetween,
} from '../../../shared/calendar/working-days.ts'

const england = bundledCalendar('england-and-wales')
const scotland = bundledCalendar('scotland')
const northernIreland = bundledCalendar('northern-ireland')

describe('the bank holidays file', () => {
  it('publishes 2020 to 2027 for every division', () => {
    for (const calendar of [england, scotland, northernIreland]) {
      expect(Math.min(...calendar.publishedYears)).toBe(2020)
      expect(calendar.lastPublishedYear).toBe(2027)
    }
  })

  it.each([
    ['2020-05-08', 'the early May bank holiday moved to Friday for VE Day 75'],
    ['2022-06-02', 'the spring bank holiday moved to Thursday for the Platinum Jubilee'],
    ['2022-06-03', 'the Platinum Jubilee bank holiday'],
    ['2022-09-19', 'the State Funeral of Queen Elizabeth II'],
    ['2023-05-08', 'the coronation of King Charles III'],
  ])('has %s, %s, in every division', (date) => {
    for (const calendar of [england, scotland, northernIreland])
      expect(calendar.isBankHoliday(date)).toBe(true)
  })

  it('does not have the usual May dates that were moved in 2020 and 2022', () => {
    expect(england.isBankHoliday('2020-05-04')).toBe(false)
    expect(england.isBankHoliday('2022-05-30')).toBe(false)
  })
})

describe('isWorkingDay in England and Wales', () => {
  it.each([
    ['2020-12-28', 'Boxing Day 2020 fell on a Saturday; its substitute is Monday 28 December'],
    ['2021-12-27', 'Christmas Day 2021 fell on a Saturday; its substitute is Monday 27 December'],
    ['2021-12-28', 'Boxing Day 2021 fell on a Sunday; its substitute is Tuesday 28 December'],
    ['2022-12-26', 'Christmas Day 2022 fell on a Sunday; Boxing Day is Monday 26 December'],
    ['2022-12-27', '…and the Christmas Day substitute is Tuesday 27 December'],
    ['2026-12-28', 'Boxing Day 2026 falls on a Saturday; its substitute is Monday 28 December'],
    ['2027-12-27', 'Christmas Day 2027 falls on a Saturday; substitute Monday 27 December'],
    ['2027-12-28', 'and Boxing Day 2027 on Sunday; substitute Tuesday 28 December'],
    ['2022-01-03', "New Year's Day 2022 fell on a Saturday; its substitute is Monday 3 January"],
    ['2023-01-02', "New Year's Day 2023 fell on a Sunday; its substitute is Monday 2 January"],
    ['2024-03-29', 'Good Friday 2024'],
    ['2024-04-01', 'Easter Monday 2024'],
    ['2025-04-18', 'Good Friday 2025'],
    ['2025-04-21', 'Easter Monday 2025'],
    ['2026-04-03', 'Good Friday 2026'],
    ['2026-04-06', 'Easter Monday 2026'],
    ['2026-05-04', 'the early May bank holiday 2026'],
    ['2026-05-25', 'the spring bank holiday 2026'],
    ['2026-08-31', 'the summer bank holiday 2026'],
  ])('%s is not a working day: %s', (date) => {
    expect(isWorkingDay(date, england)).toBe(false)
  })

  it('counts weekends as not working', () => {
    expect(isWorkingDay('2026-11-21', england)).toBe(false)
    expect(isWorkingDay('2026-11-22', england)).toBe(false)
    expect(isWorkingDay('2026-11-23', england)).toBe(true)
  })
})

describe('the other divisions', () => {
  it("keep Scotland's 2 January, first Monday of August and St Andrew's Day (substituted when at a weekend)", () => {
    expect(isWorkingDay('2026-01-02', scotland)).toBe(false)
    expect(isWorkingDay('2026-08-03', scotland)).toBe(false)
    expect(isWorkingDay('2026-08-31', scotland)).toBe(true)
    expect(isWorkingDay('2024-12-02', scotland)).toBe(false)
    expect(isWorkingDay('2026-04-06', scotland)).toBe(true)
  })

  it("keep Northern Ireland's St Patrick's Day and the Twelfth, substituted at weekends", () => {
    expect(isWorkingDay('2026-03-17', northernIreland)).toBe(false)
    expect(isWorkingDay('2024-03-18', northernIreland)).toBe(false)
    expect(isWorkingDay('2026-07-13', northernIreland)).toBe(false)
    expect(isWorkingDay('2025-07-14', northernIreland)).toBe(false)
    expect(isWorkingDay('2026-03-17', england)).toBe(true)
  })
})

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays('2026-11-20', 1, england)).toBe('2026-11-23')
  })

  it('gives an ICPC 15 working days after a strategy discussion, over Christmas and the New Year', () => {
    // 18 Dec 2026 (Fri): 21,22,23,24 Dec; 25 Christmas, 28 Boxing (substitute); 29,30,31 Dec; 1 Jan holiday;
    // 4,5,6,7,8,11,12,13 Jan.
    expect(addWorkingDays('2026-12-18', 15, england)).toBe('2027-01-13')
  })

  it('skips Good Friday and Easter Monday', () => {
    expect(addWorkingDays('2026-04-02', 1, england)).toBe('2026-04-07')
  })

  it('is not moved by the clock change (29 March 2026 in the UK)', () => {
    expect(addWorkingDays('2026-03-27', 1, england)).toBe('2026-03-30')
    expect(addWorkingDays('2026-10-23', 1, england)).toBe('2026-10-26')
    expect(workingDaysBetween('2026-03-20', '2026-04-10', england)).toBe(13)
  })
})

describe('subtractWorkingDays', () => {
  it('puts the report deadline 2 working days before a Wednesday conference on the Monday', () => {
    expect(subtractWorkingDays('2026-12-02', 2, england)).toBe('2026-11-30')
  })

  it('goes back over a bank holiday weekend', () => {
    expect(subtractWorkingDays('2026-05-26', 2, england)).toBe('2026-05-21')
  })
})

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to the second', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-23', england)).toBe(1)
    expect(workingDaysBetween('2026-11-23', '2026-11-20', england)).toBe(-1)
    expect(workingDaysBetween('2026-12-24', '2026-12-29', england)).toBe(1)
  })
})

describe('addCalendarMonths', () => {
  it('keeps the day where the month has it', () => {
    expect(addCalendarMonths('2026-01-15', 3)).toBe('2026-04-15')
  })
  it('gives the last day of a shorter month: 3 months from 30 November is the end of February', () => {
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29')
  })
  it('gives 30 June for 6 months from 31 December, and 30 April for 3 months from 31 January', () => {
    expect(addCalendarMonths('2026-12-31', 6)).toBe('2027-06-30')
    expect(addCalendarMonths('2026-01-31', 3)).toBe('2026-04-30')
  })
  it('crosses years', () => {
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28')
  })
})

describe('calendarCovers', () => {
  it('says where the published bank holidays run out', () => {
    expect(calendarCovers('2027-12-31', england)).toBe(true)
    expect(calendarCovers('2028-01-03', england)).toBe(false)
  })
})

describe('holidaysBetween', () => {
  it('names the holidays in a range', () => {
    expect(holidaysBetween(england, '2026-12-20', '2027-01-05').map((event) => event.title)).toEqual([
      'Christmas Day',
      'Boxing Day',
      'New Year’s Day',
    ])
    expect(holidaysBetween(england, '2032-12-20', '2033-01-05').map((event) => event.date)).toEqual([
      '2032-12-27',
      '2032-12-28',
      '2033-01-03',
    ])
  })
})

describe('the hard cases the statutory dates meet', () => {
  it('counts working days over Christmas and Boxing Day at a weekend, with their substitute days', () => {
    // Christmas Day 2021 was a Saturday and Boxing Day a Sunday: Monday 27 and Tuesday 28 were the holidays.
    expect(addWorkingDays('2021-12-20', 5, england)).toBe('2021-12-29')
    // Christmas Day 2022 was a Sunday: Monday 26 (Boxing Day) and Tuesday 27 (substitute) were the holidays.
    expect(addWorkingDays('2022-12-23', 1, england)).toBe('2022-12-28')
  })

  it('counts over the 2022 and 2023 one-off bank holidays', () => {
    // Thursday 2 and Friday 3 June 2022 (the Platinum Jubilee).
    expect(addWorkingDays('2022-06-01', 1, england)).toBe('2022-06-06')
    // Monday 19 September 2022 (the State Funeral).
    expect(addWorkingDays('2022-09-16', 1, england)).toBe('2022-09-20')
    // Monday 1 May (early May) and Monday 8 May 2023 (the Coronation).
    expect(workingDaysBetween('2023-04-28', '2023-05-12', england)).toBe(8)
  })

  it('counts over the early May and spring bank holidays', () => {
    expect(addWorkingDays('2027-04-30', 1, england)).toBe('2027-05-04')
    expect(addWorkingDays('2027-05-28', 1, england)).toBe('2027-06-01')
  })

  it('is not moved by the autumn clock change (25 October 2026)', () => {
    expect(addWorkingDays('2026-10-23', 1, england)).toBe('2026-10-26')
    expect(workingDaysBetween('2026-10-19', '2026-10-30', england)).toBe(9)
  })

  it('gives 3 and 6 months from the 31st as the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-05-31', 3)).toBe('2026-08-31')
    expect(addCalendarMonths('2026-03-31', 3)).toBe('2026-06-30')
    expect(addCalendarMonths('2026-03-31', 6)).toBe('2026-09-30')
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addCalendarMonths('2027-08-31', 6)).toBe('2028-02-29')
    expect(addCalendarMonths('2026-10-31', 3)).toBe('2027-01-31')
  })
})
