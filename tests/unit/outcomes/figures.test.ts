import { describe, expect, it } from 'vitest'
import { bundledCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { defaultTimescales } from '../../../shared/kinds/conference/timescale-settings.ts'
import { conferenceTimeliness } from '../../../shared/outcomes/conference-row.ts'
import { median, medianFigure, pairedFigure, rate, shownCount } from '../../../shared/outcomes/figures.ts'
import { heldConference } from '../../helpers/conference-meeting.ts'
import { applyAll } from '../../helpers/commands.ts'

describe('figures for the steering group', () => {
  it('shows no number from 1 to 4, and the rest to the nearest 5', () => {
    expect([0, 1, 4, 5, 7, 8, 12, 13, 27].map((count) => shownCount(count).shown)).toEqual([
      '0',
      'fewer than 5',
      'fewer than 5',
      '5',
      '5',
      '10',
      '10',
      '15',
      '25',
    ])
  })

  it('leaves nothing hidden to be worked out from what is shown beside it', () => {
    // The attack rounds' cases. 6 cases: 5 full agreements and 1 withdrawn. Shown exactly, 6 less 5 said 1;
    // to the nearest 5, the cases are '5' (5 to 7) and the full agreements '5': the withdrawn 1 or 2.
    expect([6, 5, 1].map((count) => shownCount(count).shown)).toEqual(['5', '5', 'fewer than 5'])
    // 27 cases, 20 full, 2 partial, 5 none: '81% on 27' gave 22 agreed, so 2 partial. Now '80% on 25':
    // 25 to 29 cases, 78% to 82% of them, so 20 to 23 agreed.
    expect(rate(22, 27)).toMatchObject({ shown: '80%', base: { shown: '25' } })
    // 12 cases, 10 full, 1 partial and 1 withdrawn: '10' of '10' leaves 0 to 4 between the two.
    expect([12, 10].map((count) => shownCount(count).shown)).toEqual(['10', '10'])
  })

  it('gives a share only where neither it nor the rest could pick a family out', () => {
    // 9 of 15 reached full agreement: 60%, on 15 cases (the other 6 did not).
    expect(rate(9, 15)).toEqual({
      value: 0.6,
      shown: '60%',
      base: { count: 15, shown: '15', shownValue: 15 },
    })
    // 6 of 10 would say that 4 did not: withheld.
    expect(rate(6, 10).value).toBeNull()
    // 3 of 10: the 3 could be picked out; 8 of 10: so could the other 2.
    expect(rate(3, 10).shown).toBe('Not shown: fewer than 5 cases')
    expect(rate(8, 10).value).toBeNull()
    // 0 of 7 and 7 of 7 pick out no one.
    expect(rate(0, 7).shown).toBe('0%')
    expect(rate(7, 7).shown).toBe('100%')
    // On 4 cases nothing is shown, and the base itself says 'fewer than 5'.
    expect(rate(2, 4)).toMatchObject({ value: null, base: { shown: 'fewer than 5' } })
    expect(rate(0, 0).shown).toBe('No cases')
  })

  it('works out medians by hand: the middle value, or the mean of the middle two', () => {
    expect(median([9, 3, 12, 5, 7])).toBe(7)
    expect(median([9, 3, 12, 5, 7, 20])).toBe(8)
    expect(median([])).toBeNull()
    // Weeks from referral to outcome for six cases: 4, 6, 9, 11, 15, 30 -> (9 + 11) / 2 = 10 weeks.
    expect(medianFigure([30, 4, 11, 9, 15, 6], 'weeks')).toMatchObject({ value: 10, shown: '10 weeks' })
    expect(medianFigure([4, 6, 9, 11], 'weeks').shown).toBe('Not shown: fewer than 5 cases')
  })

  it('gives a change in ratings only on those rated both times, and says how many that is', () => {
    // Conflict ratings of seven parents; two rated only at the start.
    const figure = pairedFigure([
      { before: 8, after: 4 }, // -4
      { before: 9, after: 6 }, // -3
      { before: 7, after: 5 }, // -2
      { before: 6, after: 6 }, // 0
      { before: 10, after: 3 }, // -7
      { before: 9, after: null },
      { before: 5, after: null },
    ])
    // Changes -7, -4, -3, -2, 0: median -3; before 6, 7, 8, 9, 10: 8; after 3, 4, 5, 6, 6: 5.
    expect(figure.change).toMatchObject({ value: -3, shown: '-3 points', base: { count: 5 } })
    expect(figure.before).toMatchObject({ value: 8, shown: '8 out of 10' })
    expect(figure.after).toMatchObject({ value: 5, shown: '5 out of 10' })
    expect(figure.leftOut).toBe(2)
    // Four rated both times: no change is given at all.
    expect(pairedFigure(figureOf(4)).change.value).toBeNull()
    // A rise is shown with its sign.
    expect(pairedFigure(Array.from({ length: 5 }, () => ({ before: 3, after: 7 }))).change.shown).toBe(
      '+4 points',
    )
  })
})

const figureOf = (count: number) => Array.from({ length: count }, () => ({ before: 5, after: 3 }))

describe('a conference’s timeliness, over Christmas', () => {
  const environment = { timescales: defaultTimescales(), calendar: bundledCalendar('england-and-wales') }
  // Held on Friday 18/12/2026. Fifteen working days, skipping Christmas Day (Fri 25/12, and the Boxing Day
  // holiday on Mon 28/12) and New Year's Day (Fri 01/01/2027): 21, 22, 23, 24, 29, 30, 31 December, then 4,
  // 5, 6, 7, 8, 11, 12, 13 January. The minutes are due by Wednesday 13/01/2027.
  const held = applyAll({ ...heldConference(), date: '2026-12-18' }, [
    // The strategy discussion on Monday 23/11/2026: fifteen working days on is Monday 14/12/2026, so a
    // conference on 18/12 is late.
    { type: 'set-dates', patch: { strategyDiscussion: '2026-11-23' } },
  ])

  it('counts the minutes on time when sent on the last working day, late the day after', () => {
    expect(conferenceTimeliness(held, environment, '2027-01-13')).toMatchObject({
      conference: 'late',
      minutes: 'on-time',
    })
    expect(conferenceTimeliness(held, environment, '2027-01-14').minutes).toBe('late')
    expect(conferenceTimeliness(held, environment, null).minutes).toBe('not-known')
  })

  it('counts the conference on time within fifteen working days of the strategy discussion', () => {
    const sooner = applyAll(held, [{ type: 'set-dates', patch: { strategyDiscussion: '2026-11-27' } }])
    // From Friday 27/11/2026: fifteen working days is Friday 18/12/2026, the day it was held.
    expect(conferenceTimeliness(sooner, environment, null).conference).toBe('on-time')
  })
})
