import { describe, expect, it } from 'vitest'
import { writeInterchange } from '../../../../shared/meeting/interchange.ts'
import { heldConference } from '../../../helpers/conference-meeting.ts'
import { aSession } from '../../../helpers/session.ts'

function value<T>(result: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

type History = {
  entries: ReadonlyArray<{ what: string; meeting?: { id: string; label: string } }>
  damagedFrom: number | null
}

describe('the history of a case', () => {
  it('lists the changes to every meeting in the case, each naming its meeting; a follow-on says where it came from', async () => {
    const { call } = await aSession()
    const { meeting } = value<{ meeting: { id: string } }>(
      await call('meetings.importInterchange', writeInterchange(heldConference(), new Date())),
    )
    value(
      await call('meetings.apply', meeting.id, { type: 'sign-off', openItems: [], reason: 'For the test.' }),
    )
    const review = value<{ id: string }>(await call('meetings.followOn', meeting.id, 'rcpc', '2027-02-15'))

    const own = value<History>(await call('meetings.history', review.id))
    expect(own.entries.map((entry) => entry.what)).toEqual(['set the meeting up from the one before it'])
    expect(own.entries[0]?.meeting).toBeUndefined()

    const whole = value<History>(await call('meetings.caseHistory', review.id))
    expect(whole.damagedFrom).toBeNull()
    expect(whole.entries.map((entry) => [entry.meeting?.label, entry.what])).toEqual([
      ['Initial child protection conference, 20/11/2026', 'brought the meeting in from a file'],
      ['Initial child protection conference, 20/11/2026', 'signed the minutes (version 1)'],
      ['Review child protection conference, 15/02/2027', 'set the meeting up from the one before it'],
    ])
  })
})
