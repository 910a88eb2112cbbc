import fc from 'fast-check'
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { ConferenceMeetingValue } from '../../../shared/meeting/meeting.ts'
import { MeetingSchema } from '../../../shared/meeting/meeting.ts'
import { projectFor } from '../../../shared/meeting/project.ts'
import type { Audience, Visibility } from '../../../shared/model/visibility.ts'
import { aMediationMeeting, aMeeting } from '../../helpers/builders.ts'

/**
 * Who may see what, written out here on its own rather than taken from the code under test: for each
 * audience, the visibilities it may see. A party sees what everyone sees and what was said in its own room.
 */
function expectedToSee(audience: Audience, visibility: Visibility): boolean {
  if (visibility.to === 'everyone') return true
  if (audience.kind === 'chair') return true
  // The administrator sends the record out: never what was heard without the family (the signed full
  // minutes carry that, sealed, to the professionals).
  if (visibility.to === 'professionals') return audience.kind === 'professional'
  if (visibility.to === 'party') return audience.kind === 'party' && audience.partyId === visibility.partyId
  return false
}

const parties = ['a1111111-1111-4111-8111-111111111111', 'b2222222-2222-4222-8222-222222222222']
const visibilities: ReadonlyArray<Visibility> = [
  { to: 'everyone' },
  { to: 'professionals' },
  { to: 'chair' },
  { to: 'party', partyId: parties[0]! },
  { to: 'party', partyId: parties[1]! },
]
const audiences: ReadonlyArray<Audience> = [
  { kind: 'chair' },
  { kind: 'professional' },
  { kind: 'administrator' },
  { kind: 'family' },
  { kind: 'party', partyId: parties[0]! },
  { kind: 'party', partyId: parties[1]! },
]

/** A marked piece of text: the marker says which item it is, so it can be looked for in any output. */
type Marked = { readonly marker: string; readonly visibility: Visibility | null }

const aVisibility = fc.constantFrom(...visibilities)
const items = (max: number) => fc.array(aVisibility, { maxLength: max })

/** A conference with marked items of every kind, each seen by whoever its visibility allows. */
const aMarkedConference = fc
  .record({
    notes: items(12),
    deleted: items(3),
    childViews: fc.array(aVisibility, { maxLength: 1 }),
    scores: items(2),
    dangers: items(4),
    actions: items(5),
    recommendations: items(2),
    reports: items(3),
  })
  .map((shape) => {
    const marked: Marked[] = []
    const mark = (visibility: Visibility, kind: string): string => {
      const marker = `mark-${kind}-${marked.length}-${randomUUID().slice(0, 8)}`
      marked.push({ marker, visibility })
      return marker
    }
    const markUnseen = (kind: string): string => {
      const marker = `mark-${kind}-${marked.length}-${randomUUID().slice(0, 8)}`
      marked.push({ marker, visibility: null })
      return marker
    }
    const chairOnly: Visibility = { to: 'chair' }
    const base = aMeeting({ preparationNotes: mark(chairOnly, 'preparation') })
    const child = base.children[0]!
    const person = (id: string, name: string) => ({
      id,
      name,
      group: 'family' as const,
      role: 'Parent',
      agency: '',
      email: `${mark(chairOnly, 'email')}@example.org`.toLowerCase(),
      attendance: { status: 'present' as const, from: null, until: null, reason: '' },
    })
    const participants = [person(parties[0]!, 'Anna'), person(parties[1]!, 'Piotr')]
    const section = base.agenda[0]!.key
    const note = (visibility: Visibility, deleted: boolean) => ({
      id: randomUUID(),
      sectionKey: section,
      speakerId: null,
      // A deleted note is in no projection, whatever its visibility: the chair's own screen reads the
      // meeting itself, and a projection is what is shown or sent.
      text: deleted ? markUnseen('deleted-note') : mark(visibility, 'note'),
      visibility,
      verbatim: false,
      createdAt: '2026-12-02T10:00:00.000Z',
      updatedAt: '2026-12-02T10:00:00.000Z',
      deletedAt: deleted ? '2026-12-02T10:05:00.000Z' : null,
    })
    const meeting: ConferenceMeetingValue = {
      ...base,
      participants,
      notes: [...shape.notes.map((v) => note(v, false)), ...shape.deleted.map((v) => note(v, true))],
      record: {
        ...base.record,
        preMeeting: { held: 'yes', date: '2026-11-30', notes: mark(chairOnly, 'pre-meeting') },
        reports: shape.reports.map((visibility) => ({
          id: randomUUID(),
          agency: mark(visibility, 'report'),
          author: '',
          receivedOn: null,
          sharedWithParents: 'no' as const,
          sharedOn: null,
          visibility,
        })),
        childViews: shape.childViews.map((visibility) => ({
          childId: child.id,
          howGathered: 'app' as const,
          words: mark(visibility, 'child-view'),
          conveyedBy: '',
          reasonNoView: '',
          visibility,
        })),
        scaling: {
          scores: shape.scores.map((visibility, index) => ({
            personId: parties[index]!,
            score: 5,
            why: mark(visibility, 'score'),
            visibility,
          })),
          dangerStatements: shape.dangers.map((visibility) => ({
            id: randomUUID(),
            danger: mark(visibility, 'danger'),
            safetyGoal: '',
            visibility,
          })),
        },
        decisions: [
          {
            ...base.record.decisions[0]!,
            recommendations: shape.recommendations.map((visibility, index) => ({
              personId: parties[index]!,
              outcome: 'cp-plan' as const,
              rationale: mark(visibility, 'recommendation'),
              visibility,
            })),
          },
        ],
        planActions: shape.actions.map((visibility) => ({
          id: randomUUID(),
          what: mark(visibility, 'action'),
          ownerId: null,
          ownerText: '',
          due: null,
          dueWithinWorkingDays: null,
          measure: '',
          addresses: '',
          progress: [],
          visibility,
        })),
      },
    }
    return { meeting, marked }
  })

describe('projectFor', () => {
  it('never lets an item reach an audience that may not see it, and lets through all it may (1,200 meetings)', () => {
    fc.assert(
      fc.property(aMarkedConference, ({ meeting, marked }) => {
        expect(MeetingSchema.safeParse(meeting).success).toBe(true)
        for (const audience of audiences) {
          const shown = JSON.stringify(projectFor(meeting, audience))
          for (const item of marked) {
            const may = item.visibility !== null && expectedToSee(audience, item.visibility)
            expect(shown.includes(item.marker), `${item.marker} to ${JSON.stringify(audience)}`).toBe(may)
          }
        }
      }),
      { numRuns: 1200 },
    )
  })

  it('counts what it left out, so a copy can say something was withheld without saying what', () => {
    const meeting = aMeeting()
    const note = (visibility: Visibility) => ({
      id: randomUUID(),
      sectionKey: meeting.agenda[0]!.key,
      speakerId: null,
      text: 'x',
      visibility,
      verbatim: false,
      createdAt: '2026-12-02T10:00:00.000Z',
      updatedAt: '2026-12-02T10:00:00.000Z',
      deletedAt: null,
    })
    const withNotes = { ...meeting, notes: [note({ to: 'everyone' }), note({ to: 'professionals' })] }
    expect(projectFor(withNotes, { kind: 'family' }).withheldNotes).toBe(1)
    expect(projectFor(withNotes, { kind: 'professional' }).withheldNotes).toBe(0)
  })

  it("keeps the chair's working from others: open items and reason at sign-off, wordings kept in a withheld note", () => {
    const meeting = aMeeting()
    const closed = {
      id: randomUUID(),
      sectionKey: meeting.agenda[0]!.key,
      speakerId: null,
      text: 'Said in the closed part.',
      visibility: { to: 'professionals' } as const,
      verbatim: false,
      createdAt: '2026-12-02T10:00:00.000Z',
      updatedAt: '2026-12-02T10:00:00.000Z',
      deletedAt: null,
    }
    const signed = {
      ...meeting,
      notes: [closed],
      languageDismissals: [
        { ruleId: 'label-mother', match: 'the mother', noteId: closed.id },
        { ruleId: 'jargon-cin', match: 'CIN', noteId: null },
      ],
      record: {
        ...meeting.record,
        signOff: {
          at: '2026-12-02T12:00:00.000Z',
          openItems: ['1 report was not shared with the parents: Oak Primary School'],
          reason: 'The school asked for its report to be held back.',
        },
      },
    }
    const family = projectFor(signed, { kind: 'family' }).meeting as ConferenceMeetingValue
    expect(family.record.signOff).toEqual({ at: '2026-12-02T12:00:00.000Z', openItems: [], reason: '' })
    expect(family.languageDismissals).toEqual([{ ruleId: 'jargon-cin', match: 'CIN', noteId: null }])
    const chair = projectFor(signed, { kind: 'chair' }).meeting as ConferenceMeetingValue
    expect(chair.record.signOff).toEqual(signed.record.signOff)
    expect(chair.languageDismissals).toHaveLength(2)
  })

  it("projects a mediation meeting's notes by the same rule", () => {
    const miam = aMediationMeeting()
    const anna = randomUUID()
    const meeting = {
      ...miam,
      participants: [
        {
          id: anna,
          name: 'Anna',
          group: 'family' as const,
          role: 'Parent',
          agency: '',
          email: '',
          attendance: { status: 'present' as const, from: null, until: null, reason: '' },
        },
      ],
      notes: [
        {
          id: randomUUID(),
          sectionKey: miam.agenda[0]!.key,
          speakerId: anna,
          text: 'Said to the mediator alone',
          visibility: { to: 'chair' as const },
          verbatim: false,
          createdAt: '2026-12-02T10:00:00.000Z',
          updatedAt: '2026-12-02T10:00:00.000Z',
          deletedAt: null,
        },
      ],
    }
    expect(JSON.stringify(projectFor(meeting, { kind: 'party', partyId: anna }))).not.toContain(
      'mediator alone',
    )
    expect(JSON.stringify(projectFor(meeting, { kind: 'chair' }))).toContain('mediator alone')
  })
})
