import { randomUUID } from 'node:crypto'
import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { carryOver } from '../../../../shared/handover/distribution-rules.ts'
import type { DeskRecord, DeskRow } from '../../../../shared/handover/desk-due.ts'
import type { HandoverSummary, Recipient } from '../../../../shared/handover/handover.ts'
import type { ExportedDocument } from '../../../../shared/model/identity.ts'
import { writeInterchange } from '../../../../shared/meeting/interchange.ts'
import { heldConference } from '../../../helpers/conference-meeting.ts'
import { handedOver } from '../../../helpers/handover.ts'
import { must } from '../../../helpers/mediation-case.ts'
import { aSession } from '../../../helpers/session.ts'
import { sealHandover } from '../../../../electron/services/handover/sealed-handover.ts'
import type { KeptHandover } from '../../../../shared/handover/desk-log.ts'
import { SaveError, writeFileDurably } from '../../../../electron/services/store/durable-write.ts'

const someone = (patch: Partial<Recipient>): Recipient => ({
  id: randomUUID(),
  name: 'Someone',
  role: '',
  group: 'professional',
  copy: 'full',
  how: 'email',
  reason: '',
  email: '',
  address: '',
  doNotDisclose: false,
  ...patch,
})

describe('the desk, attacked', () => {
  it('carries a list over to a corrected version as the new version has its people: a group, name or leaver corrected', () => {
    const bob = someone({ name: 'Bob Uncle', group: 'professional', copy: 'full', email: 'bob@example.org' })
    const ana = someone({
      name: 'Ana Kowalsak',
      group: 'family',
      copy: 'family',
      address: 'Flat 2',
      doNotDisclose: true,
    })
    const leaver = someone({ name: 'Left Early' })
    const gp = someone({ name: 'Dr Wei Zhang 张伟', group: 'added', role: 'GP' })
    const carried = carryOver(
      [bob, ana, leaver, gp],
      [
        { ...bob, group: 'family', copy: 'family', email: '' },
        { ...ana, name: 'Anna Kowalska', address: '', doNotDisclose: false },
      ],
    )
    expect(carried).toEqual([
      // Now family: the family copy, their email kept.
      { ...bob, group: 'family', copy: 'family' },
      // Named rightly, the address and 'do not disclose' the administrator gave kept.
      { ...ana, name: 'Anna Kowalska' },
      gp,
    ])
  })

  it('never gives a parent the full minutes, nor lets the list change who someone at the meeting is', async () => {
    const { administrator, handoverId } = await handedOver()
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', handoverId))
    const piotr = list.find((each) => each.name === 'Piotr Kowalski')
    expect(
      await administrator.call(
        'handover.updateDistribution',
        handoverId,
        list.map((each) => (each === piotr ? { ...each, copy: 'full' } : each)),
      ),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('Piotr Kowalski is family') } })
    const relabelled = await must<ReadonlyArray<Recipient>>(
      administrator.call(
        'handover.updateDistribution',
        handoverId,
        list.map((each) =>
          each === piotr ? { ...each, group: 'professional', name: 'Someone else' } : each,
        ),
      ),
    )
    expect(relabelled.find((each) => each.id === piotr?.id)).toMatchObject({
      name: 'Piotr Kowalski',
      group: 'family',
    })
  })

  it('loses nothing when sends, the list and a correction are saved at the same moment; a decision is made once', async () => {
    const { administrator, clock, handoverId } = await handedOver()
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', handoverId))
    const owed = list.filter((each) => each.copy !== 'none').map((each) => each.id)
    clock.advance(24 * 60 * 60 * 1000)
    const results = await Promise.all([
      administrator.call('desk.recordSent', handoverId, 'decision-letter', owed.slice(0, 3), '2026-11-20'),
      administrator.call('handover.updateDistribution', handoverId, list),
      administrator.call('desk.recordCorrection', handoverId, {
        recipientId: null,
        from: 'Anna Kowalska',
        receivedOn: '2026-11-21',
        request: 'My name is spelt wrongly.',
      }),
      administrator.call('desk.recordSent', handoverId, 'decision-letter', owed.slice(3), '2026-11-20'),
    ])
    expect(results.every((each) => each.ok)).toBe(true)
    const record = await must<DeskRecord>(administrator.call('desk.record', handoverId))
    expect(record.log.filter((entry) => entry.type === 'sent')).toHaveLength(owed.length)
    expect(record.log.filter((entry) => entry.type === 'correction-received')).toHaveLength(1)
    const correction = record.row.corrections[0]?.id
    const decisions = await Promise.all([
      administrator.call('desk.decideCorrection', handoverId, correction, true, 'Yes.'),
      administrator.call('desk.decideCorrection', handoverId, correction, false, 'No.'),
    ])
    expect(decisions.filter((each) => each.ok)).toHaveLength(1)
    expect(decisions.find((each) => !each.ok)).toMatchObject({
      error: { message: expect.stringContaining('already been decided') },
    })
    // The same send twice on one day is refused, naming who; someone not on the list is refused whole.
    expect(
      await administrator.call(
        'desk.recordSent',
        handoverId,
        'decision-letter',
        owed.slice(0, 1),
        '2026-11-20',
      ),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Already recorded as sent on that day') },
    })
    expect(
      await administrator.call(
        'desk.recordSent',
        handoverId,
        'minutes',
        [owed[0], randomUUID()],
        '2026-11-21',
      ),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not on the list') },
    })
    expect(
      await administrator.call('desk.recordCorrection', handoverId, {
        recipientId: null,
        from: 'Anna Kowalska',
        receivedOn: '2020-01-01',
        request: 'x',
      }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('before the meeting') },
    })
  })

  it('builds and saves a pack for a long list (the save takes every file)', async () => {
    const { administrator, handoverId } = await handedOver()
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', handoverId))
    const many = Array.from({ length: 30 }, (_, index) =>
      someone({ name: `Teacher ${index + 1}`, group: 'added', email: `t${index}@school.example` }),
    )
    await must(administrator.call('handover.updateDistribution', handoverId, [...list, ...many]))
    const files = await must<ReadonlyArray<ExportedDocument>>(
      administrator.call('desk.pack', handoverId, 'minutes'),
    )
    expect(files.length).toBeGreaterThan(30)
    // Someone owed it with no way to reach them stops the pack, named.
    await must(
      administrator.call('handover.updateDistribution', handoverId, [
        ...list,
        ...many,
        someone({ name: 'Ms Joanna Nowak', role: 'Solicitor', group: 'added', copy: 'family' }),
      ]),
    )
    expect(await administrator.call('desk.pack', handoverId, 'minutes')).toMatchObject({
      ok: false,
      error: { message: 'Before the pack can be made: Add Ms Joanna Nowak’s email address.' },
    })
    expect(await administrator.call('files.save', { files })).toMatchObject({ ok: true })
    // Making a pack is not a send: the log holds only what the administrator records as sent.
    const record = await must<DeskRecord>(administrator.call('desk.record', handoverId))
    expect(record.log.map((entry) => entry.type)).toEqual(['opened'])
  })

  it('keeps one record however often a version is handed over, and a version opened late stays replaced', async () => {
    const { chair, administrator, meetingId, fingerprint } = await handedOver()
    const again = await must<ExportedDocument>(chair.call('handover.handOver', meetingId, fingerprint))
    await must(administrator.call('handover.open', again.base64))
    expect(await must<ReadonlyArray<DeskRow>>(administrator.call('desk.due'))).toHaveLength(1)
    // A second administrator is given version 1, then version 2, and opens them the wrong way round.
    const other = await aSession()
    const card = await must<{ text: string; fingerprint: string }>(other.call('handover.card', 'Sam Patel'))
    await must(chair.call('handover.addAdministrator', card.text, card.fingerprint))
    const first = await must<ExportedDocument>(chair.call('handover.handOver', meetingId, card.fingerprint))
    for (const command of [
      { type: 'start-correction', correction: { what: 'A date', askedBy: 'Anna Kowalska' } },
      { type: 'sign-off', openItems: [], reason: 'Test.' },
    ])
      await must(chair.call('meetings.apply', meetingId, command))
    const second = await must<ExportedDocument>(chair.call('handover.handOver', meetingId, card.fingerprint))
    await must(other.call('handover.open', second.base64))
    expect(await must<HandoverSummary>(other.call('handover.open', first.base64))).toMatchObject({
      signedVersion: 1,
      replacedBy: 2,
    })
    expect((await must<ReadonlyArray<DeskRow>>(other.call('desk.due'))).map((row) => row.version)).toEqual([
      2,
    ])
  })

  it('refuses a "later version" of a record that another laptop sealed, leaving the chair’s record as it is', async () => {
    const { administrator, handoverId } = await handedOver()
    // Anyone with the administrator's card can seal a file: here, another chair's laptop with its own copy
    // of the same meeting, signed twice.
    const forger = await aSession()
    const card = await must<{ text: string; fingerprint: string }>(
      administrator.call('handover.card', 'Priya Shah'),
    )
    await must(forger.call('handover.addAdministrator', card.text, card.fingerprint))
    const mine = await must<DeskRecord>(administrator.call('desk.record', handoverId))
    const conference = { ...heldConference(), id: mine.row.meetingId }
    const { meeting } = await must<{ meeting: { id: string } }>(
      forger.call('meetings.importInterchange', writeInterchange(conference, new Date())),
    )
    for (const command of [
      { type: 'sign-off', openItems: [], reason: 'Test.' },
      { type: 'start-correction', correction: { what: 'Everything', askedBy: 'Mallory' } },
      { type: 'sign-off', openItems: [], reason: 'Test.' },
    ])
      await must(forger.call('meetings.apply', meeting.id, command))
    const forged = await must<ExportedDocument>(
      forger.call('handover.handOver', meeting.id, card.fingerprint),
    )
    expect(await administrator.call('handover.open', forged.base64)).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining('not handed over from the laptop that handed over version 1'),
      },
    })
    expect(await must<ReadonlyArray<HandoverSummary>>(administrator.call('handover.list'))).toEqual([
      expect.objectContaining({ id: handoverId, replacedBy: null }),
    ])
  })

  it('an administrator’s laptop starts and reads in no meeting of its own', async () => {
    const { administrator } = await handedOver()
    await must(administrator.call('identity.setRole', 'administrator'))
    for (const attempt of [
      administrator.call('meetings.create', {
        kind: 'icpc',
        familyName: 'Nowak',
        date: '2026-12-01',
        children: [],
        caseId: null,
      }),
      administrator.call('meetings.importInterchange', writeInterchange(heldConference(), new Date())),
    ])
      expect(await attempt).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('set up for an administrator') },
      })
  })

  it('keeps nothing of a send the disk had no room for, says so, and records it once when done again', async () => {
    let full = false
    const { administrator, handoverId } = await handedOver({
      administratorWrites: async (path, contents) => {
        if (full) throw new SaveError('disk-full', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
        await writeFileDurably(path, contents)
      },
    })
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', handoverId))
    const owed = list.filter((each) => each.copy !== 'none').map((each) => each.id)
    full = true
    expect(
      await administrator.call('desk.recordSent', handoverId, 'decision-letter', owed, '2026-11-20'),
    ).toMatchObject({
      ok: false,
      error: { code: 'disk-full', message: expect.stringContaining('nothing of it was kept') },
    })
    full = false
    await must(administrator.call('desk.recordSent', handoverId, 'decision-letter', owed, '2026-11-20'))
    const record = await must<DeskRecord>(administrator.call('desk.record', handoverId))
    expect(record.log.filter((entry) => entry.type === 'sent')).toHaveLength(owed.length)
  })

  it('takes nothing from a sealed file that names no laptop, and puts a forged list right against the meeting', async () => {
    const { administrator, handoverId, handover } = await handedOver()
    const kept = administrator.session.handovers()
    if (!kept.ok) throw new Error('locked')
    const genuine = await must<KeptHandover>(kept.value.get(handoverId))
    const { log: _log, ...sealed } = genuine
    const card = await must<{ text: string }>(administrator.call('handover.card', 'Priya Shah'))
    const publicKey = new Uint8Array(
      Buffer.from((JSON.parse(card.text) as { publicKey: string }).publicKey, 'base64'),
    )
    const seal = async (value: object) =>
      (await sealHandover(new TextEncoder().encode(JSON.stringify(value)), publicKey, new Date())).toString(
        'base64',
      )
    const forgedList = sealed.distribution.map((each) =>
      each.name === 'Anna Kowalska' ? { ...each, group: 'professional', copy: 'full' } : each,
    )
    // A 'version 2' naming no laptop to reply to: refused, the chair's record left as it was.
    const forged = await seal({
      ...sealed,
      id: randomUUID(),
      signedVersion: 2,
      replyTo: null,
      distribution: forgedList,
    })
    expect(await administrator.call('handover.open', forged)).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining('was not handed over from the laptop that handed over version 1'),
      },
    })
    expect(await must<ReadonlyArray<HandoverSummary>>(administrator.call('handover.list'))).toEqual([
      expect.objectContaining({ id: handoverId, replacedBy: null }),
    ])
    // A first version whose list puts a mother on the full minutes: kept with her on the family copy.
    const other = await seal({
      ...sealed,
      id: randomUUID(),
      meeting: { ...sealed.meeting, id: randomUUID() },
      distribution: forgedList,
    })
    const opened = await must<HandoverSummary>(administrator.call('handover.open', other))
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', opened.id))
    expect(list.find((each) => each.name === 'Anna Kowalska')).toMatchObject({
      group: 'family',
      copy: 'family',
    })
    expect(handover.fileName).toContain('version 1')
  })

  it('says a corrected version replaces only what was sent of it, and a request already dealt with is said to be', async () => {
    const { chair, administrator, clock, handoverId, meetingId, fingerprint } = await handedOver()
    const list = await must<ReadonlyArray<Recipient>>(administrator.call('handover.distribution', handoverId))
    const owed = list.filter((each) => each.copy !== 'none').map((each) => each.id)
    await must(administrator.call('desk.recordSent', handoverId, 'minutes', owed, '2026-11-20'))
    clock.advance(24 * 60 * 60 * 1000)
    const anna = list.find((each) => each.name === 'Anna Kowalska')
    const asked = await must<DeskRecord>(
      administrator.call('desk.recordCorrection', handoverId, {
        recipientId: anna?.id ?? null,
        from: 'Anna Kowalska',
        receivedOn: '2026-11-21',
        request: 'The school’s name.',
      }),
    )
    const correctionId = asked.row.corrections[0]?.id
    await must(administrator.call('desk.decideCorrection', handoverId, correctionId, true, 'It was wrong.'))
    const request = await must<ExportedDocument>(
      administrator.call('desk.correctionForChair', handoverId, correctionId),
    )
    for (const command of [
      { type: 'start-correction', correction: { what: 'The school’s name', askedBy: 'Anna Kowalska' } },
      { type: 'sign-off', openItems: [], reason: 'Test.' },
    ])
      await must(chair.call('meetings.apply', meetingId, command))
    expect(await chair.call('handover.openCorrection', request.base64)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('has been dealt with') },
    })
    const second = await must<ExportedDocument>(chair.call('handover.handOver', meetingId, fingerprint))
    const opened = await must<HandoverSummary>(administrator.call('handover.open', second.base64))
    // The decision letter was never sent: its pack replaces nothing.
    const letters = await must<ReadonlyArray<ExportedDocument>>(
      administrator.call('desk.pack', opened.id, 'decision-letter'),
    )
    for (const file of letters.filter((each) => each.fileName.endsWith('.eml')))
      expect((await simpleParser(Buffer.from(file.base64, 'base64'))).text).not.toMatch(/replaces/)
  })
})
