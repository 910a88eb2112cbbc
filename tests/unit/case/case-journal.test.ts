import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { appendCaseEntry, replayCase, type CaseEntry } from '../../../shared/case/case-journal.ts'
import type { CaseCommand } from '../../../shared/case/case-commands.ts'

const anna = randomUUID()
const ben = randomUUID()
const at = (day: number) => `2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`

function journalOf(commands: ReadonlyArray<CaseCommand>): ReadonlyArray<CaseEntry> {
  let journal: ReadonlyArray<CaseEntry> = []
  commands.forEach((command, index) => {
    const appended = appendCaseEntry(journal, command, at(index + 1))
    if (!appended.ok) throw new Error(appended.error.message)
    journal = appended.value.journal
  })
  return journal
}

describe("a case's journal", () => {
  it('rebuilds the record from its entries: details, each party’s consent, a withdrawal', () => {
    const journal = journalOf([
      { type: 'update-case-details', referrer: 'Self-referral', issues: ['children', 'finance'] },
      { type: 'update-party', partyId: anna, details: { phone: '07700 900123', notInTheSameRoom: true } },
      { type: 'record-consent', partyId: anna, on: '2026-12-02' },
      { type: 'record-consent', partyId: ben, on: '2026-12-03' },
      { type: 'record-withdrawal', by: ben, on: '2026-12-05' },
    ])
    const { record, damagedFrom } = replayCase(journal)
    expect(damagedFrom).toBeNull()
    expect(record).toMatchObject({
      referrer: 'Self-referral',
      issues: ['children', 'finance'],
      parties: { [anna]: { phone: '07700 900123', notInTheSameRoom: true, separateWaitingAreas: false } },
      consents: { [anna]: { on: '2026-12-02' }, [ben]: { on: '2026-12-03' } },
      withdrawal: { by: ben, on: '2026-12-05' },
    })
  })

  it('takes no consent twice, and nothing agreed to after a withdrawal (details may still be kept)', () => {
    const consented = journalOf([{ type: 'record-consent', partyId: anna, on: '2026-12-02' }])
    expect(
      appendCaseEntry(consented, { type: 'record-consent', partyId: anna, on: '2026-12-03' }, at(3)),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('already recorded') },
    })
    const stopped = journalOf([{ type: 'record-withdrawal', by: 'mediator', on: '2026-12-02' }])
    expect(
      appendCaseEntry(stopped, { type: 'record-consent', partyId: anna, on: '2026-12-03' }, at(3)),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('stopped') },
    })
    const kept = appendCaseEntry(
      stopped,
      { type: 'update-party', partyId: anna, details: { email: 'a@example.org' } },
      at(3),
    )
    expect(kept.ok).toBe(true)
  })

  it('stops at an entry altered, taken out or reordered, and then takes nothing more', () => {
    const journal = journalOf([
      { type: 'record-consent', partyId: anna, on: '2026-12-02' },
      { type: 'record-consent', partyId: ben, on: '2026-12-03' },
      { type: 'record-withdrawal', by: ben, on: '2026-12-04' },
    ])
    // Ben's consent back-dated after it was written: the entry after it no longer follows it.
    const altered = journal.map((entry, index) =>
      index === 1
        ? { ...entry, command: { type: 'record-consent' as const, partyId: ben, on: '2026-12-01' } }
        : entry,
    )
    expect(replayCase(altered)).toMatchObject({ damagedFrom: 3, record: { withdrawal: null } })
    const takenOut = [journal[0]!, journal[2]!]
    expect(replayCase(takenOut).damagedFrom).toBe(2)
    expect(replayCase([journal[1]!, journal[0]!, journal[2]!]).damagedFrom).toBe(1)
    expect(appendCaseEntry(takenOut, { type: 'close-case', on: '2026-12-05' }, at(5))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('damaged from change 2') },
    })
  })
})
