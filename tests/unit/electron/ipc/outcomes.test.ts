import { describe, expect, it } from 'vitest'
import type { ExportedDocument } from '../../../../shared/model/identity.ts'
import type { OutcomeRow } from '../../../../shared/outcomes/outcome-rows.ts'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type {
  ImportedOutcomesView,
  ImportReport,
  OutcomesHere,
} from '../../../../shared/outcomes/outcomes-file.ts'
import { aClock } from '../../../helpers/builders.ts'
import { heldConference } from '../../../helpers/conference-meeting.ts'
import { writeInterchange } from '../../../../shared/meeting/interchange.ts'
import type { Meeting } from '../../../../shared/meeting/meeting.ts'
import { heldMiam, mediationPeople, must } from '../../../helpers/mediation-case.ts'
import { aSession } from '../../../helpers/session.ts'

const { mother, father } = mediationPeople

const text = (document: ExportedDocument) => Buffer.from(document.base64, 'base64').toString('utf8')

/** A mediator's laptop with one case: both MIAMs, the ratings, the referral date; the father withdrew. */
async function mediatorsLaptop() {
  const session = await aSession({ clock: aClock('2026-12-10T09:00:00.000Z') })
  const { call } = session
  const first = await heldMiam(call, {
    caseId: null,
    parent: 'mother',
    date: '2026-12-01',
    outcome: 'going-ahead',
  })
  const caseId = first.caseId!
  await heldMiam(call, { caseId, parent: 'father', date: '2026-12-03', outcome: 'going-ahead' })
  for (const command of [
    { type: 'update-case-details', referredOn: '2026-11-16' },
    {
      type: 'record-rating',
      partyId: mother.id,
      when: 'first-miam',
      rating: { conflict: 8, communication: 2 },
    },
    {
      type: 'record-rating',
      partyId: father.id,
      when: 'first-miam',
      rating: { conflict: 7, communication: 3 },
    },
    { type: 'update-measures', coachingGiven: true },
    { type: 'record-withdrawal', by: father.id, on: '2026-12-07' },
    { type: 'record-rating', partyId: mother.id, when: 'end', rating: { conflict: 6, communication: 4 } },
  ])
    await must(call('cases.apply', caseId, command))
  return session
}

describe('outcomes across laptops, with no names', () => {
  it('exports a mediator’s case as a row with no name, which a service lead imports once', async () => {
    const mediator = await mediatorsLaptop()
    const { rows, leftOut } = await must<OutcomesHere>(mediator.call('outcomes.rows'))
    expect(leftOut).toBe(0)
    // Referred Monday 16/11/2026, withdrawn Monday 07/12/2026: 21 days, 3 weeks. The ratings in the order of
    // their numbers, never the parties'.
    expect(rows).toEqual([
      expect.objectContaining({
        type: 'mediation-case',
        referredMonth: '2026-11',
        outcome: 'withdrawn',
        withdrawnBy: 'a-parent',
        weeksToOutcome: 3,
        coachingGiven: true,
        ratings: [
          { conflictBefore: 7, conflictAfter: null, communicationBefore: 3, communicationAfter: null },
          { conflictBefore: 8, conflictAfter: 6, communicationBefore: 2, communicationAfter: 4 },
        ],
      }),
    ])
    const file = await must<ExportedDocument>(mediator.call('outcomes.exportFile'))
    expect(file.fileName).toBe('Convene outcomes 2026-12 (export 1).convene-outcomes.json')
    const written = text(file)
    for (const secret of [
      mother.name,
      father.name,
      'Wiśniewska',
      'Zofia',
      '2026-11-16',
      '2026-12-07',
      '2016-04-02',
    ])
      expect(written).not.toContain(secret)
    // The rows' identifiers are new at each export: nothing links a row to the laptop's records.
    const again = JSON.parse(text(await must<ExportedDocument>(mediator.call('outcomes.exportFile')))) as {
      exportNumber: number
      rows: ReadonlyArray<OutcomeRow>
    }
    expect(again.exportNumber).toBe(2)
    expect(again.rows[0]?.rowId).not.toBe((JSON.parse(written) as { rows: OutcomeRow[] }).rows[0]?.rowId)

    const lead = await aSession({ clock: aClock('2026-12-11T09:00:00.000Z') })
    await must(lead.call('identity.setRole', 'service-lead'))
    const first = await must<ImportReport>(lead.call('outcomes.import', written))
    expect(first).toMatchObject({ added: 1, rows: 1, said: 'Imported 1 case or conference.' })
    const twice = await must<ImportReport>(lead.call('outcomes.import', written))
    expect(twice).toMatchObject({ added: 0, rows: 1 })
    const view = await must<ImportedOutcomesView>(lead.call('outcomes.imported'))
    expect(view.rows).toHaveLength(1)
    expect(view.files).toHaveLength(1)
    // A service lead's laptop holds no meetings.
    expect(
      await lead.call('meetings.create', {
        kind: 'icpc',
        familyName: 'Nowak',
        date: '2026-12-20',
        children: [],
        caseId: null,
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const csv = text(await must<ExportedDocument>(lead.call('outcomes.csv', 'imported')))
    expect(csv.split('\r\n')[1]).toMatch(
      /^mediation-case,[0-9a-f-]{36},2026-11,mediation,withdrawn,a-parent,3,2,1,8,6,2,4,yes,/,
    )
  })

  it('says in plain words why a file is refused, and keeps what was imported', async () => {
    const lead = await aSession({ clock: aClock('2026-12-11T09:00:00.000Z') })
    await must(lead.call('identity.setRole', 'service-lead'))
    for (const [file, words] of [
      ['', 'could not be read'],
      ['{"format":"convene-outcomes","version":1,"rows":[{"name":"Anna"}]}', 'nothing was imported'],
      ['\u0000'.repeat(100), 'could not be read'],
    ] as const)
      expect(await lead.call('outcomes.import', file)).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining(words) },
      })
    expect(await must<ImportedOutcomesView>(lead.call('outcomes.imported'))).toEqual({ rows: [], files: [] })
  })

  it('imports only on a service lead’s laptop, and never makes one of a laptop that holds meetings', async () => {
    const mediator = await mediatorsLaptop()
    const file = text(await must<ExportedDocument>(mediator.call('outcomes.exportFile')))
    expect(await mediator.call('outcomes.import', file)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('Only a service lead’s laptop') },
    })
    // Two MIAMs on it: their names would stay on a laptop whose screens no longer show them.
    for (const role of ['service-lead', 'administrator'])
      expect(await mediator.call('identity.setRole', role)).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('This laptop holds 2 meetings of its own') },
      })
    const lead = await aSession({ clock: aClock('2026-12-11T09:00:00.000Z') })
    await must(lead.call('identity.setRole', 'service-lead'))
    await must(lead.call('outcomes.import', file))
    // A file imported by mistake is taken out again, and its cases leave the figures.
    const [kept] = (await must<ImportedOutcomesView>(lead.call('outcomes.imported'))).files
    expect(await must<ImportReport>(lead.call('outcomes.remove', kept?.exportId))).toMatchObject({
      rows: 0,
      said: expect.stringContaining('Took out the file of 1 case or conference'),
    })
    expect(await must<ImportedOutcomesView>(lead.call('outcomes.imported'))).toEqual({ rows: [], files: [] })
  })

  it('leaves out a case whose own record cannot be read, and says so, rather than count it as blank', async () => {
    const mediator = await mediatorsLaptop()
    const cases = join(mediator.folder, 'cases')
    for (const caseId of await readdir(cases))
      for (const save of await readdir(join(cases, caseId)))
        await writeFile(join(cases, caseId, save), 'damaged')
    expect(await must<OutcomesHere>(mediator.call('outcomes.rows'))).toEqual({ rows: [], leftOut: 1 })
  })

  it('counts a conference held and signed on the chair’s laptop, with its timeliness', async () => {
    const chair = await aSession({ clock: aClock('2026-11-20T15:00:00.000Z') })
    const imported = await must<{ meeting: Meeting }>(
      chair.call(
        'meetings.importInterchange',
        writeInterchange(heldConference(), new Date('2026-11-20T14:00:00.000Z')),
      ),
    )
    await must(
      chair.call('meetings.apply', imported.meeting.id, {
        type: 'sign-off',
        openItems: [],
        reason: 'For the test.',
      }),
    )
    const { rows } = await must<OutcomesHere>(chair.call('outcomes.rows'))
    // Strategy discussion 16/11/2026, held 20/11: in time; signed the day it was held: the decision in time.
    expect(rows).toEqual([
      expect.objectContaining({
        type: 'conference',
        kind: 'icpc',
        month: '2026-11',
        conferenceOnTime: 'on-time',
        decisionOnTime: 'on-time',
        minutesOnTime: 'not-known',
        childViewWays: ['app'],
        decision: 'plan',
        category: 'neglect',
      }),
    ])
  })

  it('leaves out, and says, a case dated in a month still to come, so the file is never refused whole', async () => {
    const mediator = await mediatorsLaptop()
    // A MIAM held on a day mistyped into next year, in a case of its own with no referral date.
    await heldMiam(mediator.call, {
      caseId: null,
      parent: 'mother',
      date: '2027-01-04',
      outcome: 'going-ahead',
      familyName: 'Nowak',
    }).catch(() => null)
    const here = await must<OutcomesHere>(mediator.call('outcomes.rows'))
    const months = here.rows.map((row) => (row.type === 'mediation-case' ? row.referredMonth : row.month))
    expect(months.every((month) => month <= '2026-12')).toBe(true)
    const lead = await aSession({ clock: aClock('2026-12-11T09:00:00.000Z') })
    await must(lead.call('identity.setRole', 'service-lead'))
    await must(
      lead.call('outcomes.import', text(await must<ExportedDocument>(mediator.call('outcomes.exportFile')))),
    )
  })

  it('refuses a file made in a month still to come, and keeps a laptop whose cases remain a chair’s', async () => {
    const lead = await aSession({ clock: aClock('2026-12-11T09:00:00.000Z') })
    await must(lead.call('identity.setRole', 'service-lead'))
    const future = {
      format: 'convene-outcomes',
      version: 1,
      exportId: crypto.randomUUID(),
      sourceId: crypto.randomUUID(),
      exportNumber: 1,
      month: '2099-12',
      rows: [],
    }
    expect(await lead.call('outcomes.import', JSON.stringify(future))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('a month still to come') },
    })
    // A mediator's laptop whose meetings were deleted still keeps the case's own record (its referrer,
    // its social worker, by name): it stays a chair's.
    const mediator = await mediatorsLaptop()
    for (const entry of await must<ReadonlyArray<{ id: string }>>(mediator.call('meetings.list')))
      await must(mediator.call('meetings.remove', entry.id))
    expect(await mediator.call('identity.setRole', 'service-lead')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('This laptop holds cases of its own') },
    })
  })

  it('counts a meeting that cannot be read as left out, never as if it were not there', async () => {
    const mediator = await mediatorsLaptop()
    const meetings = join(mediator.folder, 'meetings')
    const [first] = await readdir(meetings)
    for (const save of await readdir(join(meetings, first ?? '')))
      await writeFile(join(meetings, first ?? '', save), 'damaged')
    const restarted = await aSession({ clock: aClock('2026-12-10T09:00:00.000Z'), folder: mediator.folder })
    expect((await must<OutcomesHere>(restarted.call('outcomes.rows'))).leftOut).toBeGreaterThanOrEqual(1)
  })

  it('never lets a meeting be made as the laptop becomes a service lead’s: one of the two is refused', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const laptop = await aSession({ clock: aClock('2026-12-11T09:00:00.000Z') })
      const [made, role] = await Promise.all([
        laptop.call('meetings.create', {
          kind: 'icpc',
          familyName: 'Nowak',
          date: '2026-12-20',
          children: [],
          caseId: null,
        }),
        laptop.call('identity.setRole', 'service-lead'),
      ])
      expect([made.ok, role.ok]).toContain(false)
      expect(made.ok && role.ok).toBe(false)
    }
  })
})
