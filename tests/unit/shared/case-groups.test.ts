import { describe, expect, it } from 'vitest'
import { caseStage, groupIntoCases, meetingStage } from '../../../shared/meeting/case-groups.ts'
import {
  listEntry,
  type ListedMeeting,
  type MeetingSummary,
} from '../../../shared/meeting/meeting-summary.ts'

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' })
const caseA = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const caseB = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'
const summary = (id: string, over: Partial<MeetingSummary>): ListedMeeting =>
  listEntry({
    id,
    caseId: caseA,
    kind: 'icpc',
    familyName: 'Ó Súilleabháin',
    childNames: ['Aoife'],
    date: '2026-09-10',
    status: 'ended',
    signed: true,
    ...over,
  })

describe('groupIntoCases', () => {
  const meetings = [
    summary('m1', {}),
    summary('m2', { kind: 'core-group', date: '2026-09-24', childNames: ['Aoife', 'Cian'] }),
    summary('m3', { kind: 'rcpc', date: '2026-12-10', status: 'planned', signed: false }),
    summary('m4', {
      caseId: caseB,
      kind: 'miam',
      familyName: 'Wiśniewska',
      childNames: [],
      date: '2026-10-01',
    }),
    summary('m5', { caseId: null, familyName: 'عبد الله', date: '2026-08-01' }),
    summary('m6', { caseId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', familyName: '王', date: '2026-07-01' }),
  ]
  const groups = groupIntoCases(meetings, collator)

  it("gathers each case's meetings newest first, and orders the cases by their newest meeting", () => {
    expect(groups.map((group) => group.id)).toEqual([
      caseA,
      caseB,
      'm5',
      'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
    ])
    expect(groups[0]!.meetings.map((meeting) => meeting.id)).toEqual(['m3', 'm2', 'm1'])
  })

  it('names every child of the case once, in the order first named', () => {
    expect(groups[0]!.childNames).toEqual(['Aoife', 'Cian'])
  })

  it("says what kind of case it is, from its meetings' kind", () => {
    expect(groups[0]).toMatchObject({ caseLabel: 'Child protection' })
    expect(groups[1]).toMatchObject({ caseLabel: 'Mediation', familyName: 'Wiśniewska' })
  })

  it('lets a meeting that names no case (an index from before cases) stand as a case of its own', () => {
    expect(groups[2]).toMatchObject({ familyName: 'عبد الله', caseLabel: 'Child protection' })
    expect(groups[2]!.meetings.map((meeting) => meeting.id)).toEqual(['m5'])
  })
})

describe('where a case stands', () => {
  it('reads the newest meeting: arranged, in progress, held, signed', () => {
    const today = '2026-11-28'
    expect(meetingStage(summary('a', { status: 'planned', date: '2026-12-10' }), today)).toBe(
      'Arranged for 10/12/2026',
    )
    expect(meetingStage(summary('b', { status: 'in-progress' }), today)).toBe('In progress')
    expect(meetingStage(summary('e', { status: 'planned', date: '2026-11-20' }), today)).toBe(
      'Planned for 20/11/2026, not started',
    )
    expect(meetingStage(summary('c', { signed: false }), today)).toBe('Held on 10/09/2026, to tidy and sign')
    expect(meetingStage(summary('d', {}), today)).toBe('Held on 10/09/2026, signed')
    const [group] = groupIntoCases(
      [summary('m1', {}), summary('m3', { kind: 'rcpc', date: '2026-12-10', status: 'planned' })],
      collator,
    )
    expect(caseStage(group!, today)).toBe('Review child protection conference: arranged for 10/12/2026')
  })
})
