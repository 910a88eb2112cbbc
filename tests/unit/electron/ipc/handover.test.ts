import { describe, expect, it } from 'vitest'
import { writeInterchange } from '../../../../shared/meeting/interchange.ts'
import type { HandoverSummary } from '../../../../shared/handover/handover.ts'
import type { ExportedDocument } from '../../../../shared/model/identity.ts'
import { heldConference } from '../../../helpers/conference-meeting.ts'
import { must } from '../../../helpers/mediation-case.ts'
import { aSession } from '../../../helpers/session.ts'

describe('the handover channels', () => {
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
    expect(
      await administrator.call('handover.open', Buffer.from('PK\u0003\u0004').toString('base64')),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not a Convene handover file') },
    })
  })
})
