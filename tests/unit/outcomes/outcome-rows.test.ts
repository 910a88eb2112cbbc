import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  csvColumns,
  mergeRows,
  OutcomeRowSchema,
  outcomesCsv,
  type OutcomeRow,
} from '../../../shared/outcomes/outcome-rows.ts'

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
  childConsulted: true,
  court: 'no',
  ...patch,
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
    // Conflict 8 and 9 before (8.5), one after (4); communication 2 and 3 (2.5), one after (6).
    expect(line).toBe(
      'mediation-case,1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b,2026-09,mediation,full-agreement,,11,2,8.5,4,2.5,6,yes,2,1,yes,no,,,,,,,',
    )
    expect(end).toBe('')
    for (const value of line?.split(',') ?? []) expect(value).toMatch(/^[\w.-]*$/)
  })

  it('keeps a row imported twice once', () => {
    const first = [mediation(), mediation()]
    const merged = mergeRows(first, [...first, mediation()])
    expect(merged).toMatchObject({ added: 1, replaced: 2 })
    expect(merged.rows).toHaveLength(3)
  })
})
