import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { bundledCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { defaultTimescales } from '../../../shared/kinds/conference/timescale-settings.ts'
import type { ConferenceMeetingValue } from '../../../shared/meeting/meeting.ts'
import { conferenceRow } from '../../../shared/outcomes/conference-row.ts'
import { OutcomeRowSchema } from '../../../shared/outcomes/outcome-rows.ts'
import { applyAll } from '../../helpers/commands.ts'
import { heldConference } from '../../helpers/conference-meeting.ts'

const environment = { timescales: defaultTimescales(), calendar: bundledCalendar('england-and-wales') }

const idOf = (meeting: ConferenceMeetingValue, name: string) =>
  meeting.participants.find((person) => person.name === name)?.id ?? ''

describe('a conference as the steering group counts it', () => {
  it('an initial conference held in time, the child’s view through an app, one parent of two there', () => {
    const base = heldConference()
    const meeting: ConferenceMeetingValue = {
      ...applyAll(base, [
        {
          type: 'update-participant',
          participantId: idOf(base, 'Anna Kowalska'),
          patch: { attendance: { status: 'present', from: null, until: null, reason: '' } },
        },
        {
          type: 'update-participant',
          participantId: idOf(base, 'Piotr Kowalski'),
          patch: { attendance: { status: 'apologies', from: null, until: null, reason: '' } },
        },
        // Sent on Friday 11/12/2026: fifteen working days from Friday 20/11/2026 is the same day.
        { type: 'set-dates', patch: { minutesSent: '2026-12-11' } },
      ]),
      status: 'ended',
    }
    const row = conferenceRow(meeting, [], environment, '3f6c1a2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7')
    // Strategy discussion Monday 16/11/2026: held Friday 20/11, within fifteen working days. Not signed here,
    // so whether the decision went out in its working day is not known.
    expect(row).toEqual({
      type: 'conference',
      rowId: '3f6c1a2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7',
      kind: 'icpc',
      month: '2026-11',
      children: 1,
      conferenceOnTime: 'on-time',
      decisionOnTime: 'not-known',
      minutesOnTime: 'on-time',
      childViewGathered: true,
      childViewWays: ['app'],
      parentsInvited: 2,
      parentsTookPart: 1,
      decision: 'plan',
      category: 'neglect',
      repeatPlan: null,
    })
    expect(OutcomeRowSchema.safeParse(row).success).toBe(true)
    // No name, no words of the record: only codes, counts and the month.
    const text = JSON.stringify(row)
    for (const words of [
      'Kowalsk',
      'Zosia',
      'Zofia',
      'Mind of My Own',
      'neglect over',
      '2026-11-20',
      '2026-12-11',
    ])
      expect(text).not.toContain(words)
  })

  it('a plan made again after an earlier conference of the case ended one is a repeat plan', () => {
    const earlier = applyAll(heldConference(), [
      { type: 'update-decision', patch: { outcome: 'end-cp-plan-nfa', category: null } },
    ])
    const meeting = { ...heldConference(), status: 'ended' as const }
    expect(conferenceRow(meeting, [earlier], environment, randomUUID())?.repeatPlan).toBe(true)
    const noneEnded = conferenceRow(meeting, [heldConference()], environment, randomUUID())
    expect(noneEnded?.repeatPlan).toBe(false)
  })

  it('counts neither a conference not yet held nor a core group', () => {
    expect(
      conferenceRow({ ...heldConference(), status: 'planned' }, [], environment, randomUUID()),
    ).toBeNull()
    expect(
      conferenceRow(
        { ...heldConference(), kind: 'core-group', status: 'ended' },
        [],
        environment,
        randomUUID(),
      ),
    ).toBeNull()
  })
})
