import { randomUUID } from 'node:crypto'
import JSZip from 'jszip'
import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'
import type { HandoverSummary, Recipient } from '../../../shared/handover/handover.ts'
import type { Meeting } from '../../../shared/meeting/meeting.ts'
import type { MeetingCommandInput } from '../../../shared/meeting/meeting-command.ts'
import { writeInterchange } from '../../../shared/meeting/interchange.ts'
import type { ExportedDocument } from '../../../shared/model/identity.ts'
import type { Visibility } from '../../../shared/model/visibility.ts'
import { aClock } from '../../helpers/builders.ts'
import { applyAll } from '../../helpers/commands.ts'
import { closedNoteText, heldConference } from '../../helpers/conference-meeting.ts'
import { heldMiam, must } from '../../helpers/mediation-case.ts'
import { aSession } from '../../helpers/session.ts'

/** What only the chair or mediator may ever read. */
const secrets = {
  closedPart: closedNoteText,
  chairsOwn: 'Chair’s own note: ask the team manager about the second referral.',
  screeningReason: 'Katarzyna described him reading her phone every night and is afraid at handovers.',
  privateTime: 'In private time Katarzyna said he once locked her out of the flat.',
  disclosure: 'Zofia has a bruise on her arm and said Dad grabbed her.',
}

const note = (text: string, visibility: Visibility, sectionKey: string | null): MeetingCommandInput => ({
  type: 'add-note',
  noteId: randomUUID(),
  sectionKey,
  speakerId: null,
  text,
  visibility,
  verbatim: false,
})

/** Every word a file in a pack holds: an email's text and attachments, a Word document's text. */
async function wordsOf(file: ExportedDocument): Promise<string> {
  const bytes = Buffer.from(file.base64, 'base64')
  const docx = async (data: Buffer) =>
    ((await (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string')) ?? '').replace(
      /<[^>]+>/g,
      '',
    )
  if (!file.fileName.endsWith('.eml')) return docx(bytes)
  const mail = await simpleParser(bytes)
  return [mail.text ?? '', ...(await Promise.all(mail.attachments.map((each) => docx(each.content))))].join(
    '\n',
  )
}

/** A laptop set up for an administrator, with a chair's or mediator's laptop that hands over to it. */
async function twoLaptops() {
  const clock = aClock('2026-12-10T09:00:00.000Z')
  const chair = await aSession({ clock })
  const administrator = await aSession({ clock })
  await must(administrator.call('identity.setRole', 'administrator'))
  const card = await must<{ text: string; fingerprint: string }>(
    administrator.call('handover.card', 'Priya Shah'),
  )
  await must(chair.call('handover.addAdministrator', card.text, card.fingerprint))
  /** Hands a signed meeting over; returns everything the administrator's screens and pack then hold. */
  const handOver = async (meetingId: string): Promise<string> => {
    const file = await must<ExportedDocument>(chair.call('handover.handOver', meetingId, card.fingerprint))
    const opened = await must<HandoverSummary>(administrator.call('handover.open', file.base64))
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', opened.id))
    await must(
      administrator.call(
        'handover.updateDistribution',
        opened.id,
        list.map((each, index) => ({
          ...each,
          copy: each.copy === 'none' ? 'full' : each.copy,
          email: `p${index}@example.org`,
        })),
      ),
    )
    const seen = [
      await administrator.call('handover.list'),
      await administrator.call('desk.record', opened.id),
      await administrator.call('desk.due'),
      await administrator.call('handover.distribution', opened.id),
    ].map((each) => JSON.stringify(each))
    for (const what of ['decision-letter', 'minutes'] as const) {
      const pack = await administrator.call('desk.pack', opened.id, what)
      if (pack.ok)
        for (const file of pack.value as ReadonlyArray<ExportedDocument>) seen.push(await wordsOf(file))
    }
    return seen.join('\n')
  }
  return { chair, administrator, handOver }
}

describe('what an administrator’s laptop holds', () => {
  it('a conference: no closed-part note, no chair’s own note, in any screen’s data or any file but the professionals’ signed minutes', async () => {
    const { chair, administrator, handOver } = await twoLaptops()
    const conference = applyAll(heldConference(), [note(secrets.chairsOwn, { to: 'chair' }, 'strengths')])
    const { meeting } = await must<{ meeting: Meeting }>(
      chair.call('meetings.importInterchange', writeInterchange(conference, new Date())),
    )
    await must(chair.call('meetings.apply', meeting.id, { type: 'sign-off', openItems: [], reason: 'Test.' }))
    const seen = await handOver(meeting.id)
    expect(seen).toContain('Kowalski')
    expect(seen).not.toContain(secrets.chairsOwn)
    // The closed part is in the full minutes the professionals get; not in the desk's own data.
    const record = JSON.stringify(
      await administrator.call(
        'desk.record',
        (await must<ReadonlyArray<HandoverSummary>>(administrator.call('handover.list')))[0]?.id,
      ),
    )
    expect(record).not.toContain(secrets.closedPart)
    // An administrator's laptop shows the desk alone.
    expect(await must<{ role: string }>(administrator.call('identity.get'))).toMatchObject({
      role: 'administrator',
    })
    // With a record handed over on it, it stays an administrator's: a service lead's screens show none.
    expect(await administrator.call('identity.setRole', 'service-lead')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('it stays an administrator’s') },
    })
  })

  it('a MIAM: no screening answer or reason, no private-time note, no safeguarding record, anywhere', async () => {
    const { chair, handOver } = await twoLaptops()
    const miam = await heldMiam(chair.call, {
      caseId: null,
      parent: 'mother',
      date: '2026-12-01',
      outcome: 'not-suitable',
      yes: ['afraid', 'threats'],
      reason: secrets.screeningReason,
      before: [note(secrets.privateTime, { to: 'chair' }, null)],
    })
    const concernId = randomUUID()
    for (const command of [
      { type: 'raise-concern', concernId, meetingId: miam.id },
      {
        type: 'record-disclosure',
        concernId,
        words: secrets.disclosure,
        saidBy: 'Katarzyna',
        aboutChild: 'Zofia',
      },
      { type: 'assess-risk', concernId, level: 'significant', reason: 'Bruising seen.' },
    ])
      await must(chair.call('cases.apply', miam.caseId, command))
    const seen = await handOver(miam.id)
    expect(seen).toContain('Wiśniewska')
    for (const secret of [
      secrets.screeningReason,
      secrets.privateTime,
      secrets.disclosure,
      'Bruising seen',
      'afraid',
    ])
      expect(seen).not.toContain(secret)
    expect(seen.toLowerCase()).not.toContain('safeguarding')
  })
})
