import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { bundledCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { MeetingSchema } from '../../../shared/model/meeting.ts'
import { summarise } from '../../../shared/model/meeting-summary.ts'
import { fallingDue } from '../../../shared/rules/falling-due.ts'
import { reviewFrom } from '../../../shared/rules/review.ts'
import { defaultAgenda } from '../../../shared/settings/default-agenda.ts'
import { defaultTimescales } from '../../../shared/settings/timescale-settings.ts'
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
    expect(meeting.planActions).toEqual(
      previous.planActions.map((action) => ({ ...action, setOn: previous.date })),
    )
    expect(meeting.planFrame).toEqual(previous.planFrame)
    expect(meeting.scaling).toEqual({ scores: [], dangerStatements: previous.scaling.dangerStatements })
    expect(meeting.previousConference).toEqual({
      meetingId: previous.id,
      kind: 'icpc',
      date: previous.date,
      outcome: 'cp-plan',
      category: 'neglect',
    })
    expect(meeting.decision.category).toBe('neglect')
    expect(meeting.decision.outcome).toBeNull()
    expect(meeting.notes).toEqual([])
    expect(meeting.languageDismissals).toHaveLength(1)
  })

  it('refuses to follow a meeting that is not a conference', () => {
    const review = reviewFrom(aMeeting({ kind: 'core-group' }), {
      id: randomUUID(),
      date: '2027-02-24',
      agenda: defaultAgenda('rcpc'),
      at: '2027-02-01T09:00:00.000Z',
    })
    expect(!review.ok && review.error.message).toMatch(/initial or a review conference/)
  })
})

describe('fallingDue', () => {
  const england = bundledCalendar('england-and-wales')
  it('lists the dates still to be met, soonest first, and leaves out what is done or far off', () => {
    const meeting = { ...decidedConference(), date: '2026-11-18' }
    const due = fallingDue([summarise(meeting)], defaultTimescales(), england, '2026-11-22')
    expect(due.map(({ date }) => [date.key, date.due])).toEqual([
      ['decision-to-attendees', '2026-11-19'],
      ['first-core-group', '2026-12-02'],
    ])
    const arranged = applyAll(meeting, [
      { type: 'set-dates', patch: { firstCoreGroup: '2026-12-01' } },
      { type: 'sign-off', openItems: [], reason: '' },
    ])
    expect(fallingDue([summarise(arranged)], defaultTimescales(), england, '2026-11-22')).toEqual([])
    expect(
      fallingDue(
        [{ ...summarise(meeting), timescales: undefined }],
        defaultTimescales(),
        england,
        '2026-11-22',
      ),
    ).toEqual([])
    // A meeting not yet held: only the deadline for holding it.
    const planned = applyAll({ ...decidedConference(), date: '2026-11-30' }, [
      { type: 'set-dates', patch: { strategyDiscussion: '2026-11-09' } },
    ])
    expect(
      fallingDue([summarise(planned)], defaultTimescales(), england, '2026-11-22').map(
        ({ date }) => date.key,
      ),
    ).toEqual(['icpc-due'])
  })
})
