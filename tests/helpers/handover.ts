import type { HandoverSummary, Recipient } from '../../shared/handover/handover.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import type { ExportedDocument } from '../../shared/model/identity.ts'
import { aClock } from './builders.ts'
import { heldConference } from './conference-meeting.ts'
import { must } from './mediation-case.ts'
import { aSession } from './session.ts'

/** The father's address: he asked that no one else's copy shows it. */
export const hiddenAddress = '12 Ulica Lipowa\nRefuge address, Northtown NT1 1AA'

/** A chair's laptop and an administrator's, with a signed conference (20/11/2026) handed over. */
export async function handedOver(
  options: { readonly administratorWrites?: (path: string, contents: Buffer) => Promise<void> } = {},
) {
  const clock = aClock('2026-11-20T15:00:00.000Z')
  const chair = await aSession({ clock })
  const administrator = await aSession({
    clock,
    ...(options.administratorWrites ? { writeFile: options.administratorWrites } : {}),
  })
  const card = await must<{ text: string; fingerprint: string }>(
    administrator.call('handover.card', 'Priya Shah'),
  )
  await must(chair.call('handover.addAdministrator', card.text, card.fingerprint))
  await must(
    chair.call('settings.update', {
      letters: {
        council: 'Northshire County Council',
        service: 'Child Protection Conference Service',
        address: 'County Hall\nNorthtown NT1 2BB',
        telephone: '01632 960 000',
        email: 'cp.conferences@northshire.gov.uk',
        coveringMessage:
          'Dear {name},\n\nPlease find enclosed {documents} from the {meeting} held on {date}{version}. Tell us of anything wrong by {correctionsBy}.',
      },
    }),
  )
  await must(
    administrator.call('settings.update', {
      letters: (await must<{ letters: object }>(chair.call('settings.get'))).letters,
    }),
  )
  const { meeting } = await must<{ meeting: { id: string } }>(
    chair.call('meetings.importInterchange', writeInterchange(heldConference(), new Date())),
  )
  await must(chair.call('meetings.apply', meeting.id, { type: 'sign-off', openItems: [], reason: 'Test.' }))
  const file = await must<ExportedDocument>(chair.call('handover.handOver', meeting.id, card.fingerprint))
  const opened = await must<HandoverSummary>(administrator.call('handover.open', file.base64))
  // The list filled in: everyone by email but the father (post, an address no one else may see) and a
  // GP added by hand.
  const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', opened.id))
  const filled = list.map((each, index): Recipient =>
    each.name === 'Piotr Kowalski'
      ? { ...each, how: 'post', address: hiddenAddress, doNotDisclose: true }
      : { ...each, email: `person${index}@example.org` },
  )
  const gp: Recipient = {
    id: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
    name: 'Dr Aoife Ní Bhriain',
    role: 'GP',
    group: 'added',
    copy: 'full',
    how: 'email',
    reason: '',
    email: 'aoife.nibhriain@example.ie',
    address: '',
    doNotDisclose: false,
  }
  await must(administrator.call('handover.updateDistribution', opened.id, [...filled, gp]))
  return {
    chair,
    administrator,
    clock,
    meetingId: meeting.id,
    fingerprint: card.fingerprint,
    handoverId: opened.id,
    handover: file,
  }
}
