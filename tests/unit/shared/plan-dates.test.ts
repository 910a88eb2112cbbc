import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { bundledCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { minutesContent } from '../../../shared/kinds/conference/documents/minutes-content.ts'
import type { ConferenceMeetingValue as Meeting } from '../../../shared/meeting/meeting.ts'
import {
  actionDue,
  describeActionDue,
  relativeDueRule,
} from '../../../shared/kinds/conference/rules/plan-dates.ts'
import { reviewFrom } from '../../helpers/follow-on.ts'
import { defaultAgenda } from '../../../shared/settings/default-agenda.ts'
import { aMeeting } from '../../helpers/builders.ts'
import { applyAll } from '../../helpers/commands.ts'

const england = bundledCalendar('england-and-wales')

/** A conference on Wednesday 2 December 2026 whose plan has one action due within 10 working days. */
function conferenceWithRelativeAction(date = '2026-12-02'): Meeting {
  return applyAll(aMeeting({ date }), [
    {
      type: 'add-action',
      actionId: '5a0e5c1e-7a55-4b0a-9d4e-000000000001',
      action: {
        what: 'Jamie will visit Anna at home',
        ownerId: null,
        ownerText: 'Children’s services',
        due: null,
        dueWithinWorkingDays: 10,
        measure: 'A visit recorded',
        addresses: '',
      },
    },
    { type: 'update-decision', patch: { outcome: 'cp-plan', category: 'neglect' } },
  ])
}

const review = (previous: Meeting, date: string): Meeting => {
  const made = reviewFrom(previous, {
    id: randomUUID(),
    date,
    agenda: defaultAgenda('rcpc'),
    at: `${date}T09:00:00.000Z`,
  })
  if (!made.ok) throw new Error(made.error.message)
  return made.value
}

describe('a relative due date on a plan action', () => {
  it('counts from the meeting that set the action', () => {
    const meeting = conferenceWithRelativeAction()
    const [action] = meeting.record.planActions
    if (!action) throw new Error('no action')
    const due = actionDue(action, meeting.date, england)
    // 10 working days from Wednesday 2 December 2026: 3, 4, 7–11, 14, 15, 16.
    expect(due).toEqual({
      kind: 'within',
      workingDays: 10,
      from: '2026-12-02',
      carried: false,
      date: '2026-12-16',
      calculated: false,
    })
    expect(describeActionDue(due)).toBe(
      'By 16/12/2026, within 10 working days of the meeting that set it (02/12/2026)',
    )
  })

  it('keeps counting from the first meeting when carried into a review, and into the review after it', () => {
    const first = conferenceWithRelativeAction()
    const second = review(first, '2027-03-02')
    const third = review(second, '2027-09-01')
    for (const meeting of [second, third]) {
      const [action] = meeting.record.planActions
      if (!action) throw new Error('no action')
      expect(actionDue(action, meeting.date, england)).toMatchObject({
        from: '2026-12-02',
        carried: true,
        date: '2026-12-16',
      })
    }
  })

  it('follows the meeting when its date is moved before the plan is carried anywhere', () => {
    const meeting = { ...conferenceWithRelativeAction(), date: '2026-12-09' }
    const [action] = meeting.record.planActions
    if (!action) throw new Error('no action')
    // 10 working days from Wednesday 9 December 2026: 10, 11, 14–18, 21, 22, 23.
    expect(actionDue(action, meeting.date, england)).toMatchObject({ date: '2026-12-23' })
    // From Wednesday 16 December: 17, 18, 21–24 (6); Christmas Day and the Boxing Day substitute (Monday
    // 28); 29, 30, 31 (9); New Year's Day; Monday 4 January (10).
    expect(actionDue(action, '2026-12-16', england)).toMatchObject({ date: '2027-01-04' })
  })

  it('says when it was counted over calculated bank holidays', () => {
    // From Monday 20 December 2027: 21–24 (4); 27 and 28 are the Christmas substitutes; 29, 30, 31 (7);
    // Monday 3 January 2028 is New Year's Day's substitute (calculated); 4, 5, 6 (10).
    const meeting = conferenceWithRelativeAction('2027-12-20')
    const [action] = meeting.record.planActions
    if (!action) throw new Error('no action')
    expect(describeActionDue(actionDue(action, meeting.date, england))).toBe(
      'By 06/01/2028 (calculated; check for any one-off bank holiday), within 10 working days of the meeting that set it (20/12/2027)',
    )
  })

  it('reads the same in the plan table of the minutes, with the rule beneath it', () => {
    const first = conferenceWithRelativeAction()
    const content = minutesContent(review(first, '2027-03-02'), {
      copy: 'full',
      withheld: false,
      signature: null,
    })
    expect(content.plan.actions.map((action) => action.when)).toEqual([
      'By 16/12/2026, within 10 working days of the meeting that set it (02/12/2026)',
    ])
    expect(content.plan.dueRule).toBe(relativeDueRule)
    const dated = applyAll(first, [
      {
        type: 'update-action',
        actionId: first.record.planActions[0]?.id ?? '',
        patch: { due: '2027-01-15' },
      },
    ])
    expect(
      minutesContent(dated, { copy: 'full', withheld: false, signature: null }).plan.actions[0]?.when,
    ).toBe('15/01/2027')
  })
})
