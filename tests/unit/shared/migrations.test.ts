import fc from 'fast-check'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { currentSchemaVersion } from '../../../shared/meeting/meeting.ts'
import { migrateMeeting, migrations } from '../../../shared/meeting/migrations.ts'
import { stampSchemaVersion } from '../../../shared/meeting/migrations/0001-stamp-schema-version.ts'
import { addPeopleAgendaAndLiveRecord } from '../../../shared/meeting/migrations/0002-people-agenda-and-live-record.ts'
import { addLanguageDismissals } from '../../../shared/meeting/migrations/0003-language-dismissals.ts'
import { addDecisionPlanAndDates } from '../../../shared/meeting/migrations/0004-decision-plan-and-dates.ts'
import { splitCoreAndKindRecord } from '../../../shared/meeting/migrations/0006-core-and-kind-record.ts'
import { aMeeting } from '../../helpers/builders.ts'
import { defaultAgenda } from '../../../shared/settings/default-agenda.ts'

/**
 * A meeting as schema 5 wrote it (flat: the decision, plan and dates beside the notes; 'not for the family'
 * on each note), made from today's builder so the earlier migrations' tests read as they did.
 */
function asVersion5(meeting = aMeeting()) {
  const { record, caseId: _case, notes, ...core } = meeting
  const { family: _family, decisions, analysis, parentsView, previousConference: _previous, ...kept } = record
  const decision = decisions[0]!
  return {
    ...core,
    ...kept,
    notes: notes.map(({ visibility, ...note }) => ({ ...note, notForFamily: visibility.to !== 'everyone' })),
    decision: {
      analysis,
      recommendations: decision.recommendations,
      parentsView,
      childView: decision.childView,
      outcome: decision.outcome,
      category: decision.category,
      otherCategoriesConsidered: decision.otherCategoriesConsidered,
      reasons: decision.reasons,
      dissentNote: decision.dissentNote,
    },
    previousConference: null,
    schemaVersion: 5,
  }
}

describe('migrations', () => {
  it('form an unbroken chain from version 0 to the current version', () => {
    let version = 0
    for (const migration of migrations) {
      expect(migration.from).toBe(version)
      expect(migration.to).toBe(version + 1)
      version = migration.to
    }
    expect(version).toBe(currentSchemaVersion)
  })
})

describe('0001 stamp the schema version', () => {
  it('brings a hand-written meeting with only the essentials up to the current version', () => {
    const {
      schemaVersion: _version,
      notes: _notes,
      children: _children,
      purpose: _purpose,
      location: _location,
      startTime: _time,
      status: _status,
      preparationNotes: _prep,
      revision: _revision,
      ...essentials
    } = aMeeting()
    const outcome = migrateMeeting(essentials)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.migratedFrom).toBe(0)
    expect(outcome.meeting.schemaVersion).toBe(currentSchemaVersion)
    expect(outcome.meeting.children).toEqual([])
    expect(outcome.meeting.status).toBe('planned')
  })

  it('keeps every value the meeting already had', () => {
    const migrated = stampSchemaVersion.migrate({
      familyName: 'Okafor',
      notes: [{ id: 'x' }],
      status: 'ended',
    })
    expect(migrated).toMatchObject({
      familyName: 'Okafor',
      notes: [{ id: 'x' }],
      status: 'ended',
      schemaVersion: 1,
    })
  })
})

describe('migrateMeeting', () => {
  it('leaves a current meeting as it is', () => {
    const meeting = aMeeting()
    const outcome = migrateMeeting(meeting)
    expect(outcome).toEqual({ ok: true, meeting, migratedFrom: currentSchemaVersion })
  })

  it('says a meeting from a newer Convene needs an update, rather than calling it broken', () => {
    const outcome = migrateMeeting({ ...aMeeting(), schemaVersion: currentSchemaVersion + 1 })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.reason).toBe('newer-version')
    expect(outcome.problems[0]?.message).toMatch(/newer version of Convene/)
  })

  it('lists every problem with its path', () => {
    const meeting = aMeeting()
    const outcome = migrateMeeting({
      ...meeting,
      kind: 'party',
      children: [{ ...meeting.children[0], dateOfBirth: '2019-02-30' }],
    })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.problems.map((problem) => problem.path)).toEqual(['kind', 'children[0].dateOfBirth'])
  })

  it('refuses something that is not an object', () => {
    expect(migrateMeeting([1, 2]).ok).toBe(false)
    expect(migrateMeeting(null).ok).toBe(false)
  })
})

describe('0002 add people, agenda and the live record', () => {
  it('upgrades a version 1 meeting: the default agenda for its kind, notes in the first section, empty records', async () => {
    const file = JSON.parse(
      await readFile(join(import.meta.dirname, '../../fixtures/meeting-v1.json'), 'utf8'),
    ) as { meeting: Record<string, unknown> }
    const withNote = {
      ...file.meeting,
      notes: [
        {
          id: '7d9e2b1a-0c3f-4a5b-8c6d-1e2f3a4b5c6d',
          text: 'Anna said mornings are hard.',
          createdAt: '2026-11-20T09:00:00.000Z',
          updatedAt: '2026-11-20T09:00:00.000Z',
        },
      ],
    }
    const outcome = migrateMeeting(withNote)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.migratedFrom).toBe(1)
    expect(outcome.meeting.agenda.map((section) => section.key)).toEqual([
      'welcome',
      'strengths',
      'family-views',
      'childs-voice',
      'past-harm',
      'current-worries',
      'grey-areas',
      'scaling',
      'next-steps',
    ])
    expect(outcome.meeting.notes[0]).toMatchObject({
      sectionKey: 'welcome',
      speakerId: null,
      visibility: { to: 'everyone' },
      verbatim: false,
      deletedAt: null,
    })
    expect(outcome.meeting.children[0]?.knownAs).toBe('')
    expect(outcome.meeting.participants).toEqual([])
    expect(outcome.meeting.live).toEqual({
      startedAt: null,
      endedAt: null,
      currentSectionKey: null,
      visits: [],
    })
  })

  it('gives a review conference the review agenda, with progress on the plan', () => {
    const migrated = addPeopleAgendaAndLiveRecord.migrate({ kind: 'rcpc' })
    expect((migrated['agenda'] as Array<{ key: string }>).map((section) => section.key)).toContain('progress')
  })

  it('leaves an unknown kind for the schema to report, rather than failing itself', () => {
    expect(() => addPeopleAgendaAndLiveRecord.migrate({ kind: 'case conference' })).not.toThrow()
  })
})

describe('0003 add language dismissals', () => {
  it('gives a version 2 meeting an empty list of kept wordings, and reads it as a current meeting', () => {
    const { languageDismissals: _none, ...version2 } = { ...asVersion5(), schemaVersion: 2 }
    expect(addLanguageDismissals.migrate(version2)['languageDismissals']).toEqual([])
    const outcome = migrateMeeting(version2)
    expect(outcome.ok && outcome.migratedFrom).toBe(2)
    expect(outcome.ok && outcome.meeting.languageDismissals).toEqual([])
  })

  it('keeps dismissals a meeting already has', () => {
    const kept = [{ ruleId: 'mum', match: 'Mum', noteId: null }]
    expect(addLanguageDismissals.migrate({ languageDismissals: kept })['languageDismissals']).toBe(kept)
  })
})

describe('0004 add decision, plan frame and dates', () => {
  it('gives a version 3 meeting an empty decision, plan frame and dates, and its actions the new fields', () => {
    const {
      decision: _decision,
      planFrame: _frame,
      dates: _dates,
      previousConference: _previous,
      signOff: _signOff,
      ...version3
    } = { ...asVersion5(), schemaVersion: 3 }
    const action = {
      id: '6f1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a12',
      what: 'Anna will attend the parenting course',
      ownerId: null,
      ownerText: 'Family Hub',
      due: null,
      measure: '',
      progress: [],
    }
    const outcome = migrateMeeting({ ...version3, planActions: [action] })
    expect(outcome.ok && outcome.migratedFrom).toBe(3)
    if (!outcome.ok) return
    if (outcome.meeting.record.family !== 'conference') throw new Error('a conference stays a conference')
    const record = outcome.meeting.record
    expect(record.decisions[0]?.outcome).toBeNull()
    expect(record.decisions[0]?.recommendations).toEqual([])
    expect(record.planFrame).toEqual({ leadSocialWorkerId: null, coreGroupIds: [], contingency: '' })
    expect(record.dates.strategyDiscussion).toBeNull()
    expect(record.signOff).toBeNull()
    expect(record.planActions[0]).toMatchObject({ dueWithinWorkingDays: null, addresses: '' })
  })

  it('keeps what a meeting already has, and leaves a broken action for the schema to judge', () => {
    const decision = { ...asVersion5().decision, reasons: 'kept' }
    expect(addDecisionPlanAndDates.migrate({ decision })['decision']).toBe(decision)
    expect(addDecisionPlanAndDates.migrate({ planActions: ['nonsense'] })['planActions']).toEqual([
      'nonsense',
    ])
  })
})

describe('0005 add signed versions', () => {
  it('gives a version 4 meeting no signed versions and no correction, and asks for it to be signed again', () => {
    const {
      signedVersions: _versions,
      correction: _correction,
      ...version4
    } = {
      ...asVersion5(),
      schemaVersion: 4,
      signOff: { at: '2026-12-02T12:00:00.000Z', openItems: [], reason: '' },
    }
    const outcome = migrateMeeting(version4)
    expect(outcome.ok && outcome.migratedFrom).toBe(4)
    if (!outcome.ok || outcome.meeting.record.family !== 'conference') throw new Error('not migrated')
    const record = outcome.meeting.record
    expect([record.signedVersions, record.correction, record.signOff]).toEqual([[], null, null])
  })
})

describe('0006 split the meeting into its core and its kind record', () => {
  it("turns 'not for the family' into who may see each note", () => {
    const version5 = asVersion5()
    const notes = [
      { ...noteOf(version5), notForFamily: true },
      { ...noteOf(version5), id: '7a1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a13', notForFamily: false },
    ]
    const outcome = migrateMeeting({ ...version5, notes })
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
    expect(outcome.meeting.notes.map((note) => note.visibility)).toEqual([
      { to: 'professionals' },
      { to: 'everyone' },
    ])
  })

  it('never opens to the family a note whose file does not say so: a missing flag keeps it from them', () => {
    const version5 = asVersion5()
    const { notForFamily: _flag, ...unflagged } = { ...noteOf(version5), notForFamily: true }
    const outcome = migrateMeeting({ ...version5, notes: [unflagged] })
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
    expect(outcome.meeting.notes.map((note) => note.visibility)).toEqual([{ to: 'professionals' }])
  })

  it('keeps what a file that says no version carries already: each note’s visibility and the record', () => {
    const current = aMeeting()
    const chairOnly = { ...noteOf(asVersion5()), visibility: { to: 'chair' } }
    const { schemaVersion: _version, ...unversioned } = { ...current, notes: [chairOnly] }
    const outcome = migrateMeeting(unversioned)
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
    expect(outcome.meeting.notes.map((note) => note.visibility)).toEqual([{ to: 'chair' }])
    expect(outcome.meeting.record).toEqual(current.record)
  })

  it('moves the decision into the record as the decision for every child, with the analysis beside it', () => {
    const version5 = asVersion5()
    const outcome = migrateMeeting({
      ...version5,
      decision: {
        ...version5.decision,
        analysis: 'The worries are serious.',
        outcome: 'cp-plan',
        category: 'neglect',
      },
    })
    if (!outcome.ok || outcome.meeting.record.family !== 'conference') throw new Error('not migrated')
    expect(outcome.meeting.record.analysis).toBe('The worries are serious.')
    expect(outcome.meeting.record.decisions).toEqual([
      expect.objectContaining({ childId: null, outcome: 'cp-plan', category: 'neglect' }),
    ])
    expect(outcome.meeting.caseId).toBeNull()
  })

  it('keeps what the previous conference decided, as the decision for every child', () => {
    const outcome = migrateMeeting({
      ...asVersion5(),
      kind: 'rcpc',
      previousConference: {
        meetingId: '5f1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a11',
        kind: 'icpc',
        date: '2026-09-01',
        outcome: 'cp-plan',
        category: 'neglect',
      },
    })
    if (!outcome.ok || outcome.meeting.record.family !== 'conference') throw new Error('not migrated')
    expect(outcome.meeting.record.previousConference?.decisions).toEqual([
      { childId: null, outcome: 'cp-plan', category: 'neglect' },
    ])
  })

  it("leaves a MIAM's conference fields behind and keeps its people, agenda and notes (7 adds its MIAM and session, not started)", () => {
    const version5 = asVersion5(aMeeting())
    const outcome = migrateMeeting({ ...version5, kind: 'miam', agenda: aMeetingAgenda('miam') })
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
    expect(outcome.meeting.record).toEqual({ family: 'mediation', miam: null, session: null })
    expect(outcome.meeting.participants).toEqual(version5.participants)
  })

  it('is a step from 5 to 6', () => {
    expect([splitCoreAndKindRecord.from, splitCoreAndKindRecord.to]).toEqual([5, 6])
  })
})

function noteOf(meeting: ReturnType<typeof asVersion5>) {
  return {
    id: '6f1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a12',
    sectionKey: meeting.agenda[0]!.key,
    speakerId: null,
    text: 'Anna said the mornings are calmer.',
    verbatim: false,
    createdAt: '2026-12-02T10:00:00.000Z',
    updatedAt: '2026-12-02T10:00:00.000Z',
    deletedAt: null,
  }
}

function aMeetingAgenda(kind: 'miam') {
  return defaultAgenda(kind)
}

describe('migrateMeeting on anything at all', () => {
  it('never throws: every input is either a meeting or a list of problems', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(
            fc.constantFrom('schemaVersion', 'kind', 'notes', 'children', 'agenda', 'id'),
            fc.anything(),
          ),
        ),
        (input) => {
          const outcome = migrateMeeting(input)
          expect(outcome.ok || outcome.problems.length > 0).toBe(true)
        },
      ),
      // One fast-check found: a kind that cannot be turned into a string (it threw).
      { numRuns: 1000, examples: [[{ kind: { toString: 0 } }]] },
    )
  })
})
