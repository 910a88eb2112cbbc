import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  csvColumns,
  OutcomeRowSchema,
  outcomesCsv,
  type OutcomeRow,
} from '../../../shared/outcomes/outcome-rows.ts'
import {
  importOutcomes,
  keptRows,
  mostKeptFiles,
  readOutcomesFile,
  type KeptOutcomes,
  type OutcomesFile,
} from '../../../shared/outcomes/outcomes-file.ts'

const mediation = (patch: Partial<Extract<OutcomeRow, { type: 'mediation-case' }>> = {}): OutcomeRow => ({
  type: 'mediation-case',
  rowId: randomUUID(),
  referredMonth: '2026-09',
  outcome: 'full-agreement',
  withdrawnBy: null,
  weeksToOutcome: 11,
  ratings: [
    { conflictBefore: 8, conflictAfter: 4, communicationBefore: 2, communicationAfter: 6 },
    { conflictBefore: 9, conflictAfter: null, communicationBefore: 3, communicationAfter: null },
  ],
  coachingGiven: true,
  jointSessions: 2,
  shuttleSessions: 1,
  remoteSessions: 0,
  childConsulted: true,
  court: 'no',
  ...patch,
})

/** A whole outcomes file of one row, made in November 2026. */
const goodFile = () => ({
  format: 'convene-outcomes',
  version: 1,
  exportId: randomUUID(),
  sourceId: randomUUID(),
  exportNumber: 1,
  month: '2026-11',
  rows: [mediation()],
})

describe('the outcomes file and its CSV', () => {
  it('holds no free text and no date finer than a month: the schema refuses both', () => {
    expect(OutcomeRowSchema.safeParse(mediation()).success).toBe(true)
    expect(OutcomeRowSchema.safeParse({ ...mediation(), referredMonth: '2026-09-14' }).success).toBe(false)
    expect(OutcomeRowSchema.safeParse({ ...mediation(), note: 'Katarzyna said…' }).success).toBe(false)
    expect(OutcomeRowSchema.safeParse({ ...mediation(), withdrawnBy: 'because he drinks' }).success).toBe(
      false,
    )
  })

  it('writes one line per row under its header, each cell a code, a count or a month', () => {
    const row = mediation({ rowId: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b' })
    const csv = outcomesCsv([row])
    const [header, line, end] = csv.split('\r\n')
    expect(header).toBe(csvColumns.join(','))
    // Two parties rated, one of them both times: before and after are that one's alone (8 to 4; 2 to 6),
    // never the mean of two before against one after.
    expect(line).toBe(
      'mediation-case,1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b,2026-09,mediation,full-agreement,,11,2,1,8,4,2,6,yes,2,1,0,yes,no,,,,,,,,,,,',
    )
    expect(end).toBe('')
    for (const value of line?.split(',') ?? []) expect(value).toMatch(/^[\w.-]*$/)
  })

  it('keeps a file imported twice once, and a laptop’s newer file in place of its older one', () => {
    const file = (sourceId: string, exportNumber: number, rows: ReadonlyArray<OutcomeRow>): OutcomesFile => ({
      format: 'convene-outcomes',
      version: 1,
      exportId: randomUUID(),
      sourceId,
      exportNumber,
      month: '2026-11',
      rows: [...rows],
    })
    const laptopA = randomUUID()
    const first = file(laptopA, 1, [mediation(), mediation()])
    const one = importOutcomes({ imports: [] }, first, '2026-11-20T10:00:00.000Z')
    if (!one.ok) throw new Error(one.error.message)
    expect(one.value.report).toMatchObject({ added: 2, rows: 2, said: 'Imported 2 cases and conferences.' })
    const again = importOutcomes(one.value.kept, first, '2026-11-21T10:00:00.000Z')
    if (!again.ok) throw new Error(again.error.message)
    expect(again.value.report).toMatchObject({ added: 0, rows: 2 })
    expect(again.value.report.said).toContain('imported before, on 20/11/2026')
    // The same laptop's next export: its three rows stand instead of the two (never five).
    const newer = importOutcomes(
      again.value.kept,
      file(laptopA, 2, [mediation(), mediation(), mediation()]),
      '2026-11-22T10:00:00.000Z',
    )
    if (!newer.ok) throw new Error(newer.error.message)
    expect(newer.value.report).toMatchObject({ added: 3, replaced: 2, rows: 3, imports: 1 })
    expect(keptRows(newer.value.kept)).toHaveLength(3)
    // An older one after it is refused; another laptop's adds.
    expect(
      importOutcomes(newer.value.kept, file(laptopA, 1, [mediation()]), '2026-11-23T10:00:00.000Z').ok,
    ).toBe(false)
    const other = importOutcomes(
      newer.value.kept,
      file(randomUUID(), 1, [mediation()]),
      '2026-11-23T10:00:00.000Z',
    )
    expect(other.ok && keptRows(other.value.kept)).toHaveLength(4)
  })

  it('reads a file only when it is one, whole, with nothing an outcomes file may not hold', () => {
    const good = goodFile()
    expect(readOutcomesFile(JSON.stringify(good)).ok).toBe(true)
    const said = (text: string) => {
      const read = readOutcomesFile(text)
      return read.ok ? 'read' : read.error.message
    }
    expect(said(JSON.stringify(good).slice(0, 80))).toContain('could not be read')
    expect(said('{"meetings": []}')).toContain('This is not an outcomes file')
    expect(said(JSON.stringify({ ...good, version: 2 }))).toContain('newer Convene')
    expect(said(JSON.stringify({ ...good, rows: [{ ...mediation(), familyName: 'Nowak' }] }))).toContain(
      'a name, a note, a full date',
    )
    expect(said(JSON.stringify({ ...good, month: '2026-11-03' }))).toContain('nothing was imported')
    const row = mediation()
    expect(said(JSON.stringify({ ...good, rows: [row, row] }))).toContain('a row appears twice')
  })

  it('refuses a file counting a month after it was made, a month before 2000, and more than Convene keeps', () => {
    const good = goodFile()
    const said = (file: object) => {
      const read = readOutcomesFile(JSON.stringify(file))
      return read.ok ? 'read' : read.error.message
    }
    expect(said({ ...good, rows: [mediation({ referredMonth: '2026-12' })] })).toContain(
      'after the month it was made',
    )
    expect(said({ ...good, rows: [mediation({ referredMonth: '1900-01' })] })).toContain(
      'nothing was imported',
    )
    // 2,000 laptops' files kept: the next is refused before anything is written.
    const full = {
      imports: Array.from({ length: mostKeptFiles }, () => ({
        ...good,
        exportId: randomUUID(),
        sourceId: randomUUID(),
        rows: [],
        importedAt: '2026-11-20T10:00:00.000Z',
      })),
    } as KeptOutcomes
    const refused = importOutcomes(
      full,
      { ...(good as OutcomesFile), exportId: randomUUID() },
      '2026-11-21T10:00:00.000Z',
    )
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('more than Convene keeps') },
    })
  })
})
