import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { DocumentService } from '../../../electron/services/document-service.ts'
import { HandoverService } from '../../../electron/services/handover/handover-service.ts'
import { writeInterchange } from '../../../shared/meeting/interchange.ts'
import type { ExportedDocument } from '../../../shared/model/identity.ts'
import { aClock } from '../../helpers/builders.ts'
import { closedNoteText, heldConference } from '../../helpers/conference-meeting.ts'
import { must } from '../../helpers/mediation-case.ts'
import { aSession } from '../../helpers/session.ts'

/** A laptop: its session and its handover service. */
async function aLaptop() {
  const clock = aClock('2026-11-24T15:00:00.000Z')
  const { call, session } = await aSession({ clock })
  const now = () => new Date(clock.now())
  return { call, handovers: new HandoverService(session, new DocumentService(session, now), now) }
}

const textOf = async (document: ExportedDocument) =>
  (await mammoth.extractRawText({ buffer: Buffer.from(document.base64, 'base64') })).value

describe('handing a signed conference over to the administrator', () => {
  it('seals it for the administrator whose fingerprint the chair heard, who alone can open it, with no closed-part note outside the signed full minutes', async () => {
    const chair = await aLaptop()
    const administrator = await aLaptop()
    const other = await aLaptop()
    const card = await must<{ text: string; fingerprint: string }>(administrator.handovers.card('Priya Shah'))
    // Read aloud wrongly: refused; read aloud as it is (any case, spaces for dashes): added.
    expect(await chair.handovers.addAdministrator(card.text, 'AAAA-BBBB-CCCC-DDDD')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('does not match this card') },
    })
    await must(chair.handovers.addAdministrator(card.text, card.fingerprint.toLowerCase().replace(/-/g, ' ')))

    const { meeting } = await must<{ meeting: { id: string } }>(
      chair.call('meetings.importInterchange', writeInterchange(heldConference(), new Date())),
    )
    expect(await chair.handovers.handOver(meeting.id, card.fingerprint)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Sign the record') },
    })
    await must(
      chair.call('meetings.apply', meeting.id, { type: 'sign-off', openItems: [], reason: 'For the test.' }),
    )
    const file = await must<ExportedDocument>(chair.handovers.handOver(meeting.id, card.fingerprint))
    expect(file.fileName).toBe(
      '2026-11-20 initial child protection conference - version 1 - handover.convene-handover',
    )
    expect(Buffer.from(file.base64, 'base64').includes(Buffer.from('Kowalsk'))).toBe(false)

    expect(await other.handovers.open(file.base64)).toMatchObject({ ok: false })
    await must(other.handovers.card('Someone else'))
    expect(await other.handovers.open(file.base64)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('sealed for another administrator') },
    })
    const opened = await must<{
      meeting: { notes: ReadonlyArray<{ text: string }>; familyName: string }
      documents: ReadonlyArray<ExportedDocument>
      distribution: ReadonlyArray<{ name: string; copy: string; reason: string }>
    }>(administrator.handovers.open(file.base64))
    expect(opened.meeting.familyName).toBe('Kowalski')
    expect(JSON.stringify(opened.meeting)).not.toContain(closedNoteText)
    expect(opened.distribution).toContainEqual(
      expect.objectContaining({ name: 'Anna Kowalska', copy: 'family' }),
    )
    expect(opened.distribution).toContainEqual(expect.objectContaining({ name: 'Jamie Reid', copy: 'full' }))
    expect(opened.distribution).toContainEqual(
      expect.objectContaining({ name: 'Helen Okafor', copy: 'none', reason: 'Chaired the meeting' }),
    )
    // The closed part is only in the signed full minutes, for the professionals.
    const texts = await Promise.all(opened.documents.map(textOf))
    const withClosed = opened.documents.filter((_document, index) => texts[index]?.includes(closedNoteText))
    expect(withClosed.length).toBeGreaterThan(0)
    for (const document of withClosed) expect(document.fileName).not.toMatch(/family/i)
    // Kept on the administrator's laptop, encrypted, and listed.
    expect((await must<ReadonlyArray<{ id: string }>>(administrator.handovers.list())).length).toBe(1)
  })
})
