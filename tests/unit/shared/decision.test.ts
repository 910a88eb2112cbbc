import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  applyCommand,
  prepareCommand,
  MeetingCommandSchema,
  type MeetingCommandInput,
} from '../../../shared/meeting/meeting-command.ts'
import type { ConferenceMeetingValue as Meeting } from '../../../shared/meeting/meeting.ts'
import type { Result } from '../../../shared/util/result.ts'
import { kindEnvironment } from '../../../shared/settings/kind-environment.ts'
import { defaultSettings } from '../../../shared/settings/settings.ts'
import { blankActionFields } from '../../../shared/kinds/conference/records.ts'
import { dissentFrom, needsCategory, recommenders } from '../../../shared/kinds/conference/rules/decision.ts'
import { readiness } from '../../../shared/kinds/conference/rules/readiness.ts'
import { aMeeting } from '../../helpers/builders.ts'
import { addPerson, applyAll } from '../../helpers/commands.ts'
import { versionHash } from '../../../shared/model/version-hash.ts'
import { withRecord } from '../../../shared/kinds/conference/conference-meeting.ts'

const settings = kindEnvironment(defaultSettings())
const apply = (meeting: Meeting, command: MeetingCommandInput) =>
  applyCommand(meeting, MeetingCommandSchema.parse(command), {
    now: new Date('2026-12-02T12:00:00.000Z'),
  }) as Result<Meeting>
/** The one decision that stands for every child. */
const decision = (meeting: Meeting) => meeting.record.decisions[0]!

/** A conference with a chair, two parents, three professionals present and one by report. */
function conference(): Meeting {
  const meeting = applyAll(aMeeting({ children: [] }), [
    addPerson('Helen Okafor', 'professional', 'Chair'),
    addPerson('Anna Kowalska', 'family', 'Mother'),
    addPerson('Piotr Kowalski', 'family', 'Father'),
    addPerson('Jamie Reid', 'professional', 'Social worker'),
    addPerson('Sarah Jones', 'professional', 'Health visitor'),
    addPerson('Mohammed Rahman', 'professional', 'Head teacher'),
    {
      type: 'add-participant',
      participantId: randomUUID(),
      participant: {
        name: 'PC Dan Hart',
        group: 'professional',
        role: 'Police',
        agency: '',
        email: '',
        attendance: { status: 'report-only', from: null, until: null, reason: '' },
      },
    },
  ])
  const chair = meeting.participants[0]?.id ?? null
  return applyAll(meeting, [{ type: 'set-chair', participantId: chair }])
}
const id = (meeting: Meeting, name: string): string =>
  meeting.participants.find((person) => person.name === name)?.id ?? ''

function decided(): Meeting {
  const meeting = conference()
  return applyAll(meeting, [
    {
      type: 'set-recommendation',
      personId: id(meeting, 'Jamie Reid'),
      patch: { outcome: 'cp-plan', rationale: 'Neglect over two years.' },
    },
    {
      type: 'set-recommendation',
      personId: id(meeting, 'Sarah Jones'),
      patch: { outcome: 'cp-plan', rationale: 'Missed health checks.' },
    },
    {
      type: 'set-recommendation',
      personId: id(meeting, 'Mohammed Rahman'),
      patch: { outcome: 'cin-plan', rationale: 'School sees progress.' },
    },
    {
      type: 'set-recommendation',
      personId: id(meeting, 'PC Dan Hart'),
      patch: { outcome: 'cp-plan', rationale: 'Two call-outs.' },
    },
    {
      type: 'update-decision',
      patch: { outcome: 'cp-plan', category: 'neglect', reasons: 'Zosia has been harmed by neglect.' },
    },
  ])
}

describe('recommendations and dissent', () => {
  it('asks professionals there or by report, not the chair, the minute taker or the family', () => {
    expect(recommenders(conference()).map((person) => person.name)).toEqual([
      'Jamie Reid',
      'Sarah Jones',
      'Mohammed Rahman',
      'PC Dan Hart',
    ])
  })

  it('finds every recommendation that differs from the decision, with its rationale', () => {
    const meeting = decided()
    expect(
      dissentFrom(meeting.participants, decision(meeting)).map(({ person, recommendation }) => [
        person.name,
        recommendation.outcome,
        recommendation.rationale,
      ]),
    ).toEqual([['Mohammed Rahman', 'cin-plan', 'School sees progress.']])
    const changed = applyAll(meeting, [{ type: 'update-decision', patch: { outcome: 'cin-plan' } }])
    expect(dissentFrom(changed.participants, decision(changed)).map(({ person }) => person.name)).toEqual([
      'Jamie Reid',
      'Sarah Jones',
      'PC Dan Hart',
    ])
    expect(
      dissentFrom(
        meeting.participants,
        decision(applyAll(meeting, [{ type: 'update-decision', patch: { outcome: null } }])),
      ),
    ).toEqual([])
  })

  it('changes one recommendation at a time, and refuses one for someone not at the meeting', () => {
    const meeting = decided()
    const jamie = id(meeting, 'Jamie Reid')
    const changed = applyAll(meeting, [
      { type: 'set-recommendation', personId: jamie, patch: { rationale: 'Updated.' } },
    ])
    expect(decision(changed).recommendations.find((item) => item.personId === jamie)).toEqual({
      personId: jamie,
      outcome: 'cp-plan',
      rationale: 'Updated.',
      visibility: { to: 'everyone' },
    })
    const refused = apply(meeting, {
      type: 'set-recommendation',
      personId: randomUUID(),
      patch: { outcome: 'cp-plan' },
    })
    expect(refused.ok).toBe(false)
  })

  it('keeps someone who has recommended from being removed, and forgets an empty recommendation', () => {
    const meeting = decided()
    const refused = apply(meeting, { type: 'remove-participant', participantId: id(meeting, 'Jamie Reid') })
    expect(!refused.ok && refused.error.message).toMatch(/named in the recommendations/)
    const base = conference()
    const blank = applyAll(base, [
      { type: 'set-recommendation', personId: id(base, 'Sarah Jones'), patch: { outcome: null } },
    ])
    const sarah = id(blank, 'Sarah Jones')
    const removed = applyAll(blank, [{ type: 'remove-participant', participantId: sarah }])
    expect(decision(removed).recommendations).toEqual([])
  })

  it('needs a category only where there is a child protection plan', () => {
    expect(needsCategory('cp-plan')).toBe(true)
    expect(needsCategory('change-category')).toBe(true)
    expect(needsCategory('cin-plan')).toBe(false)
    expect(needsCategory('end-cp-plan-nfa')).toBe(false)
    expect(needsCategory(null)).toBe(false)
  })
})

describe('the readiness checklist', () => {
  it('lists what is missing, each with where to fix it', () => {
    const meeting = applyAll(conference(), [
      {
        type: 'add-report',
        reportId: randomUUID(),
        report: {
          agency: 'Health visiting',
          author: '',
          receivedOn: null,
          sharedWithParents: 'no',
          sharedOn: null,
        },
      },
      { type: 'update-decision', patch: { outcome: 'cp-plan' } },
    ])
    const items = readiness(meeting, settings)
    expect(items.map((item) => item.id)).toEqual([
      `recommendation-${id(meeting, 'Jamie Reid')}`,
      `recommendation-${id(meeting, 'Sarah Jones')}`,
      `recommendation-${id(meeting, 'Mohammed Rahman')}`,
      'decision-reasons',
      'category',
      'plan-empty',
      'contingency',
      'next-dates',
      'reports',
    ])
    expect(items.find((item) => item.id === 'category')?.fix).toEqual({
      tab: 'decision',
      anchor: 'decision-category',
    })
    expect(items.find((item) => item.id === 'next-dates')?.label).toBe(
      'Next dates not set: first core group, first review conference',
    )
  })

  it('goes clear when the record is complete', () => {
    const meeting = decided()
    const complete = applyAll(meeting, [
      {
        type: 'add-action',
        actionId: randomUUID(),
        action: {
          what: 'Anna and Piotr will take Zosia to every health appointment',
          ownerId: id(meeting, 'Anna Kowalska'),
          ownerText: '',
          due: null,
          dueWithinWorkingDays: 60,
          measure: 'No missed appointments in 3 months',
          addresses: 'Health needs',
        },
      },
      { type: 'update-plan-frame', patch: { contingency: 'A legal planning meeting will be held.' } },
      { type: 'set-dates', patch: { firstCoreGroup: '2026-12-15', nextReview: '2027-02-24' } },
    ])
    expect(readiness(complete, settings)).toEqual([])
  })

  it('counts plan actions that fail the SMART check and open wording suggestions', () => {
    const meeting = applyAll(decided(), [
      {
        type: 'add-action',
        actionId: randomUUID(),
        action: { ...blankActionFields(), what: 'Professionals will support the family' },
      },
      {
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: 'current-worries',
        text: 'Mum failed to attend.',
        speakerId: null,
        visibility: { to: 'everyone' },
        verbatim: false,
      },
    ])
    const labels = readiness(meeting, settings).map((item) => item.label)
    expect(labels).toContain('1 action fails the SMART check')
    expect(labels).toContain('2 wording suggestions are still open')
  })

  it('takes the open wording suggestions from a check run elsewhere, and is not clear while it runs', () => {
    const meeting = decided()
    const language = (open: number | 'checking') =>
      readiness(meeting, settings, { openLanguageFindings: open }).filter((item) => item.id === 'language')
    expect(language(3).map((item) => item.label)).toEqual(['3 wording suggestions are still open'])
    expect(language(0)).toEqual([])
    expect(language('checking')).toEqual([
      {
        id: 'language',
        label: 'The wording is still being checked',
        fix: { tab: 'language', anchor: 'language-findings' },
      },
    ])
  })
})

describe('sign-off', () => {
  it('works out the open items in main: a window that says nothing is open is not believed', () => {
    const meeting = conference()
    const open = readiness(meeting, settings).map((item) => item.label)
    expect(open.length).toBeGreaterThan(0)
    const claimed = MeetingCommandSchema.parse({ type: 'sign-off', openItems: [], reason: '' })
    const prepared = prepareCommand(meeting, claimed, settings)
    expect(prepared).toMatchObject({ type: 'sign-off', openItems: open })
    const refused = applyCommand(meeting, prepared, { now: new Date('2026-12-02T12:00:00Z') })
    expect(!refused.ok && refused.error.message).toMatch(/Give a reason/)
  })

  it('needs a reason to sign with items open, and records it', () => {
    const meeting = conference()
    const refused = apply(meeting, {
      type: 'sign-off',
      openItems: ['The decision is not recorded'],
      reason: ' ',
    })
    expect(!refused.ok && refused.error.message).toMatch(/Give a reason/)
    const signed = apply(meeting, {
      type: 'sign-off',
      openItems: ['The decision is not recorded'],
      reason: 'The decision is recorded in the letter sent on the day.',
    })
    expect(signed.ok && signed.value.record.signOff).toEqual({
      at: '2026-12-02T12:00:00.000Z',
      openItems: ['The decision is not recorded'],
      reason: 'The decision is recorded in the letter sent on the day.',
    })
    expect(signed.ok && signed.value.status).toBe('ended')
  })
})

describe('signed versions and corrections', () => {
  it('locks the signed minutes as a version with its hash, and refuses changes until a correction starts', () => {
    // The plan is not written yet: Convene lists that, so the chair gives a reason to sign now.
    const signed = applyAll(decided(), [{ type: 'sign-off', reason: 'The plan follows in the letter.' }])
    const [first] = signed.record.signedVersions
    expect(first).toMatchObject({
      number: 1,
      signer: { name: 'Helen Okafor', role: 'Chair' },
      corrections: [],
    })
    // The hash is of the meeting as signed, without its versions; the version holds no copy of it (the
    // journal rebuilds it: tests/unit/electron/store/signed-versions.test.ts).
    expect(first?.hash).toBe(versionHash(withRecord(signed, { signedVersions: [], correction: null })))
    expect(first).not.toHaveProperty('snapshot')
    const refused = apply(signed, { type: 'update-decision', patch: { reasons: 'Changed.' } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'signed' } })
    expect(apply(signed, { type: 'set-dates', patch: { minutesSent: '2026-12-10' } }).ok).toBe(true)
  })

  it('makes a new version for a correction, with what changed, who asked and when; the first stays as it was', () => {
    const signed = applyAll(decided(), [{ type: 'sign-off', reason: 'The plan follows in the letter.' }])
    const corrected = applyAll(signed, [
      {
        type: 'start-correction',
        correction: { what: 'The school report date was wrong', askedBy: 'Mohammed Rahman' },
      },
      { type: 'update-decision', patch: { reasons: 'Zofia has been harmed by neglect over two years.' } },
      { type: 'sign-off', reason: 'The plan follows in the letter.' },
    ])
    expect(corrected.record.signedVersions.map((version) => version.number)).toEqual([1, 2])
    expect(corrected.record.signedVersions[0]).toEqual(signed.record.signedVersions[0])
    expect(corrected.record.signedVersions[1]?.corrections).toEqual([
      {
        what: 'The school report date was wrong',
        askedBy: 'Mohammed Rahman',
        at: '2026-12-02T10:00:00.000Z',
      },
    ])
    expect(corrected.record.signedVersions[1]?.hash).not.toBe(corrected.record.signedVersions[0]?.hash)
    expect(corrected.record.correction).toBeNull()
    expect(apply(decided(), { type: 'start-correction', correction: { what: 'x', askedBy: 'y' } }).ok).toBe(
      false,
    )
  })
})
