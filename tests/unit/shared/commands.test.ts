import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  applyCommand,
  MeetingCommandSchema,
  type MeetingCommandInput,
} from '../../../shared/meeting/meeting-command.ts'
import type { ConferenceMeetingValue as Meeting } from '../../../shared/meeting/meeting.ts'
import type { Result } from '../../../shared/util/result.ts'
import { aMeeting } from '../../helpers/builders.ts'
import { addPerson, applyAll } from '../../helpers/commands.ts'

const at = new Date('2026-12-02T10:00:00.000Z')
/** A command as it arrives from a window: checked against the contract's schema, then applied. */
const apply = (meeting: Meeting, command: MeetingCommandInput) =>
  applyCommand(meeting, MeetingCommandSchema.parse(command), { now: at }) as Result<Meeting>

function withPeople(): Meeting {
  return applyAll(aMeeting(), [
    addPerson('Anna Kowalska', 'family', 'Mother'),
    addPerson('Jamie Reid', 'professional', 'Social worker', "Children's Services"),
  ])
}

describe('people', () => {
  it('adds a person, invited unless said otherwise', () => {
    const result = apply(aMeeting(), {
      type: 'add-participant',
      participantId: randomUUID(),
      participant: { name: 'Anna', group: 'family', role: 'Mother', agency: '', email: '' },
    })
    expect(result.ok && result.value.participants[0]).toMatchObject({
      name: 'Anna',
      attendance: { status: 'invited' },
    })
  })

  it('records attendance for part of the meeting, with times and the reason', () => {
    const meeting = withPeople()
    const anna = meeting.participants[0]?.id ?? ''
    const result = apply(meeting, {
      type: 'update-participant',
      participantId: anna,
      patch: {
        attendance: {
          status: 'part',
          from: '10:00',
          until: '11:00',
          reason: 'Attending separately because of domestic abuse concerns',
        },
      },
    })
    expect(result.ok && result.value.participants[0]?.attendance).toEqual({
      status: 'part',
      from: '10:00',
      until: '11:00',
      reason: 'Attending separately because of domestic abuse concerns',
    })
  })

  it('refuses to remove someone the minutes quote, and says what to do instead', () => {
    const meeting = withPeople()
    const anna = meeting.participants[0]?.id ?? null
    const spoke = applyAll(meeting, [
      {
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: 'strengths',
        speakerId: anna,
        text: 'Mornings are easier.',
        visibility: { to: 'everyone' },
        verbatim: true,
      },
    ])
    const result = apply(spoke, { type: 'remove-participant', participantId: anna ?? '' })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message:
          'Anna Kowalska is named in the minutes, so they cannot be removed. Change their attendance instead.',
      },
    })
  })

  it('removes someone not yet quoted, and clears them as chair', () => {
    const meeting = withPeople()
    const jamie = meeting.participants[1]?.id ?? ''
    const removed = applyAll(meeting, [
      { type: 'set-chair', participantId: jamie },
      { type: 'remove-participant', participantId: jamie },
    ])
    expect(removed.participants).toHaveLength(1)
    expect(removed.chairId).toBeNull()
  })

  it('refuses an email address that is not one, at the boundary', () => {
    const parsed = MeetingCommandSchema.safeParse({
      type: 'add-participant',
      participantId: randomUUID(),
      participant: { name: 'A', group: 'professional', role: 'GP', agency: '', email: 'not an email' },
    })
    expect(parsed.success).toBe(false)
  })
})

describe('notes', () => {
  it('adds a note to the current section, attributed to its speaker', () => {
    const meeting = applyAll(withPeople(), [
      { type: 'start-meeting' },
      { type: 'go-to-section', sectionKey: 'current-worries' },
    ])
    const jamie = meeting.participants[1]?.id ?? null
    const result = apply(meeting, {
      type: 'add-note',
      noteId: randomUUID(),
      sectionKey: null,
      speakerId: jamie,
      text: 'The flat is cold and damp.',
      visibility: { to: 'everyone' },
      verbatim: false,
    })
    expect(result.ok && result.value.notes[0]).toMatchObject({
      sectionKey: 'current-worries',
      speakerId: jamie,
      createdAt: at.toISOString(),
      deletedAt: null,
    })
  })

  it('refuses an empty note (whitespace only) at the boundary', () => {
    expect(
      MeetingCommandSchema.safeParse({
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: null,
        speakerId: null,
        text: '   \n ',
        visibility: { to: 'everyone' },
        verbatim: false,
      }).success,
    ).toBe(false)
  })

  it('takes a note of 10,000 characters', () => {
    const text = 'Long account of the week. '.repeat(385).slice(0, 10_000)
    const result = apply(aMeeting(), {
      type: 'add-note',
      noteId: randomUUID(),
      sectionKey: null,
      speakerId: null,
      text,
      visibility: { to: 'everyone' },
      verbatim: false,
    })
    expect(result.ok && result.value.notes[0]?.text.length).toBe(10_000)
  })

  it('refuses a speaker who is not at the meeting, and a section not on the agenda', () => {
    expect(
      apply(aMeeting(), {
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: null,
        speakerId: randomUUID(),
        text: 'x',
        visibility: { to: 'everyone' },
        verbatim: false,
      }).ok,
    ).toBe(false)
    expect(
      apply(aMeeting(), {
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: 'lunch',
        speakerId: null,
        text: 'x',
        visibility: { to: 'everyone' },
        verbatim: false,
      }).ok,
    ).toBe(false)
  })

  it('edits, marks as not for the family, moves, deletes and restores a note', () => {
    const added = applyAll(aMeeting(), [
      {
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: 'strengths',
        speakerId: null,
        text: 'Draft',
        visibility: { to: 'everyone' },
        verbatim: false,
      },
    ])
    const noteId = added.notes[0]?.id ?? ''
    const edited = applyAll(added, [
      { type: 'edit-note', noteId, text: 'Police information shared in the closed part.' },
      { type: 'set-note-details', noteId, visibility: { to: 'professionals' } },
      { type: 'move-note', noteId, sectionKey: 'current-worries' },
      { type: 'delete-note', noteId },
    ])
    expect(edited.notes[0]).toMatchObject({
      text: 'Police information shared in the closed part.',
      visibility: { to: 'professionals' },
      sectionKey: 'current-worries',
    })
    expect(edited.notes[0]?.deletedAt).not.toBeNull()
    const restored = applyAll(edited, [{ type: 'restore-note', noteId }])
    expect(restored.notes[0]?.deletedAt).toBeNull()
  })

  it('keeps the id the renderer proposed, so the note it showed as saving is the note saved', () => {
    const noteId = randomUUID()
    const command: MeetingCommandInput = {
      type: 'add-note',
      noteId,
      sectionKey: null,
      speakerId: null,
      text: 'x',
      visibility: { to: 'everyone' },
      verbatim: false,
    }
    const once = applyAll(aMeeting(), [command])
    expect(once.notes.map((note) => note.id)).toEqual([noteId])
  })

  it('says a note is gone when it is', () => {
    expect(apply(aMeeting(), { type: 'edit-note', noteId: randomUUID(), text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})

describe('running the meeting', () => {
  it('starts at the first section, records each visit, and ends', () => {
    const meeting = applyAll(aMeeting(), [
      { type: 'start-meeting' },
      { type: 'go-to-section', sectionKey: 'strengths' },
      { type: 'go-to-section', sectionKey: 'welcome' },
      { type: 'end-meeting' },
    ])
    expect(meeting.status).toBe('ended')
    expect(meeting.live.currentSectionKey).toBeNull()
    expect(meeting.live.visits).toEqual([
      { sectionKey: 'welcome', from: '2026-12-02T10:00:00.000Z', until: '2026-12-02T10:01:00.000Z' },
      { sectionKey: 'strengths', from: '2026-12-02T10:01:00.000Z', until: '2026-12-02T10:02:00.000Z' },
      { sectionKey: 'welcome', from: '2026-12-02T10:02:00.000Z', until: '2026-12-02T10:03:00.000Z' },
    ])
  })

  it('carries on after ending, at the last section', () => {
    const meeting = applyAll(aMeeting(), [
      { type: 'start-meeting' },
      { type: 'go-to-section', sectionKey: 'grey-areas' },
      { type: 'end-meeting' },
      { type: 'resume-meeting' },
    ])
    expect(meeting.live.currentSectionKey).toBe('grey-areas')
    expect(meeting.live.endedAt).toBeNull()
  })

  it('cannot end a meeting that has not started', () => {
    expect(apply(aMeeting(), { type: 'end-meeting' }).ok).toBe(false)
  })
})

describe("the child's voice, the scale and the plan", () => {
  it("records a child's view in their words, and updates it", () => {
    const meeting = aMeeting()
    const childId = meeting.children[0]?.id ?? ''
    const updated = applyAll(meeting, [
      {
        type: 'set-child-view',
        childId,
        patch: { howGathered: 'app', conveyedBy: 'Jamie Reid, social worker' },
      },
      { type: 'set-child-view', childId, patch: { words: 'I like it when Mum walks me to school.' } },
    ])
    expect(updated.record.childViews).toEqual([
      {
        childId,
        howGathered: 'app',
        words: 'I like it when Mum walks me to school.',
        conveyedBy: 'Jamie Reid, social worker',
        reasonNoView: '',
        visibility: { to: 'everyone' },
      },
    ])
  })

  it('scores each person on the scale, and allows no more than four danger statements', () => {
    const meeting = withPeople()
    const anna = meeting.participants[0]?.id ?? ''
    const scored = applyAll(meeting, [
      { type: 'set-score', personId: anna, patch: { score: 6, why: 'Things are calmer at home.' } },
      { type: 'set-score', personId: anna, patch: { score: 7 } },
      ...Array.from({ length: 4 }, (_, index): MeetingCommandInput => ({
        type: 'add-danger-statement',
        statementId: randomUUID(),
        statement: { danger: `Danger ${index}`, safetyGoal: `Goal ${index}` },
      })),
    ])
    expect(scored.record.scaling.scores).toEqual([
      { personId: anna, score: 7, why: 'Things are calmer at home.', visibility: { to: 'everyone' } },
    ])
    expect(
      apply(scored, {
        type: 'add-danger-statement',
        statementId: randomUUID(),
        statement: { danger: 'Fifth', safetyGoal: '' },
      }),
    ).toMatchObject({
      ok: false,
      error: { message: 'There can be at most four danger statements.' },
    })
  })

  it('adds progress to an action of the plan, dated the day of the meeting by default', () => {
    const meeting = applyAll(aMeeting(), [
      {
        type: 'add-action',
        actionId: randomUUID(),
        action: {
          what: 'Anna will attend the parenting course',
          ownerId: null,
          ownerText: 'Family Hub',
          due: '2027-01-29',
          measure: 'Certificate of completion',
          dueWithinWorkingDays: null,
          addresses: '',
        },
      },
    ])
    const actionId = meeting.record.planActions[0]?.id ?? ''
    const updated = applyAll(meeting, [
      {
        type: 'add-progress',
        progressId: randomUUID(),
        actionId,
        status: 'on-track',
        note: 'Four of six sessions attended',
        on: null,
      },
    ])
    expect(updated.record.planActions[0]?.progress).toEqual([
      { id: expect.any(String), on: '2026-12-02', status: 'on-track', note: 'Four of six sessions attended' },
    ])
  })
})

describe('a command that adds something, sent again (after a failed save, or an answer that was lost)', () => {
  const meeting = withPeople()
  const anna = meeting.participants[0]?.id ?? ''
  const actionId = randomUUID()
  const withAction = applyAll(meeting, [
    {
      type: 'add-action',
      actionId,
      action: {
        what: 'Anna will walk Zosia to school',
        ownerId: anna,
        ownerText: '',
        due: null,
        dueWithinWorkingDays: 10,
        measure: 'School records arrival',
        addresses: '',
      },
    },
  ])
  const adds: ReadonlyArray<readonly [string, MeetingCommandInput, (meeting: Meeting) => number]> = [
    [
      'a note',
      {
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: null,
        speakerId: anna,
        text: 'Mornings are easier.',
        visibility: { to: 'everyone' },
        verbatim: false,
      },
      (after) => after.notes.length,
    ],
    [
      'a person',
      {
        type: 'add-participant',
        participantId: randomUUID(),
        participant: { name: 'Piotr', group: 'family', role: 'Father', agency: '', email: '' },
      },
      (after) => after.participants.length,
    ],
    [
      'a report',
      {
        type: 'add-report',
        reportId: randomUUID(),
        report: {
          agency: 'Oak Primary School',
          author: 'Mohammed Rahman',
          receivedOn: null,
          sharedWithParents: 'not-known',
          sharedOn: null,
        },
      },
      (after) => after.record.reports.length,
    ],
    [
      'a danger statement',
      {
        type: 'add-danger-statement',
        statementId: randomUUID(),
        statement: { danger: 'Zosia may go hungry', safetyGoal: 'Zosia eats three meals a day' },
      },
      (after) => after.record.scaling.dangerStatements.length,
    ],
    [
      'an action',
      {
        type: 'add-action',
        actionId: randomUUID(),
        action: {
          what: 'Jamie will visit weekly',
          ownerId: null,
          ownerText: 'Jamie',
          due: null,
          dueWithinWorkingDays: 5,
          measure: 'Visits recorded',
          addresses: '',
        },
      },
      (after) => after.record.planActions.length,
    ],
    [
      'progress on an action',
      {
        type: 'add-progress',
        progressId: randomUUID(),
        actionId,
        status: 'on-track',
        note: 'Four of five days',
        on: null,
      },
      (after) => after.record.planActions.flatMap((action) => action.progress).length,
    ],
  ]

  it.each(adds)(
    'adds %s once, under the id its sender chose, and accepts it again without change',
    (_what, command, count) => {
      const once = applyAll(withAction, [command])
      expect(count(once)).toBe(count(withAction) + 1)
      const again = apply(once, command)
      expect(again).toEqual({ ok: true, value: once })
      expect(again.ok && again.value).toBe(once)
    },
  )

  it('refuses a command that adds without saying the id of what it adds, at the boundary', () => {
    const idFields: Record<string, string> = {
      'add-note': 'noteId',
      'add-participant': 'participantId',
      'add-report': 'reportId',
      'add-danger-statement': 'statementId',
      'add-action': 'actionId',
      'add-progress': 'progressId',
    }
    for (const [, command] of adds) {
      const { [idFields[command.type] ?? '']: id, ...withoutId } = command as Record<string, unknown>
      expect(id, command.type).toEqual(expect.any(String))
      expect(MeetingCommandSchema.safeParse(withoutId).success, command.type).toBe(false)
    }
  })

  it('accepts a fifth danger statement sent again, since it is the fourth already there', () => {
    const statements = Array.from({ length: 4 }, (_, index): MeetingCommandInput => ({
      type: 'add-danger-statement',
      statementId: randomUUID(),
      statement: { danger: `Danger ${index}`, safetyGoal: '' },
    }))
    const four = applyAll(meeting, statements)
    const last = statements.at(-1)
    if (!last) throw new Error('no statements')
    expect(apply(four, last)).toEqual({ ok: true, value: four })
  })
})
