import { randomUUID } from 'node:crypto'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import type { CaseView, SafeguardingDue } from '../../../../shared/meeting/case-view.ts'
import type { ExportedDocument } from '../../../../shared/model/identity.ts'
import { aClock } from '../../../helpers/builders.ts'
import { heldMiam, must } from '../../../helpers/mediation-case.ts'
import { aSession } from '../../../helpers/session.ts'

const words = 'Zofia said her father hit her with a belt last night.'
/** What is due besides speaking to the supervisor (due at once for every referral). */
const besidesSupervisor = (items: ReadonlyArray<SafeguardingDue>) =>
  items.filter((item) => item.step !== 'supervisor')

/** A session on Tuesday 1 December 2026, 09:30 in the UK, with a mother's MIAM held the day before, in a case. */
async function aCaseWithAMiam() {
  const session = await aSession({ clock: aClock('2026-12-01T09:30:00.000Z') })
  const miam = await heldMiam(session.call, {
    caseId: null,
    parent: 'mother',
    date: '2026-11-30',
    outcome: 'going-ahead',
  })
  return { ...session, miam, caseId: miam.caseId! }
}

describe('safeguarding across the cases', () => {
  it('keeps each step due, by when, until it is recorded, and writes the follow-up of the referral', async () => {
    const { call, clock, miam, caseId } = await aCaseWithAMiam()
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
    const { call, miam, caseId } = await aCaseWithAMiam()
    const concernId = randomUUID()
    for (const command of [
      { type: 'raise-concern', concernId, meetingId: miam.id },
      // Named as the mediator typed it: the case's child of that name, whose date of birth the letter gives.
      { type: 'record-disclosure', concernId, words, saidBy: 'Katarzyna', aboutChild: ' zofia ' },
      { type: 'assess-risk', concernId, level: 'immediate', reason: '' },
      { type: 'record-step', concernId, step: 'duty-team', outcome: 'done', note: 'J. Okoye' },
    ])
      await must(call('cases.apply', caseId, command))
    // Saved at each pause in the typing: one line on the case's timeline for the run (the first, before the
    // assessment, is a line of its own).
    for (const more of [' Twice.', ' Three times.'])
      await must(
        call('cases.apply', caseId, {
          type: 'record-disclosure',
          concernId,
          words: `${words}${more}`,
          saidBy: 'Katarzyna',
          aboutChild: ' zofia ',
        }),
      )
    const timeline = (await must<CaseView>(call('cases.get', caseId))).timeline.map((entry) => entry.what)
    expect(timeline.filter((what) => what.startsWith('recorded what was said'))).toEqual([
      'recorded what was said or seen (safeguarding)',
      'recorded what was said or seen (safeguarding) (2 times, the last shown)',
    ])
    const letter = await must<ExportedDocument>(call('safeguarding.letter', caseId, concernId))
    expect(letter.fileName).toMatch(/^safeguarding-referral-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.docx$/)
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(letter.base64, 'base64') })).value
    expect(text).toContain(words)
    expect(text).toContain('I am writing to confirm my telephone referral of 01/12/2026 at 09:30 (J. Okoye)')
    expect(text).toContain('Immediate and significant harm')
    expect(text).toContain('Zofia, born 02/04/2016')
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

describe('reading every case for what is due', () => {
  it('reads them once for callers asking at the same moment, and afresh once a case has been saved', async () => {
    const { call, session, miam, caseId } = await aCaseWithAMiam()
    const store = session.meetings()
    if (!store.ok) throw new Error('The meetings are locked')
    const reads: string[] = []
    // Holds the next reading of a case back once it has read the case, until released.
    let holdNext: Promise<void> | null = null
    const get = store.value.caseFile.get.bind(store.value.caseFile)
    store.value.caseFile.get = async (id: string) => {
      reads.push(id)
      const held = holdNext
      holdNext = null
      const read = await get(id)
      await held
      return read
    }
    // The home screen's alerts and the app's notifications ask as the app opens.
    const [first, second] = await Promise.all([call('safeguarding.due'), call('safeguarding.due')])
    expect(first).toEqual(second)
    expect(reads).toEqual([caseId])
    // A concern raised while a reading is under way: the next caller is not given what was read before it.
    const concernId = randomUUID()
    let release = (): void => undefined
    holdNext = new Promise((resolve) => (release = resolve))
    const reading = call('safeguarding.due')
    // The concern is saved while that reading is held back; the caller asking next is not given it.
    await must(call('cases.apply', caseId, { type: 'raise-concern', concernId, meetingId: miam.id }))
    const after = call('safeguarding.due')
    release()
    await reading
    expect((await must<ReadonlyArray<SafeguardingDue>>(after)).map((item) => item.concernId)).toContain(
      concernId,
    )
  })
})

describe('safeguarding never fails in silence', () => {
  it('says on the home screen when a case’s record cannot be read in full, and a letter never breaks on odd characters', async () => {
    const { call, folder, miam, caseId } = await aCaseWithAMiam()
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

  it('records a concern even in a case whose record is damaged: what was there is kept aside, the record carries on, and no session can start', async () => {
    const { call, session, folder, miam, caseId } = await aCaseWithAMiam()
    const store = session.meetings()
    if (!store.ok) throw new Error('The store is not open')
    // A change of the case altered on disk (a bad sector, a hand edit): the chain breaks there.
    await must(call('cases.apply', caseId, { type: 'update-case-details', referrer: 'Self' }))
    await must(call('cases.apply', caseId, { type: 'update-case-details', referrer: 'GP' }))
    const before = (await store.value.caseFile.read(caseId))!
    const broken = before.journal.findIndex(
      (entry) => entry.command.type === 'update-case-details' && entry.command.referrer === 'GP',
    )
    await store.value.caseFile.write({
      ...before,
      journal: before.journal.map((entry, index) =>
        index === broken ? { ...entry, prev: '0'.repeat(64) } : entry,
      ),
    })
    const damaged = await must<CaseView>(call('cases.get', caseId))
    expect(damaged.damagedFrom).toBe(broken + 1)
    await expect(
      call('cases.apply', caseId, { type: 'update-case-details', referrer: 'School' }),
    ).resolves.toMatchObject({ ok: false })

    const concernId = randomUUID()
    await must(call('cases.apply', caseId, { type: 'raise-concern', concernId, meetingId: miam.id }))
    const carried = await must<CaseView>(
      call('cases.apply', caseId, {
        type: 'record-disclosure',
        concernId,
        words,
        saidBy: 'Katarzyna',
        aboutChild: 'Zofia',
      }),
    )
    expect(carried.damagedFrom).toBeNull()
    expect(carried.record.damage).toMatchObject({ lostFrom: broken + 1, lostEntries: 1 })
    expect(carried.record.concerns[0]?.disclosure?.words).toBe(words)
    expect(carried.record.referrer).toBe('Self')
    expect(carried.startProblems['mediation-session']).toMatch(/record is damaged/)
    expect(carried.timeline.map((entry) => entry.what)).toContain(
      `found the case’s record damaged from change ${broken + 1}, kept it aside and carried on without that change`,
    )
    expect(await readdir(join(folder, 'kept-aside', `case ${caseId}`))).not.toHaveLength(0)
    // The home screen keeps saying a concern from before may be missing.
    expect(await must<ReadonlyArray<SafeguardingDue>>(call('safeguarding.due'))).toContainEqual(
      expect.objectContaining({
        caseId,
        label: expect.stringContaining('carried on from what could be read'),
      }),
    )
    // A screen cannot write the carry-on itself.
    await expect(
      call('cases.apply', caseId, { type: 'carry-on-after-damage', lostFrom: null, lostEntries: 0 }),
    ).resolves.toMatchObject({ ok: false })

    // Every save damaged: a new concern still goes in, in a record started again.
    const caseFolder = join(folder, 'cases', caseId)
    for (const name of await readdir(caseFolder)) await writeFile(join(caseFolder, name), 'damaged')
    const again = randomUUID()
    const started = await must<CaseView>(
      call('cases.apply', caseId, { type: 'raise-concern', concernId: again, meetingId: null }),
    )
    expect(started.record.damage).toMatchObject({ lostFrom: null })
    expect(started.record.concerns.map((concern) => concern.id)).toEqual([again])
    expect(started.familyName).toBe(damaged.familyName)
  })

  it('refuses a conference’s chair a step that is only a mediator’s (ending a mediation), whatever the screen sends', async () => {
    const { call } = await aSession({ clock: aClock('2026-12-01T09:30:00.000Z') })
    const conference = await must<{ readonly caseId: string; readonly id: string }>(
      call('meetings.create', {
        kind: 'icpc',
        familyName: 'Ní Bhriain',
        date: '2026-12-01',
        children: [{ name: 'Aoife', dateOfBirth: null }],
      }),
    )
    const concernId = randomUUID()
    for (const command of [
      { type: 'raise-concern', concernId, meetingId: conference.id },
      { type: 'record-disclosure', concernId, words, saidBy: 'The school nurse', aboutChild: 'Aoife' },
      { type: 'assess-risk', concernId, level: 'immediate', reason: '' },
    ])
      await must(call('cases.apply', conference.caseId, command))
    const ended = await call('cases.apply', conference.caseId, {
      type: 'record-step',
      concernId,
      step: 'end-mediation',
      outcome: 'ended',
      note: '',
      on: '2026-12-01',
    })
    expect(ended).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('no mediation to end') },
    })
  })
})
