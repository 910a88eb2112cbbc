import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { bundledCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { MeetingSchema } from '../../../shared/meeting/meeting.ts'
import { summarise } from '../../../shared/meeting/meeting-summary.ts'
import { fallingDue } from '../../../shared/meeting/falling-due.ts'
import { reviewFrom } from '../../helpers/follow-on.ts'
import { defaultAgenda } from '../../../shared/settings/default-agenda.ts'
import { defaultTimescales } from '../../../shared/kinds/conference/timescale-settings.ts'
import { aMeeting } from '../../helpers/builders.ts'
import { addPerson, applyAll } from '../../helpers/commands.ts'

function decidedConference() {
  const meeting = applyAll(aMeeting(), [
    addPerson('Anna Kowalska', 'family', 'Mother'),
    addPerson('Jamie Reid', 'professional', 'Social worker'),
    {
      type: 'add-danger-statement',
      statementId: randomUUID(),
      statement: { danger: 'Zosia may be hurt', safetyGoal: 'Zosia is safe' },
    },
  ])
  const jamie = meeting.participants[1]?.id ?? null
  return applyAll(meeting, [
    {
      type: 'add-action',
      actionId: randomUUID(),
      action: {
        what: 'Anna will attend the parenting course',
        ownerId: meeting.participants[0]?.id ?? null,
        ownerText: '',
        due: '2027-02-26',
        dueWithinWorkingDays: null,
        measure: 'Attends all 8 sessions',
        addresses: 'Zosia may be hurt',
      },
    },
    { type: 'update-decision', patch: { outcome: 'cp-plan', category: 'neglect', reasons: 'Neglect.' } },
    { type: 'update-plan-frame', patch: { leadSocialWorkerId: jamie, contingency: 'Legal planning.' } },
    { type: 'keep-wording', dismissal: { ruleId: 'cin', match: 'CIN', noteId: null } },
    { type: 'set-score', personId: jamie ?? '', patch: { score: 3 } },
  ])
}

describe('reviewFrom', () => {
  it('carries the people, the plan and the decision into a review, and nothing said on the day', () => {
    const previous = decidedConference()
    const review = reviewFrom(previous, {
      id: randomUUID(),
      date: '2027-02-24',
      agenda: defaultAgenda('rcpc'),
      at: '2027-02-01T09:00:00.000Z',
    })
    expect(review.ok).toBe(true)
    if (!review.ok) return
    const meeting = review.value
    expect(MeetingSchema.safeParse(meeting).success).toBe(true)
    expect(meeting.kind).toBe('rcpc')
    expect(meeting.participants.map((person) => [person.name, person.attendance.status])).toEqual([
      ['Anna Kowalska', 'invited'],
      ['Jamie Reid', 'invited'],
    ])
    expect(meeting.record.planActions).toEqual(
      previous.record.planActions.map((action) => ({ ...action, setOn: previous.date })),
    )
    expect(meeting.record.planFrame).toEqual(previous.record.planFrame)
    expect(meeting.record.scaling).toEqual({
      scores: [],
      dangerStatements: previous.record.scaling.dangerStatements,
    })
    expect(meeting.record.previousConference).toEqual({
      meetingId: previous.id,
      kind: 'icpc',
      date: previous.date,
      decisions: [{ childId: null, outcome: 'cp-plan', category: 'neglect' }],
    })
    expect(meeting.record.decisions[0]?.category).toBe('neglect')
    expect(meeting.record.decisions[0]?.outcome).toBeNull()
    expect(meeting.notes).toEqual([])
    expect(meeting.languageDismissals).toHaveLength(1)
  })

  it('refuses a review after a core group, which decides nothing to review', () => {
    const review = reviewFrom(aMeeting({ kind: 'core-group' }), {
      id: randomUUID(),
      date: '2027-02-24',
      agenda: defaultAgenda('rcpc'),
      at: '2027-02-01T09:00:00.000Z',
    })
    expect(review.ok).toBe(false)
  })
})

describe('fallingDue', () => {
  const environment = { calendar: bundledCalendar('england-and-wales'), timescales: defaultTimescales() }
  it('lists the dates still to be met, soonest first, and leaves out what is done or far off', () => {
    const meeting = { ...decidedConference(), date: '2026-11-18' }
    const due = fallingDue([summarise(meeting)], environment, '2026-11-22')
    expect(due.map(({ date }) => [date.key, date.due])).toEqual([
      ['decision-to-attendees', '2026-11-19'],
      ['first-core-group', '2026-12-02'],
    ])
    const arranged = applyAll(meeting, [
      { type: 'set-dates', patch: { firstCoreGroup: '2026-12-01' } },
      { type: 'sign-off', reason: 'The review date follows.' },
    ])
    expect(fallingDue([summarise(arranged)], environment, '2026-11-22')).toEqual([])
    expect(fallingDue([{ ...summarise(meeting), facts: undefined }], environment, '2026-11-22')).toEqual([])
    // A meeting not yet held: only the deadline for holding it.
    const planned = applyAll({ ...decidedConference(), date: '2026-11-30' }, [
      { type: 'set-dates', patch: { strategyDiscussion: '2026-11-09' } },
    ])
    expect(fallingDue([summarise(planned)], environment, '2026-11-22').map(({ date }) => date.key)).toEqual([
      'icpc-due',
    ])
  })
})
