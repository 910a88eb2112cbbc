import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { CaseView } from '../../../../shared/meeting/case-view.ts'
import type { Meeting } from '../../../../shared/meeting/meeting.ts'
import { aClock } from '../../../helpers/builders.ts'
import { heldMiam, mediationPeople, must } from '../../../helpers/mediation-case.ts'
import { aSession } from '../../../helpers/session.ts'

const { mother, father } = mediationPeople

describe('a mediation case: its parties, consent and what may start in it', () => {
  it('arranges a session only after both MIAMs go ahead and both parents consent', async () => {
    const { call } = await aSession({ clock: aClock('2026-12-10T09:00:00.000Z') })
    const first = await heldMiam(call, {
      caseId: null,
      parent: 'mother',
      date: '2026-12-01',
      outcome: 'going-ahead',
    })
    const caseId = first.caseId!
    const session = {
      kind: 'mediation-session',
      familyName: 'Wiśniewska',
      date: '2026-12-14',
      children: [],
      caseId,
    }
    expect(await call('meetings.create', session)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('a MIAM with each parent') },
    })
    const second = await heldMiam(call, {
      caseId,
      parent: 'father',
      date: '2026-12-03',
      outcome: 'going-ahead',
    })
    expect(second.caseId).toBe(caseId)
    expect(await call('meetings.followOn', second.id, 'mediation-session', '2026-12-14')).toMatchObject({
      ok: false,
      error: {
        message: `Record ${mother.name}’s consent to mediation first (on the case): mediation is voluntary.`,
      },
    })
    await must(call('cases.apply', caseId, { type: 'record-consent', partyId: mother.id, on: '2026-12-02' }))
    const view = await must<CaseView>(
      call('cases.apply', caseId, { type: 'record-consent', partyId: father.id, on: '2026-12-04' }),
    )
    expect(view.startProblems['mediation-session']).toBeNull()
    expect(view.stage).toBe('MIAMs')
    expect(view.parties).toEqual([
      {
        id: mother.id,
        name: mother.name,
        role: 'Mother',
        facts: ['MIAM on 01/12/2026: mediation going ahead'],
      },
      {
        id: father.id,
        name: father.name,
        role: 'Father',
        facts: ['MIAM on 03/12/2026: mediation going ahead'],
      },
    ])
    expect(view.timeline.map((entry) => entry.what)).toEqual(
      expect.arrayContaining([
        `recorded ${mother.name}’s consent to mediation, given on 02/12/2026`,
        `recorded ${father.name}’s consent to mediation, given on 04/12/2026`,
      ]),
    )
    expect(view.timeline.filter((entry) => entry.meeting !== undefined).length).toBeGreaterThanOrEqual(4)
    const started = await must<{ caseId: string }>(
      call('meetings.followOn', second.id, 'mediation-session', '2026-12-14'),
    )
    expect(started.caseId).toBe(caseId)
    expect((await must<CaseView>(call('cases.get', caseId))).stage).toBe('Mediation sessions')
    // Signed at the first session, the agreement to mediate is not asked for again, however the next is set up.
    const sessionId = (started as unknown as { id: string }).id
    for (const command of [
      { type: 'sign-agreement-to-mediate', partyId: mother.id, mark: { kind: 'typed', text: mother.name } },
      { type: 'sign-agreement-to-mediate', partyId: father.id, mark: { kind: 'typed', text: father.name } },
      { type: 'countersign-agreement-to-mediate' },
    ])
      await must(call('meetings.apply', sessionId, command))
    const fromTheForm = await must<Meeting>(call('meetings.create', { ...session, date: '2026-12-21' }))
    expect(fromTheForm.record).toMatchObject({ session: { agreement: { signedEarlier: '2026-12-14' } } })
  })

  it('never arranges a session past a finding that mediation is not suitable, nor after a withdrawal', async () => {
    const { call } = await aSession({ clock: aClock('2026-12-10T09:00:00.000Z') })
    const first = await heldMiam(call, {
      caseId: null,
      parent: 'mother',
      date: '2026-12-01',
      outcome: 'going-ahead',
    })
    const caseId = first.caseId!
    const second = await heldMiam(call, {
      caseId,
      parent: 'father',
      date: '2026-12-03',
      outcome: 'not-suitable',
    })
    expect(await call('meetings.followOn', second.id, 'mediation-session', '2026-12-14')).toMatchObject({
      ok: false,
      error: {
        message: `At ${father.name}’s MIAM of 03/12/2026 you found mediation not suitable, so no session can be arranged.`,
      },
    })
    const stopped = await must<CaseView>(
      call('cases.apply', caseId, { type: 'record-withdrawal', by: mother.id, on: '2026-12-09' }),
    )
    expect(stopped.stage).toBe(`Stopped: ${mother.name} ended the mediation on 09/12/2026`)
    expect(stopped.startProblems['mediation-session']).toContain('The mediation has stopped')
    expect(
      await call('cases.apply', caseId, { type: 'record-consent', partyId: father.id, on: '2026-12-09' }),
    ).toMatchObject({
      ok: false,
    })
  })

  it('refuses a consent dated after today, or from someone not in the case, in plain words', async () => {
    const { call } = await aSession({ clock: aClock('2026-12-10T09:00:00.000Z') })
    const miam = await heldMiam(call, {
      caseId: null,
      parent: 'mother',
      date: '2026-12-01',
      outcome: 'going-ahead',
    })
    expect(
      await call('cases.apply', miam.caseId, {
        type: 'record-consent',
        partyId: mother.id,
        on: '2026-12-11',
      }),
    ).toMatchObject({
      ok: false,
      error: { message: 'The date cannot be after today (10/12/2026): record it on the day it happens.' },
    })
    expect(
      await call('cases.apply', miam.caseId, {
        type: 'record-consent',
        partyId: randomUUID(),
        on: '2026-12-09',
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('not a party to this case') } })
    expect(await call('cases.get', randomUUID())).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
