import { describe, expect, it } from 'vitest'
import { writeInterchange } from '../../../../shared/meeting/interchange.ts'
import {
  distributionGaps,
  type HandoverSummary,
  type Recipient,
} from '../../../../shared/handover/handover.ts'
import type { ExportedDocument } from '../../../../shared/model/identity.ts'
import { heldConference } from '../../../helpers/conference-meeting.ts'
import { must } from '../../../helpers/mediation-case.ts'
import { aSession } from '../../../helpers/session.ts'

describe('the handover channels', () => {
  it('refuse to open a handover on a service lead’s laptop, even one made while the card was an administrator’s, and even as the role changes', async () => {
    const chair = await aSession()
    const laptop = await aSession()
    const card = await must<{ text: string; fingerprint: string }>(laptop.call('handover.card', 'Priya Shah'))
    await must(chair.call('handover.addAdministrator', card.text, card.fingerprint))
    const { meeting } = await must<{ meeting: { id: string } }>(
      chair.call('meetings.importInterchange', writeInterchange(heldConference(), new Date())),
    )
    await must(chair.call('meetings.apply', meeting.id, { type: 'sign-off', openItems: [], reason: 'Test.' }))
    const file = await must<ExportedDocument>(chair.call('handover.handOver', meeting.id, card.fingerprint))

    // The role and the opening at the very same moment: one of them is refused, never both kept.
    const [role, opened] = await Promise.all([
      laptop.call('identity.setRole', 'service-lead'),
      laptop.call('handover.open', file.base64),
    ])
    expect([role.ok, opened.ok]).toEqual([true, false])
    expect(opened).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('This laptop is a service lead’s: it keeps no records') },
    })
    expect(await must<ReadonlyArray<HandoverSummary>>(laptop.call('handover.list'))).toEqual([])
  })

  it('carry a signed conference from the chair’s laptop to the administrator’s, and refuse what is not a handover', async () => {
    const chair = await aSession()
    const administrator = await aSession()
    const card = await must<{ text: string; fingerprint: string }>(
      administrator.call('handover.card', 'Priya Shah'),
    )
    await must(chair.call('handover.addAdministrator', card.text, card.fingerprint))
    expect(await must<ReadonlyArray<{ name: string }>>(chair.call('handover.administrators'))).toEqual([
      expect.objectContaining({ name: 'Priya Shah', fingerprint: card.fingerprint }),
    ])
    const { meeting } = await must<{ meeting: { id: string } }>(
      chair.call('meetings.importInterchange', writeInterchange(heldConference(), new Date())),
    )
    await must(chair.call('meetings.apply', meeting.id, { type: 'sign-off', openItems: [], reason: 'Test.' }))
    const file = await must<ExportedDocument>(chair.call('handover.handOver', meeting.id, card.fingerprint))
    const opened = await must<HandoverSummary>(administrator.call('handover.open', file.base64))
    expect(opened).toMatchObject({ familyName: 'Kowalski', kind: 'icpc', signedVersion: 1 })
    expect(await must<ReadonlyArray<HandoverSummary>>(administrator.call('handover.list'))).toEqual([opened])
    // Opened again: kept once.
    await must(administrator.call('handover.open', file.base64))
    expect(await must<ReadonlyArray<HandoverSummary>>(administrator.call('handover.list'))).toHaveLength(1)
    // The list edited: a GP added; kept however far it is filled in, and what is missing said.
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', opened.id))
    const gp: Recipient = {
      id: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
      name: 'Dr Aoife Ní Bhriain',
      role: 'GP',
      group: 'added',
      copy: 'full',
      how: 'post',
      reason: '',
      email: '',
      address: '',
      doNotDisclose: false,
    }
    const kept = await must<ReadonlyArray<Recipient>>(
      administrator.call('handover.updateDistribution', opened.id, [...list, gp]),
    )
    expect(kept).toContainEqual(gp)
    expect(distributionGaps(kept)).toContain('Add Dr Aoife Ní Bhriain’s postal address.')
    expect(
      await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', opened.id)),
    ).toEqual(kept)
    expect(
      await administrator.call('handover.updateDistribution', opened.id, [
        { ...gp, email: 'not an address' },
      ]),
    ).toMatchObject({ ok: false })
    // The chair stops handing over to them: nothing more can be sealed for that key.
    expect(
      await must<ReadonlyArray<unknown>>(chair.call('handover.removeAdministrator', card.fingerprint)),
    ).toEqual([])
    expect(await chair.call('handover.handOver', meeting.id, card.fingerprint)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Add the administrator first') },
    })
    expect(
      await administrator.call('handover.open', Buffer.from('PK\u0003\u0004').toString('base64')),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not a Convene handover file') },
    })
  })
})
