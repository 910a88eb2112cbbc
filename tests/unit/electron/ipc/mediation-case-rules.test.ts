import { readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CaseView } from '../../../../shared/meeting/case-view.ts'
import type { Meeting } from '../../../../shared/meeting/meeting.ts'
import { writeInterchange } from '../../../../shared/meeting/interchange.ts'
import { aClock } from '../../../helpers/builders.ts'
import { heldMiam, mediationPeople, must } from '../../../helpers/mediation-case.ts'
import { aSession } from '../../../helpers/session.ts'

const { mother, father } = mediationPeople

/** A case with both MIAMs going ahead and both consents, and a session started in it. */
async function caseWithSession() {
  const { call, folder } = await aSession({ clock: aClock('2026-12-10T09:00:00.000Z') })
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
    outcome: 'going-ahead',
  })
  await must(call('cases.apply', caseId, { type: 'record-consent', partyId: mother.id, on: '2026-12-02' }))
  await must(call('cases.apply', caseId, { type: 'record-consent', partyId: father.id, on: '2026-12-04' }))
  const session = await must<Meeting>(call('meetings.followOn', second.id, 'mediation-session', '2026-12-08'))
  return { call, folder, caseId, first, second, session }
}

describe('what a mediation case allows, however it is asked', () => {
  it('arranges no session from the New meeting form without a case that allows one', async () => {
    const { call } = await aSession()
    const session = { kind: 'mediation-session', familyName: 'Wiśniewska', date: '2026-12-14', children: [] }
    expect(await call('meetings.create', session)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('a MIAM with each parent') },
    })
  })

  it('lets a session opened before a withdrawal reach no agreement after it, and close only as none', async () => {
    const { call, caseId, session } = await caseWithSession()
    await must(call('cases.apply', caseId, { type: 'record-withdrawal', by: father.id, on: '2026-12-09' }))
    for (const command of [
      { type: 'sign-agreement-to-mediate', partyId: mother.id, mark: { kind: 'typed', text: mother.name } },
      { type: 'update-parenting-plan', patch: { livesWith: 'With Katarzyna in the week.' } },
      { type: 'close-session', outcome: 'agreed' },
    ])
      expect(await call('meetings.apply', session.id, command)).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('The mediation ended on 09/12/2026') },
      })
    expect(
      await call('meetings.apply', session.id, { type: 'close-session', outcome: 'not-agreed' }),
    ).toMatchObject({
      ok: true,
    })
  })

  it('brings no session file into a case here that does not allow one, nor one signed by nobody at it', async () => {
    const { call, caseId, session } = await caseWithSession()
    await must(call('cases.apply', caseId, { type: 'record-withdrawal', by: 'mediator', on: '2026-12-09' }))
    const file = writeInterchange({ ...session, id: crypto.randomUUID() }, new Date('2026-12-10T09:00:00Z'))
    expect(await call('meetings.importInterchange', file)).toMatchObject({
      ok: true,
      value: {
        imported: false,
        problems: [{ message: expect.stringContaining('Not brought in: The mediation has stopped') }],
      },
    })
    // A countersigned agreement with a signature from someone not at the session, into a new case.
    const forged = {
      ...session,
      id: crypto.randomUUID(),
      caseId: null,
      record: {
        ...session.record,
        session: {
          plan: {},
          outcome: null,
          closed: null,
          agreement: {
            signatures: [
              {
                partyId: crypto.randomUUID(),
                mark: { kind: 'typed', text: 'X' },
                at: '2026-12-08T10:00:00.000Z',
              },
            ],
            mediatorSignedAt: '2026-12-08T10:01:00.000Z',
            signedEarlier: null,
          },
        },
      },
    }
    const outcome = await call(
      'meetings.importInterchange',
      JSON.stringify({ ...JSON.parse(writeInterchange(session, new Date())), meeting: forged }),
    )
    expect(JSON.stringify(outcome)).toMatch(
      /signed by someone not a parent|could not be read|not brought in|imported":false/i,
    )
    expect(outcome).not.toMatchObject({ ok: true, value: { imported: true } })
  })

  it('keeps a finding that mediation is not suitable, whatever a later MIAM found', async () => {
    const { call } = await aSession({ clock: aClock('2026-12-10T09:00:00.000Z') })
    const first = await heldMiam(call, {
      caseId: null,
      parent: 'mother',
      date: '2026-12-01',
      outcome: 'not-suitable',
    })
    const caseId = first.caseId!
    await heldMiam(call, { caseId, parent: 'mother', date: '2026-12-02', outcome: 'going-ahead' })
    const second = await heldMiam(call, {
      caseId,
      parent: 'father',
      date: '2026-12-03',
      outcome: 'going-ahead',
    })
    await must(call('cases.apply', caseId, { type: 'record-consent', partyId: mother.id, on: '2026-12-04' }))
    await must(call('cases.apply', caseId, { type: 'record-consent', partyId: father.id, on: '2026-12-04' }))
    expect(await call('meetings.followOn', second.id, 'mediation-session', '2026-12-14')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('MIAM of 01/12/2026 you found mediation not suitable') },
    })
  })

  it('arranges no session while the newest save of the case is damaged, says so, and keeps the save aside', async () => {
    const { call, folder, caseId, second } = await caseWithSession()
    await must(call('cases.apply', caseId, { type: 'record-withdrawal', by: father.id, on: '2026-12-09' }))
    // The newest save (its name is random: the newest is the one written last).
    const caseFolder = join(folder, 'cases', caseId)
    const saves = await Promise.all(
      (await readdir(caseFolder)).map(async (name) => ({
        name,
        at: (await stat(join(caseFolder, name))).mtimeMs,
      })),
    )
    const newest = saves.sort((a, b) => a.at - b.at).at(-1)!
    await writeFile(join(caseFolder, newest.name), 'not a save')
    const view = await must<CaseView>(call('cases.get', caseId))
    expect(view.restored).toBe(true)
    expect(await call('meetings.followOn', second.id, 'mediation-session', '2026-12-14')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('own record is damaged') },
    })
    expect(await readdir(join(folder, 'kept-aside', `case ${caseId}`))).toHaveLength(1)
  })

  it('tells each session what the MIAMs and the case ask of it', async () => {
    const { call, caseId } = await caseWithSession()
    const view = await must<CaseView>(
      call('cases.apply', caseId, {
        type: 'update-party',
        partyId: mother.id,
        details: { notInTheSameRoom: true },
      }),
    )
    expect(view.cautions).toContain(`${mother.name} is not to be in the same room as the other party.`)
  })
})
