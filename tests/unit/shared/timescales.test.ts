import { describe, expect, it } from 'vitest'
import { bundledCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { emptyDates, type MeetingDates, type Outcome } from '../../../shared/kinds/conference/decision.ts'
import { countdown, keyDates } from '../../../shared/kinds/conference/rules/timescales.ts'
import { defaultTimescales } from '../../../shared/kinds/conference/timescale-settings.ts'

const england = bundledCalendar('england-and-wales')
const settings = defaultTimescales()
/** What a conference's dates run from: its kind, date, set dates and decision (for every child). */
const conference = (kind: string, date: string, dates: MeetingDates, outcome: Outcome | null) => ({
  kind,
  date,
  status: 'ended' as const,
  facts: { dates, outcomes: [outcome], signedOff: false },
})
const byKey = (dates: ReturnType<typeof keyDates>) =>
  Object.fromEntries(dates.map((date) => [date.key, date.due]))

describe('keyDates', () => {
  it('works out every date after an initial conference that made a plan', () => {
    const dates = keyDates(
      conference('icpc', '2026-12-02', { ...emptyDates(), strategyDiscussion: '2026-11-16' }, 'cp-plan'),
      settings,
      england,
    )
    expect(byKey(dates)).toEqual({
      // 15 working days from Monday 16 November 2026.
      'icpc-due': '2026-12-07',
      // 10 working days from Wednesday 2 December: over no holiday.
      'first-core-group': '2026-12-16',
      'first-review': '2027-03-02',
      'decision-to-attendees': '2026-12-03',
      // 15 working days from Wednesday 2 December: Wednesday 23 December.
      'minutes-distributed': '2026-12-23',
      // 10 working days from 23 December, skipping Christmas Day, the Boxing Day substitute (Monday 28)
      // and New Year's Day.
      'corrections-close': '2027-01-11',
    })
  })

  it('has no core group or review dates without a plan, and none at all for a core group meeting', () => {
    const dates = keyDates(conference('icpc', '2026-12-02', emptyDates(), 'cin-plan'), settings, england)
    expect(dates.map((date) => date.key)).toEqual([
      'decision-to-attendees',
      'minutes-distributed',
      'corrections-close',
    ])
    expect(keyDates(conference('core-group', '2026-12-02', emptyDates(), null), settings, england)).toEqual(
      [],
    )
  })

  it('sets the next review 6 months after a review, to the last working day of a shorter month', () => {
    const dates = keyDates(
      conference('rcpc', '2026-08-31', emptyDates(), 'continue-cp-plan'),
      settings,
      england,
    )
    // 28 February 2027 is a Sunday: by Friday 26 February.
    expect(byKey(dates)['next-review']).toBe('2027-02-26')
  })

  it('says which dates were counted over calculated bank holidays, and only those', () => {
    const inPublished = keyDates(conference('icpc', '2026-12-02', emptyDates(), 'cp-plan'), settings, england)
    expect(inPublished.filter((date) => date.calculated)).toEqual([])
    // A conference on Friday 10 December 2027: the minutes (15 working days) are due in January 2028,
    // past the published list, while the decision (1 working day, Monday 13 December) and the first core
    // group (10 working days, Friday 24 December) fall in 2027.
    const overTheEnd = keyDates(conference('icpc', '2027-12-10', emptyDates(), 'cp-plan'), settings, england)
    const calculated = Object.fromEntries(overTheEnd.map((date) => [date.key, date.calculated]))
    expect(calculated).toEqual({
      'first-core-group': false,
      'first-review': false,
      'decision-to-attendees': false,
      'minutes-distributed': true,
      'corrections-close': true,
    })
    // 15 working days from 10 December 2027: 13–17, 20–24 (10); 27 and 28 are the Christmas substitutes,
    // 29, 30, 31 (13); Monday 3 January 2028 is New Year's Day's substitute; 4, 5 (15).
    expect(byKey(overTheEnd)['minutes-distributed']).toBe('2028-01-05')
  })

  it('runs the corrections window from the day the minutes were actually sent', () => {
    const dates = keyDates(
      conference('rcpc', '2026-12-02', { ...emptyDates(), minutesSent: '2026-12-10' }, 'end-cp-plan-nfa'),
      settings,
      england,
    )
    expect(byKey(dates)['corrections-close']).toBe('2026-12-24')
  })

  it('follows the settings', () => {
    const dates = keyDates(
      conference('icpc', '2026-12-02', emptyDates(), 'cp-plan'),
      { ...settings, minutesWorkingDays: 20, firstReviewMonths: 2 },
      england,
    )
    expect(byKey(dates)['first-review']).toBe('2027-02-02')
    // 20 working days from 2 December, over Christmas and the New Year.
    expect(byKey(dates)['minutes-distributed']).toBe('2027-01-04')
  })

  it('brings a review due in some months back to the working day before, where they end on a weekend or a bank holiday', () => {
    // 3 months from Monday 30 November 2026 end on Sunday 28 February 2027: due by Friday 26 February.
    const first = keyDates(conference('icpc', '2026-11-30', emptyDates(), 'cp-plan'), settings, england)
    expect(first.find((date) => date.key === 'first-review')).toMatchObject({
      due: '2027-02-26',
      basis: '3 months after this conference, by the working day before it ends',
    })
    // 6 months from Friday 31 July 2026 end on Sunday 31 January 2027: Friday 29 January.
    expect(
      byKey(keyDates(conference('rcpc', '2026-07-31', emptyDates(), 'cp-plan'), settings, england))[
        'next-review'
      ],
    ).toBe('2027-01-29')
    // 3 months from Friday 25 September 2026 end on Friday 25 December: Christmas Eve.
    expect(
      byKey(keyDates(conference('icpc', '2026-09-25', emptyDates(), 'cp-plan'), settings, england))[
        'first-review'
      ],
    ).toBe('2026-12-24')
    // On a working day, the day itself, said as before.
    expect(first.find((date) => date.key === 'first-review')?.basis).not.toBe(
      '3 months after this conference',
    )
    expect(
      keyDates(conference('icpc', '2026-12-02', emptyDates(), 'cp-plan'), settings, england).find(
        (date) => date.key === 'first-review',
      ),
    ).toMatchObject({ due: '2027-03-02', basis: '3 months after this conference' })
  })
})

describe('countdown', () => {
  it('says how long is left, or how late it is, in working days', () => {
    expect(countdown('2026-11-25', '2026-11-25', england)).toBe('Due today')
    expect(countdown('2026-11-27', '2026-11-24', england)).toBe('In 3 working days')
    expect(countdown('2026-11-23', '2026-11-20', england)).toBe('In 1 working day')
    expect(countdown('2026-11-28', '2026-11-27', england)).toBe('In 1 day')
    expect(countdown('2026-11-20', '2026-11-24', england)).toBe('2 working days overdue')
    expect(countdown('2026-11-21', '2026-11-22', england)).toBe('Overdue')
  })
})

describe('dates at the end of what may be typed', () => {
  it('works out deadlines that fall after 2200 without failing, so no screen stops drawing', () => {
    for (const date of ['2200-11-30', '2200-12-31']) {
      const dates = keyDates(
        conference('icpc', date, { ...emptyDates(), strategyDiscussion: date, minutesSent: date }, 'cp-plan'),
        settings,
        england,
      )
      expect(byKey(dates)['first-review']?.startsWith('2201-')).toBe(true)
      expect(countdown(byKey(dates)['corrections-close'] ?? '', '2026-11-30', england)).toMatch(/^In /)
    }
  })
})
