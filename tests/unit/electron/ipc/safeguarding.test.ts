import { randomUUID } from 'node:crypto'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import type { SafeguardingDue } from '../../../../shared/meeting/case-view.ts'
import type { ExportedDocument } from '../../../../shared/model/identity.ts'
import { aClock } from '../../../helpers/builders.ts'
import { heldMiam, must } from '../../../helpers/mediation-case.ts'
import { aSession } from '../../../helpers/session.ts'

const words = 'Zofia said her father hit her with a belt last night.'
/** What is due besides speaking to the supervisor (due at once for every referral). */
const besidesSupervisor = (items: ReadonlyArray<SafeguardingDue>) =>
  items.filter((item) => item.step !== 'supervisor')

describe('safeguarding across the cases', () => {
  it('keeps each step due, by when, until it is recorded, and writes the follow-up of the referral', async () => {
    // Tuesday 1 December 2026, 09:30 in the UK.
    const clock = aClock('2026-12-01T09:30:00.000Z')
    const { call } = await aSession({ clock })
    const miam = await heldMiam(call, {
      caseId: null,
      parent: 'mother',
      date: '2026-11-30',
      outcome: 'going-ahead',
    })
    const caseId = miam.caseId!
    const concernId = randomUUID()
    for (const command of [
      { type: 'raise-concern', concernId, meetingId: miam.id },
      { type: 'record-disclosure', concernId, words, saidBy: 'Katarzyna', aboutChild: 'Zofia' },
      { type: 'assess-risk', concernId, level: 'significant', reason: 'Bruising seen.' },
      { type: 'record-step', concernId, step: 'no-tip-off', outcome: 'done', note: '' },
      { type: 'record-step', concernId, step: 'self-referral', outcome: 'offered', note: '' },
    ])
      await must(call('cases.apply', caseId, command))
    const due = await must<ReadonlyArray<SafeguardingDue>>(call('safeguarding.due'))
    expect(due.filter((item) => item.step === 'supervisor')).toEqual([expect.objectContaining({ now: true })])
    expect(besidesSupervisor(due)).toEqual([
      expect.objectContaining({
        caseId,
        concernId,
        step: 'mediator-referral',
        due: '2026-12-01T17:00:00.000Z',
        passed: false,
        near: false,
      }),
    ])
    // Past 17:00 with no referral yet: due, and said to be past.
    clock.advance((7 * 60 + 31) * 60 * 1000)
    expect(besidesSupervisor(await must<ReadonlyArray<SafeguardingDue>>(call('safeguarding.due')))).toEqual([
      expect.objectContaining({ step: 'mediator-referral', passed: true }),
    ])
    await must(
      call('cases.apply', caseId, {
        type: 'record-step',
        concernId,
        step: 'mediator-referral',
        outcome: 'done',
        note: '',
      }),
    )
    expect(besidesSupervisor(await must<ReadonlyArray<SafeguardingDue>>(call('safeguarding.due')))).toEqual([
      expect.objectContaining({ step: 'written-follow-up', due: '2026-12-02T17:01:00.000Z', passed: false }),
    ])
  })

  it('makes the written follow-up as a signed letter, with what was said and each step with its time', async () => {
    const { call } = await aSession({ clock: aClock('2026-12-01T09:30:00.000Z') })
    const miam = await heldMiam(call, {
      caseId: null,
      parent: 'mother',
      date: '2026-11-30',
      outcome: 'going-ahead',
    })
    const caseId = miam.caseId!
    const concernId = randomUUID()
    for (const command of [
      { type: 'raise-concern', concernId, meetingId: miam.id },
      { type: 'record-disclosure', concernId, words, saidBy: 'Katarzyna', aboutChild: 'Zofia' },
      { type: 'assess-risk', concernId, level: 'immediate', reason: '' },
      { type: 'record-step', concernId, step: 'duty-team', outcome: 'done', note: 'J. Okoye' },
    ])
      await must(call('cases.apply', caseId, command))
    const letter = await must<ExportedDocument>(call('safeguarding.letter', caseId, concernId))
    expect(letter.fileName).toMatch(/^safeguarding-referral-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.docx$/)
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(letter.base64, 'base64') })).value
    expect(text).toContain(words)
    expect(text).toContain('I am writing to confirm my telephone referral of 01/12/2026 at 09:30 (J. Okoye)')
    expect(text).toContain('Immediate and significant harm')
    // Nothing of it in what the parent receives from the MIAM.
    const documents = await must<ReadonlyArray<ExportedDocument>>(
      call('meetings.exportDocuments', miam.id, null),
    )
    for (const document of documents) {
      const parents = (await mammoth.extractRawText({ buffer: Buffer.from(document.base64, 'base64') })).value
      expect(parents).not.toContain(words)
      expect(parents).not.toMatch(/safeguarding|referral/i)
    }
  })
})

describe('safeguarding never fails in silence', () => {
  it('says on the home screen when a case’s record cannot be read in full, and a letter never breaks on odd characters', async () => {
    const { call, folder } = await aSession({ clock: aClock('2026-12-01T09:30:00.000Z') })
    const miam = await heldMiam(call, {
      caseId: null,
      parent: 'mother',
      date: '2026-11-30',
      outcome: 'going-ahead',
    })
    const caseId = miam.caseId!
    const concernId = randomUUID()
    for (const command of [
      { type: 'raise-concern', concernId, meetingId: miam.id },
      {
        type: 'record-disclosure',
        concernId,
        words: `${words}\uFFFF\uFFFE`,
        saidBy: 'K\u0001',
        aboutChild: 'Zofia',
      },
      { type: 'assess-risk', concernId, level: 'immediate', reason: '' },
    ])
      await must(call('cases.apply', caseId, command))
    const letter = await must<ExportedDocument>(call('safeguarding.letter', caseId, concernId))
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(letter.base64, 'base64') })).value
    expect(text).toContain(words)
    // Every save of the case damaged: the concern cannot be shown, and the home screen says so.
    const caseFolder = join(folder, 'cases', caseId)
    for (const name of await readdir(caseFolder)) await writeFile(join(caseFolder, name), 'damaged')
    expect(await must<ReadonlyArray<SafeguardingDue>>(call('safeguarding.due'))).toEqual([
      expect.objectContaining({ caseId, passed: true, label: expect.stringContaining('record is damaged') }),
    ])
  })
})
