import JSZip from 'jszip'
import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'
import type { DeskRecord, DeskRow } from '../../../../shared/handover/desk-due.ts'
import type { HandoverSummary, Recipient } from '../../../../shared/handover/handover.ts'
import type { ExportedDocument } from '../../../../shared/model/identity.ts'
import type { VerifyOutcome } from '../../../../shared/model/identity.ts'
import { verifyVerdict } from '../../../../shared/model/verify-verdict.ts'
import { closedNoteText } from '../../../helpers/conference-meeting.ts'
import { must } from '../../../helpers/mediation-case.ts'
import { aSession } from '../../../helpers/session.ts'
import { handedOver } from '../../../helpers/handover.ts'

const day = 24 * 60 * 60 * 1000

/** What a file in the pack says: an email's text and attachments, or a Word document's words. */
async function textOf(file: ExportedDocument): Promise<string> {
  const bytes = Buffer.from(file.base64, 'base64')
  if (file.fileName.endsWith('.eml')) {
    const mail = await simpleParser(bytes)
    return [mail.to ? JSON.stringify(mail.to) : '', mail.subject ?? '', mail.text ?? ''].join('\n')
  }
  const zip = await JSZip.loadAsync(bytes)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return xml.replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '')
}

describe('the administrator’s desk', () => {
  it('builds the minutes pack: each copy once, an unsent email for each by email, a letter for each by post', async () => {
    const { administrator, handoverId } = await handedOver()
    const files = await must<ReadonlyArray<ExportedDocument>>(
      administrator.call('desk.pack', handoverId, 'minutes'),
    )
    const names = files.map((each) => each.fileName)
    expect(names).toEqual(
      expect.arrayContaining([
        '2026-11-20 ICPC minutes - full copy.docx',
        '2026-11-20 ICPC minutes - family copy.docx',
        '2026-11-20 ICPC minutes - email to Anna Kowalska.eml',
        '2026-11-20 ICPC minutes - letter to Piotr Kowalski.docx',
        '2026-11-20 ICPC minutes - email to Dr Aoife Ní Bhriain.eml',
      ]),
    )
    const copy = (name: string) => files.find((each) => each.fileName === name)?.base64 ?? ''
    const emails = files.filter((each) => each.fileName.endsWith('.eml'))
    // Three professionals (not the chair), the mother and the GP.
    expect(emails).toHaveLength(5)
    for (const email of emails) {
      const mail = await simpleParser(Buffer.from(email.base64, 'base64'))
      expect(mail.headers.get('x-unsent')).toBe('1')
      expect(mail.attachments).toHaveLength(1)
      const attachment = mail.attachments[0]
      const family = email.fileName.includes('Anna Kowalska')
      const expected = copy(
        family ? '2026-11-20 ICPC minutes - family copy.docx' : '2026-11-20 ICPC minutes - full copy.docx',
      )
      expect(attachment?.content.toString('base64')).toBe(expected)
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toHaveLength(1)
      expect(mail.subject).not.toContain('Kowalsk')
    }
    const anna = await simpleParser(
      Buffer.from(copy('2026-11-20 ICPC minutes - email to Anna Kowalska.eml'), 'base64'),
    )
    expect(anna.text).toContain('Dear Anna Kowalska,')
    expect(anna.text).toContain('Tell us of anything wrong by')
    expect(anna.from?.text).toContain('cp.conferences@northshire.gov.uk')
    // The father's address, not to be disclosed, is in his own letter and in no other file.
    for (const file of files) {
      const text = await textOf(file)
      const his = file.fileName.endsWith('letter to Piotr Kowalski.docx')
      expect(text.includes('Refuge address'), file.fileName).toBe(his)
    }
    const letter = await textOf({
      fileName: 'x.docx',
      base64: copy('2026-11-20 ICPC minutes - letter to Piotr Kowalski.docx'),
    })
    expect(letter).toContain('Northshire County Council')
    expect(letter).toContain('Dear Piotr Kowalski,')
    // The family copy holds no closed-part note.
    expect(
      await textOf({ fileName: 'x.docx', base64: copy('2026-11-20 ICPC minutes - family copy.docx') }),
    ).not.toContain(closedNoteText)
    const record = await must<DeskRecord>(administrator.call('desk.record', handoverId))
    expect(record.log.map((entry) => entry.type)).toEqual(['opened'])
  })

  it('logs each send, clears what is due by it, and marks a correction after its window as late', async () => {
    const { administrator, clock, handoverId } = await handedOver()
    const due = async () => (await must<ReadonlyArray<DeskRow>>(administrator.call('desk.due')))[0]
    expect((await due())?.status).toBe('signed')
    // Monday 23/11: the decision letter is due today.
    clock.advance(3 * day)
    expect((await due())?.dates.find((date) => date.key === 'decision-to-attendees')).toMatchObject({
      due: '2026-11-23',
      done: false,
      overdue: false,
    })
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', handoverId))
    const everyone = list.filter((each) => each.copy !== 'none').map((each) => each.id)
    await must(administrator.call('desk.recordSent', handoverId, 'decision-letter', everyone, '2026-11-23'))
    expect((await due())?.dates.find((date) => date.key === 'decision-to-attendees')?.done).toBe(true)
    expect((await due())?.status).toBe('to-send')
    // 15 working days on, the minutes are overdue.
    clock.advance(21 * day)
    expect((await due())?.dates.find((date) => date.key === 'minutes-distributed')).toMatchObject({
      due: '2026-12-11',
      overdue: true,
    })
    expect(
      await administrator.call('desk.recordSent', handoverId, 'minutes', everyone, '2027-01-30'),
    ).toMatchObject({ ok: false, error: { message: 'A send cannot be recorded for a day still to come.' } })
    await must(administrator.call('desk.recordSent', handoverId, 'minutes', everyone, '2026-12-14'))
    const sent = await due()
    expect(sent?.status).toBe('sent')
    expect(sent?.dates.every((date) => date.key !== 'minutes-distributed' || date.done)).toBe(true)
    // The mother asks within 10 working days of 14/12 (by 29/12 over Christmas); the father after.
    const anna = list.find((each) => each.name === 'Anna Kowalska')
    const piotr = list.find((each) => each.name === 'Piotr Kowalski')
    clock.advance(4 * day)
    await must(
      administrator.call('desk.recordCorrection', handoverId, {
        recipientId: anna?.id ?? null,
        from: 'Anna Kowalska',
        receivedOn: '2026-12-18',
        request: 'Zosia’s school is Oak Primary, not Elm.',
      }),
    )
    clock.advance(17 * day)
    const record = await must<DeskRecord>(
      administrator.call('desk.recordCorrection', handoverId, {
        recipientId: piotr?.id ?? null,
        from: 'Piotr Kowalski',
        receivedOn: '2027-01-04',
        request: 'I was at the meeting for all of it.',
      }),
    )
    expect(record.row.corrections.map((each) => [each.from, each.windowCloses, each.late])).toEqual([
      ['Anna Kowalska', '2026-12-30', false],
      ['Piotr Kowalski', '2026-12-30', true],
    ])
    expect(record.row.status).toBe('correction-open')
    const [first, second] = record.row.corrections
    await must(
      administrator.call(
        'desk.decideCorrection',
        handoverId,
        first?.id,
        true,
        'The school’s name was wrong.',
      ),
    )
    const decided = await must<DeskRecord>(
      administrator.call(
        'desk.decideCorrection',
        handoverId,
        second?.id,
        false,
        'The attendance list shows Piotr left at 11:00.',
      ),
    )
    expect(decided.row.corrections.map((each) => each.decision?.accepted)).toEqual([true, false])
    expect(
      await administrator.call('desk.decideCorrection', handoverId, second?.id, true, 'Changed my mind.'),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('already been decided') } })
    // The log holds every send, in order, and who recorded it.
    const sends = decided.log.filter((entry) => entry.type === 'sent')
    expect(sends).toHaveLength(
      everyone.length + list.filter((each) => each.copy === 'full' || each.copy === 'family').length,
    )
    expect(sends.every((entry) => entry.by === 'Priya Shah')).toBe(true)
  })

  it('takes a corrected version over from the one it replaces: its list, its log, a note to those who had the old', async () => {
    const { chair, administrator, handoverId, meetingId, fingerprint } = await handedOver()
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', handoverId))
    // Version 1 went to everyone but the GP, who was added after it was sent.
    const minutes = list
      .filter((each) => (each.copy === 'full' || each.copy === 'family') && each.role !== 'GP')
      .map((each) => each.id)
    const firstPack = await must<ReadonlyArray<ExportedDocument>>(
      administrator.call('desk.pack', handoverId, 'minutes'),
    )
    const versionOne = firstPack.find(
      (each) => each.fileName === '2026-11-20 ICPC minutes - family copy.docx',
      await must(administrator.call('desk.recordSent', handoverId, 'minutes', minutes, '2026-11-20')),
    )
    for (const command of [
      { type: 'start-correction', correction: { what: 'The school’s name', askedBy: 'Anna Kowalska' } },
      { type: 'sign-off', openItems: [], reason: 'Test.' },
    ])
      await must(chair.call('meetings.apply', meetingId, command))
    const second = await must<ExportedDocument>(chair.call('handover.handOver', meetingId, fingerprint))
    expect(second.fileName).toContain('version 2')
    const opened = await must<HandoverSummary>(administrator.call('handover.open', second.base64))
    expect(await must<ReadonlyArray<HandoverSummary>>(administrator.call('handover.list'))).toEqual([opened])
    const carried = await must<ReadonlyArray<Recipient>>(
      administrator.call('handover.distribution', opened.id),
    )
    expect(carried.map((each) => each.name)).toContain('Dr Aoife Ní Bhriain')
    const files = await must<ReadonlyArray<ExportedDocument>>(
      administrator.call('desk.pack', opened.id, 'minutes'),
    )
    expect(files.map((each) => each.fileName)).toContain(
      '2026-11-20 ICPC minutes - family copy - version 2.docx',
    )
    // The drafts say which version they carry, in their names, subjects and first words.
    const anna = files.find(
      (each) => each.fileName === '2026-11-20 ICPC minutes - version 2 - email to Anna Kowalska.eml',
    )
    const text = anna ? await textOf(anna) : ''
    expect(text).toContain('minutes, corrected (version 2)')
    expect(text).toMatch(
      /^.*\n.*\nThis corrected version replaces version 1, which we sent you on 20\/11\/2026/,
    )
    // The GP was never sent version 1: no such note.
    const gp = files.find((each) => each.fileName.includes('Aoife'))
    expect(gp ? await textOf(gp) : '').not.toContain('replaces version 1')
    // Every signed copy says which version it is and what it corrects.
    const family = files.find(
      (each) => each.fileName === '2026-11-20 ICPC minutes - family copy - version 2.docx',
    )
    expect(family ? await textOf(family) : '').toContain(
      'Version 2, correcting version 1 of 20/11/2026: The school’s name (asked for by Anna Kowalska)',
    )
    // Version 1 checked on either laptop: still valid, and said to be replaced; version 2 is not.
    for (const laptop of [administrator, chair]) {
      const checked = await must<{ status: string; replacedBy?: object }>(
        laptop.call('documents.verify', versionOne?.base64),
      )
      expect(checked).toMatchObject({ status: 'valid', replacedBy: { version: 1, number: 2 } })
      expect(verifyVerdict(checked as VerifyOutcome, 'app').detail).toContain(
        'This is version 1; version 2 replaced it',
      )
    }
    expect(await must<object>(administrator.call('documents.verify', family?.base64))).not.toHaveProperty(
      'replacedBy',
    )
    const record = await must<DeskRecord>(administrator.call('desk.record', opened.id))
    expect(record.row.status).toBe('to-send')
    expect(record.log.filter((entry) => entry.type === 'sent')).toHaveLength(minutes.length)
  })

  it('seals an accepted correction back to the chair’s laptop alone, which starts the correction from it', async () => {
    const { chair, administrator, clock, handoverId, meetingId } = await handedOver()
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', handoverId))
    const anna = list.find((each) => each.name === 'Anna Kowalska')
    await must(administrator.call('desk.recordSent', handoverId, 'minutes', [anna?.id], '2026-11-20'))
    clock.advance(3 * day)
    const received = await must<DeskRecord>(
      administrator.call('desk.recordCorrection', handoverId, {
        recipientId: anna?.id ?? null,
        from: 'Anna Kowalska',
        receivedOn: '2026-11-23',
        request: 'Zosia’s school is Oak Primary, not Elm Primary.',
      }),
    )
    const correctionId = received.row.corrections[0]?.id
    expect(await administrator.call('desk.correctionForChair', handoverId, correctionId)).toMatchObject({
      ok: false,
      error: { message: 'Only an accepted correction goes to the chair. Accept it first.' },
    })
    await must(
      administrator.call(
        'desk.decideCorrection',
        handoverId,
        correctionId,
        true,
        'The school was named wrongly.',
      ),
    )
    const file = await must<ExportedDocument>(
      administrator.call('desk.correctionForChair', handoverId, correctionId),
    )
    expect(file.fileName).toBe('2026-11-20 ICPC - correction asked for by Anna Kowalska.convene-correction')
    expect(Buffer.from(file.base64, 'base64').includes(Buffer.from('Oak Primary'))).toBe(false)
    const record = await must<DeskRecord>(administrator.call('desk.record', handoverId))
    expect(record.row.corrections[0]?.sentToChair).not.toBeNull()
    expect(record.log.at(-1)).toMatchObject({ type: 'correction-sent', by: 'Priya Shah' })
    // Another laptop cannot open it; the chair's can, and it is about the chair's own meeting.
    const stranger = await aSession()
    expect(await stranger.call('handover.openCorrection', file.base64)).toMatchObject({ ok: false })
    const request = await must<{ meetingId: string; askedBy: string; request: string; reason: string }>(
      chair.call('handover.openCorrection', file.base64),
    )
    expect(request).toMatchObject({
      meetingId,
      askedBy: 'Anna Kowalska',
      request: 'Zosia’s school is Oak Primary, not Elm Primary.',
      reason: 'The school was named wrongly.',
    })
    const changed = Buffer.from(file.base64, 'base64')
    changed[changed.length - 3] = (changed[changed.length - 3] ?? 0) ^ 1
    expect(await chair.call('handover.openCorrection', changed.toString('base64'))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('changed or damaged') },
    })
    // A handover file is not a correction request, and is said not to be.
    expect(await chair.call('handover.openCorrection', (await handedOver()).handover.base64)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not a correction request') },
    })
  })
})
