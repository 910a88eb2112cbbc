import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { applyCaseCommand, type CaseCommand } from '../../../shared/case/case-commands.ts'
import { blankCaseRecord, type CaseRecord } from '../../../shared/case/case-record.ts'
import type { MediationMeeting } from '../../../shared/kinds/mediation/miam-commands.ts'
import {
  blankSession,
  blankChildConsultation,
  type SessionRecord,
} from '../../../shared/kinds/mediation/session.ts'
import type { Participant } from '../../../shared/model/people.ts'
import { mediationStage } from '../../../shared/kinds/mediation/case-rules.ts'
import { mediationRow } from '../../../shared/outcomes/mediation-row.ts'
import { aMediationMeeting } from '../../helpers/builders.ts'

const mother = randomUUID()
const father = randomUUID()
const person = (id: string, name: string, role: string): Participant => ({
  id,
  name,
  group: 'family',
  role,
  agency: '',
  email: '',
  attendance: { status: 'present', from: null, until: null, reason: '' },
})
const parents = [
  person(mother, 'Katarzyna Wiśniewska', 'Mother'),
  person(father, 'Seán Ó Súilleabháin', 'Father'),
]

const miam = (partyId: string, date: string, outcome: 'going-ahead' | 'not-suitable'): MediationMeeting => {
  const meeting = aMediationMeeting({ kind: 'miam', date, status: 'ended', participants: parents })
  const base = meeting.record
  return {
    ...meeting,
    record: { ...base, miam: { ...(base.miam as NonNullable<typeof base.miam>), partyId, outcome } },
  } as unknown as MediationMeeting
}

const session = (date: string, patch: Partial<SessionRecord>, status: 'ended' | 'planned' = 'ended') => {
  const meeting = aMediationMeeting({ kind: 'mediation-session', date, status, participants: parents })
  return {
    ...meeting,
    record: { ...meeting.record, session: { ...blankSession(), ...patch } },
  } as unknown as MediationMeeting
}

const closed = { at: '2026-12-01T12:00:00.000Z', hash: 'a'.repeat(64) }

const recordOf = (commands: ReadonlyArray<CaseCommand>): CaseRecord =>
  commands.reduce((record, command) => {
    const next = applyCaseCommand(record, command, '2026-12-01T09:00:00.000Z')
    if (!next.ok) throw new Error(next.error.message)
    return next.value
  }, blankCaseRecord())

describe('a mediation case as the steering group counts it', () => {
  it('an agreement after a joint and a shuttle session, a child consulted, both parents rated twice', () => {
    // Referred Monday 07/09/2026; the second session, on Monday 23/11/2026, closed on a full agreement:
    // 77 days, so 11 whole weeks.
    const record = recordOf([
      { type: 'update-case-details', referredOn: '2026-09-07' },
      {
        type: 'record-rating',
        partyId: mother,
        when: 'first-miam',
        rating: { conflict: 8, communication: 2 },
      },
      {
        type: 'record-rating',
        partyId: father,
        when: 'first-miam',
        rating: { conflict: 9, communication: 3 },
      },
      { type: 'record-rating', partyId: mother, when: 'end', rating: { conflict: 4, communication: 6 } },
      { type: 'record-rating', partyId: father, when: 'end', rating: { conflict: 5, communication: 5 } },
      { type: 'update-measures', coachingGiven: true, court: 'no' },
    ])
    const meetings = [
      miam(mother, '2026-09-21', 'going-ahead'),
      miam(father, '2026-09-23', 'going-ahead'),
      session('2026-10-19', { format: 'shuttle', outcome: 'partly-agreed', closed }),
      session('2026-11-23', {
        format: 'joint',
        outcome: 'agreed',
        closed,
        childConsultation: { ...blankChildConsultation(), seenOn: '2026-11-09' },
      }),
      // Arranged, not held: not counted.
      session('2026-12-14', { format: 'remote' }, 'planned'),
    ]
    expect(mediationRow(record, meetings, 'e4c8f4a2-9d1b-4c3e-8f6a-0b1c2d3e4f50')).toEqual({
      type: 'mediation-case',
      rowId: 'e4c8f4a2-9d1b-4c3e-8f6a-0b1c2d3e4f50',
      referredMonth: '2026-09',
      outcome: 'full-agreement',
      withdrawnBy: null,
      weeksToOutcome: 11,
      ratings: [
        { conflictBefore: 8, conflictAfter: 4, communicationBefore: 2, communicationAfter: 6 },
        { conflictBefore: 9, conflictAfter: 5, communicationBefore: 3, communicationAfter: 5 },
      ],
      coachingGiven: true,
      jointSessions: 1,
      shuttleSessions: 1,
      remoteSessions: 0,
      childConsulted: true,
      court: 'no',
    })
  })

  it('withdrawn by a parent: who (never why), and weeks to the day they withdrew', () => {
    // No referral date: the first MIAM's month and day stand for it. 01/10/2026 to 29/10/2026: 4 weeks.
    const record = recordOf([
      {
        type: 'record-rating',
        partyId: father,
        when: 'first-miam',
        rating: { conflict: 10, communication: 0 },
      },
      { type: 'record-withdrawal', by: father, on: '2026-10-29' },
      { type: 'update-measures', court: 'returned-to-court' },
    ])
    const row = mediationRow(record, [miam(mother, '2026-10-01', 'going-ahead')], randomUUID())
    expect(row).toMatchObject({
      referredMonth: '2026-10',
      outcome: 'withdrawn',
      withdrawnBy: 'a-parent',
      weeksToOutcome: 4,
      ratings: [
        { conflictBefore: 10, conflictAfter: null, communicationBefore: 0, communicationAfter: null },
      ],
      court: 'returned-to-court',
      coachingGiven: false,
      jointSessions: 0,
    })
  })

  it('is ongoing until it ends; no agreement only once the case is closed', () => {
    const meetings = [session('2026-11-02', { format: 'joint', outcome: 'not-agreed', closed })]
    const open = mediationRow(
      recordOf([{ type: 'update-case-details', referredOn: '2026-10-05' }]),
      meetings,
      randomUUID(),
    )
    expect(open).toMatchObject({ outcome: 'ongoing', weeksToOutcome: null })
    const ended = mediationRow(
      recordOf([
        { type: 'update-case-details', referredOn: '2026-10-05' },
        { type: 'close-case', on: '2026-11-16' },
      ]),
      meetings,
      randomUUID(),
    )
    // 05/10 to 16/11: 42 days, 6 weeks.
    expect(ended).toMatchObject({ outcome: 'no-agreement', weeksToOutcome: 6 })
  })

  it('a MIAM that found mediation not suitable ends the case there', () => {
    const row = mediationRow(blankCaseRecord(), [miam(mother, '2026-08-03', 'not-suitable')], randomUUID())
    expect(row).toMatchObject({ outcome: 'not-suitable', weeksToOutcome: 0, referredMonth: '2026-08' })
  })

  it('counts a rating taken back as not given, and a case with nothing to date it by not at all', () => {
    const record = recordOf([
      {
        type: 'record-rating',
        partyId: mother,
        when: 'first-miam',
        rating: { conflict: 5, communication: 5 },
      },
      { type: 'record-rating', partyId: mother, when: 'first-miam', rating: null },
    ])
    expect(mediationRow(record, [miam(mother, '2026-10-01', 'going-ahead')], randomUUID())?.ratings).toEqual(
      [],
    )
    expect(mediationRow(record, [], randomUUID())).toBeNull()
  })

  it('takes ratings and measures after the mediation has ended (the end ratings come then)', () => {
    const record = recordOf([
      { type: 'record-withdrawal', by: 'mediator', on: '2026-10-29' },
      { type: 'record-rating', partyId: mother, when: 'end', rating: { conflict: 3, communication: 7 } },
      { type: 'update-measures', coachingGiven: true },
    ])
    expect(record.measures.ratings[mother]?.end).toEqual({ conflict: 3, communication: 7 })
    expect(record.measures.coachingGiven).toBe(true)
  })
})

describe('where a case stands once a session closes', () => {
  it('says an agreement was reached only when it was whole; some things agreed when in part', () => {
    const partly = session('2026-10-19', { format: 'joint', outcome: 'partly-agreed', closed })
    const whole = session('2026-11-23', { format: 'joint', outcome: 'agreed', closed })
    expect(mediationStage(blankCaseRecord(), [partly]).label).toBe('Some things agreed')
    expect(mediationStage(blankCaseRecord(), [partly, whole]).label).toBe('Agreement reached')
  })
})

describe('a referral date that cannot be right', () => {
  it('is refused: before 2000 or after the day it is recorded', () => {
    const at = '2026-12-01T09:00:00.000Z'
    const tried = (referredOn: string) =>
      applyCaseCommand(blankCaseRecord(), { type: 'update-case-details', referredOn }, at)
    expect(tried('1900-01-01')).toMatchObject({
      ok: false,
      error: { message: 'Check the referral date: it is before 2000.' },
    })
    expect(tried('2099-01-01')).toMatchObject({
      ok: false,
      error: { message: 'The referral date cannot be in the future.' },
    })
    expect(tried('2026-12-01')).toMatchObject({ ok: true })
  })
})
