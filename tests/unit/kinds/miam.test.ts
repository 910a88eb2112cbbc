import { randomUUID } from 'node:crypto'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { projectFor } from '../../../shared/meeting/project.ts'
import type { MediationMeetingValue } from '../../../shared/meeting/meeting.ts'
import type { MeetingCommandInput } from '../../../shared/meeting/meeting-command.ts'
import { administratorAudience, familyAudience, type Audience } from '../../../shared/model/visibility.ts'
import { defaultQuestionSet, suggestTriage } from '../../../shared/kinds/mediation/screening.ts'
import { explainedItems } from '../../../shared/kinds/mediation/miam.ts'
import { meetingVersion } from '../../../shared/meeting/versions.ts'
import { aMediationMeeting } from '../../helpers/builders.ts'
import { addPerson, applyAll } from '../../helpers/commands.ts'
import { applyCommand, MeetingCommandSchema } from '../../../shared/meeting/meeting-command.ts'

/** One command, refused or not, as the store would apply it. */
function apply(meeting: MediationMeetingValue, command: MeetingCommandInput) {
  return applyCommand(meeting, MeetingCommandSchema.parse(command), { now: new Date('2026-12-02T12:00:00Z') })
}
import { renderDocuments } from '../../helpers/render-documents.ts'
import { bundledCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { defaultTimescales } from '../../../shared/kinds/conference/timescale-settings.ts'
import { mediationModule } from '../../../shared/kinds/mediation/module.ts'
import { miamReadiness } from '../../../shared/kinds/mediation/miam-rules.ts'
import { followOnMeeting } from '../../../shared/meeting/follow-on.ts'
import { defaultAgenda } from '../../../shared/settings/default-agenda.ts'

const parentId = randomUUID()
const otherParentId = randomUUID()
const mediatorId = randomUUID()
const privateReason = 'Kasia described being followed home after handovers at Tesco car park.'
const privateNote = 'In private time she said he reads her phone every night.'

const person = (id: string, name: string, role: string): MeetingCommandInput =>
  addPerson(name, id === mediatorId ? 'professional' : 'family', role, '', id)

/** A MIAM with Katarzyna Wiśniewska, everything explained, and the answers given. */
function miamWith(answers: Record<string, 'yes' | 'no' | 'not-sure'>): MediationMeetingValue {
  return applyAll(aMediationMeeting({ date: '2026-12-01' }), [
    person(mediatorId, 'Siobhán Ní Bhriain', 'Mediator'),
    person(parentId, 'Katarzyna Wiśniewska', 'Mother'),
    person(otherParentId, 'محمد العلي', 'Father'),
    { type: 'set-chair', participantId: mediatorId },
    { type: 'set-miam-party', partyId: parentId },
    ...explainedItems.map((item) => ({ type: 'mark-explained', item, covered: true }) as MeetingCommandInput),
    ...defaultQuestionSet.questions.map(
      (question) =>
        ({
          type: 'answer-screening',
          questionId: question.id,
          answer: answers[question.id] ?? 'no',
        }) as MeetingCommandInput,
    ),
    {
      type: 'add-note',
      noteId: randomUUID(),
      sectionKey: null,
      speakerId: parentId,
      text: privateNote,
      visibility: { to: 'party', partyId: parentId },
      verbatim: false,
    },
  ])
}

describe('a MIAM, one parent at a time', () => {
  it('suggests a triage from the answers and the agencies, and never decides', () => {
    const none = { enquiryUnderWay: false, protectionPlan: false, childProtectionMediation: false }
    expect(suggestTriage(defaultQuestionSet, {}, none)).toMatchObject({
      level: 'healthy',
      suggestion: 'suitable',
      unanswered: defaultQuestionSet.questions.length,
    })
    expect(suggestTriage(defaultQuestionSet, { 'stuck-arguments': 'yes' }, none)).toMatchObject({
      level: 'harmful-conflict',
      suggestion: 'suitable',
    })
    expect(
      suggestTriage(defaultQuestionSet, { harassment: 'yes', 'stuck-arguments': 'yes' }, none),
    ).toMatchObject({
      level: 'abuse-lower',
      suggestion: 'suitable-with-safeguards',
    })
    expect(suggestTriage(defaultQuestionSet, { 'serious-harm': 'not-sure' }, none).level).toBe('abuse-lower')
    expect(suggestTriage(defaultQuestionSet, { 'money-and-work': 'yes' }, none)).toMatchObject({
      level: 'abuse-higher',
      suggestion: 'not-suitable',
    })
    // A child protection plan: not suitable, unless this is a child protection mediation.
    const plan = { ...none, protectionPlan: true }
    expect(suggestTriage(defaultQuestionSet, {}, plan).suggestion).toBe('not-suitable')
    expect(
      suggestTriage(defaultQuestionSet, {}, { ...plan, childProtectionMediation: true }).suggestion,
    ).toBe('suitable')
  })

  it('cannot be closed without a decision and its reason, nor with an outcome the decision does not allow', () => {
    const screened = miamWith({ 'money-and-work': 'yes', afraid: 'yes' })
    const refused = apply(screened, { type: 'close-miam', outcome: 'not-suitable' })
    expect(refused).toMatchObject({ ok: false })
    expect(!refused.ok && refused.error.message).toContain('Decide whether mediation is suitable')
    expect(!refused.ok && refused.error.message).toContain('Give the reason for your decision')

    // A reason is words: '.' or an invisible character is not one.
    for (const reason of ['.', '\u200B', 'ok'])
      expect(
        apply(
          applyAll(screened, [
            { type: 'decide-suitability', patch: { suitability: 'not-suitable', reason } },
          ]),
          {
            type: 'close-miam',
            outcome: 'not-suitable',
          },
        ).ok,
        JSON.stringify(reason),
      ).toBe(false)
    const decided = applyAll(screened, [
      { type: 'decide-suitability', patch: { suitability: 'not-suitable', reason: privateReason } },
    ])
    expect(apply(decided, { type: 'close-miam', outcome: 'going-ahead' })).toMatchObject({
      ok: false,
      error: { message: 'Mediation can only go ahead when you have decided it is suitable.' },
    })
    const closed = applyAll(decided, [{ type: 'close-miam', outcome: 'not-suitable' }])
    expect(closed.record.miam?.outcome).toBe('not-suitable')
    expect(closed.status).toBe('ended')
    // Closed: locked, and its one version rebuilt as it was closed.
    expect(apply(closed, { type: 'decide-suitability', patch: { reason: 'Changed.' } })).toMatchObject({
      ok: false,
      error: { code: 'signed', message: expect.stringContaining('This is closed and signed') },
    })
    expect(closed.record.miam?.closed?.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is done in full whatever the outcome, with a parent who is a family member', () => {
    const blank = aMediationMeeting()
    expect(apply(blank, { type: 'close-miam', outcome: 'other-did-not-attend' })).toMatchObject({
      ok: false,
      error: { message: 'Choose the parent this MIAM is with before closing it.' },
    })
    // Before the screening has begun, no question is 'the last' one.
    expect(miamReadiness(blank).map((item) => item.label)).toContain('Answer the screening questions')
    const withParent = applyAll(blank, [
      person(mediatorId, 'Siobhán Ní Bhriain', 'Mediator'),
      person(parentId, 'Katarzyna Wiśniewska', 'Mother'),
      { type: 'set-miam-party', partyId: parentId },
    ])
    // A professional (the mediator included) is never the parent a MIAM is with.
    expect(apply(withParent, { type: 'set-miam-party', partyId: mediatorId })).toMatchObject({
      ok: false,
      error: { message: 'A MIAM is with a parent or carer: choose a family member.' },
    })
    // The parent cannot be taken off the meeting from under the MIAM.
    expect(apply(withParent, { type: 'remove-participant', participantId: parentId }).ok).toBe(false)
    // Whatever is signed says who the mediator was.
    expect(apply(withParent, { type: 'close-miam', outcome: 'other-did-not-attend' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Name yourself as the mediator') },
    })
    // The other party not attending theirs does not excuse this parent's screening.
    const refused = apply(applyAll(withParent, [{ type: 'set-chair', participantId: mediatorId }]), {
      type: 'close-miam',
      outcome: 'other-did-not-attend',
    })
    expect(!refused.ok && refused.error.message).toContain('Answer the 12 screening questions left')
    const done = applyAll(miamWith({}), [
      { type: 'decide-suitability', patch: { suitability: 'suitable', reason: 'No concerns raised.' } },
      { type: 'close-miam', outcome: 'other-did-not-attend' },
    ])
    expect(done.record.miam?.outcome).toBe('other-did-not-attend')
  })

  it('shows nobody but the mediator the screening, the agencies or the reasons', () => {
    const decided = applyAll(miamWith({ threats: 'yes', harassment: 'yes' }), [
      { type: 'update-miam-facts', patch: { childrenServices: 'yes', enquiryUnderWay: true } },
      {
        type: 'decide-suitability',
        patch: { suitability: 'suitable', reason: privateReason, safeguards: ['shuttle', 'separate-times'] },
      },
    ])
    const audiences: Audience[] = [
      { kind: 'party', partyId: parentId },
      { kind: 'party', partyId: otherParentId },
      administratorAudience,
      familyAudience,
    ]
    for (const audience of audiences) {
      const projected = projectFor(decided, audience).meeting as MediationMeetingValue
      const text = JSON.stringify(projected)
      expect(text, audience.kind).not.toContain(privateReason)
      expect(projected.record.miam?.answers, audience.kind).toEqual({})
      expect(projected.record.miam?.decision.safeguards, audience.kind).toEqual([])
      expect(projected.record.miam?.facts.enquiryUnderWay, audience.kind).toBe(false)
    }
    // The other parent does not get what this parent said in private.
    const other = JSON.stringify(projectFor(decided, { kind: 'party', partyId: otherParentId }).meeting)
    expect(other).not.toContain(privateNote)
  })

  it('makes an outcome document for the parent that says not suitable without a single screening answer', async () => {
    const closed = applyAll(miamWith({ 'serious-harm': 'yes', marac: 'yes' }), [
      { type: 'update-miam-facts', patch: { protectionPlan: true } },
      {
        type: 'decide-suitability',
        patch: {
          suitability: 'not-suitable',
          reason: privateReason,
          referredTo: 'The IDVA service at Solace',
        },
      },
      { type: 'close-miam', outcome: 'not-suitable' },
    ])
    const version = meetingVersion(closed, null, [])
    // Not rebuilt without its journal: the store's is there in the app (tests/unit/electron/store).
    expect(version.ok).toBe(false)
    const documents = await renderDocuments(closed, { signature: null })
    expect(documents.map((document) => document.fileName)).toEqual([
      expect.stringMatching(/^miam-outcome-miam-2026-12-01-[0-9a-f]{8}\.docx$/),
    ])
    const { value: text } = await mammoth.extractRawText({ buffer: documents[0]!.data })
    expect(text).toContain(
      'Katarzyna Wiśniewska attended a Mediation Information and Assessment Meeting (MIAM).',
    )
    expect(text).toContain('The mediator has decided that mediation is not suitable.')
    for (const secret of [
      privateReason,
      privateNote,
      'Solace',
      'MARAC',
      'child protection plan',
      'محمد العلي',
      ...defaultQuestionSet.questions.map((question) => question.text),
    ])
      expect(text, secret).not.toContain(secret)
  })
})

describe('what follows a MIAM', () => {
  const environment = { calendar: bundledCalendar(), timescales: defaultTimescales() }
  const next = (kind: 'miam' | 'mediation-session') => ({
    id: randomUUID(),
    date: '2026-12-09',
    agenda: defaultAgenda(kind),
    at: '2026-12-02T12:00:00.000Z',
  })

  it('a session and the other parent’s MIAM, carrying the people and nothing either parent said', () => {
    const decided = applyAll(miamWith({ harassment: 'yes' }), [
      { type: 'decide-suitability', patch: { suitability: 'suitable', reason: privateReason } },
    ])
    // Not closed yet: no session.
    expect(mediationModule.followOns(decided, environment).map((option) => option.label)).toEqual([
      'MIAM with the other parent',
    ])
    const screened = applyAll(decided, [{ type: 'close-miam', outcome: 'going-ahead' }])
    expect(mediationModule.followOns(screened, environment).map((option) => option.label)).toEqual([
      'MIAM with the other parent',
      'Start a mediation session',
    ])
    const session = followOnMeeting(screened, 'mediation-session', next('mediation-session'), environment)
    if (!session.ok) throw new Error(session.error.message)
    expect(session.value.caseId).toBe(screened.caseId)
    expect(session.value.participants.map((person) => person.name)).toEqual(
      screened.participants.map((person) => person.name),
    )
    expect(session.value.chairId).toBe(mediatorId)
    expect(JSON.stringify(session.value)).not.toContain(privateNote)
    expect(JSON.stringify(session.value)).not.toContain(privateReason)
    const other = followOnMeeting(screened, 'miam', next('miam'), environment)
    expect(other.ok && other.value.record).toEqual({ family: 'mediation', miam: null, session: null })
  })

  it('no session after a MIAM that found mediation not suitable', () => {
    const closed = applyAll(miamWith({ 'serious-harm': 'yes' }), [
      { type: 'decide-suitability', patch: { suitability: 'not-suitable', reason: privateReason } },
      { type: 'close-miam', outcome: 'not-suitable' },
    ])
    expect(mediationModule.followOns(closed, environment).map((option) => option.kind)).toEqual(['miam'])
    expect(followOnMeeting(closed, 'mediation-session', next('mediation-session'), environment).ok).toBe(
      false,
    )
  })
})

describe('a MIAM read from a file', () => {
  it('is described, never signed here, and an outcome without a closing is refused', async () => {
    const closed = applyAll(miamWith({}), [
      { type: 'decide-suitability', patch: { suitability: 'suitable', reason: 'No concerns.' } },
      { type: 'close-miam', outcome: 'going-ahead' },
    ])
    const elsewhere = mediationModule.fromElsewhere(closed)
    expect(mediationModule.signedVersions(elsewhere)).toEqual([
      expect.objectContaining({ number: 1, signedElsewhere: true }),
    ])
    // Only a closed MIAM has an outcome document.
    const open = applyAll(miamWith({}), [])
    expect(mediationModule.documents(open)).toEqual([])
    expect(mediationModule.documents(closed)).toHaveLength(1)
    // An outcome with no closing (edited by hand) is not a MIAM Convene made.
    const forged = {
      ...open,
      record: { ...open.record, miam: { ...open.record.miam!, outcome: 'going-ahead' as const } },
    }
    expect(mediationModule.referenceProblems(forged)).toEqual([
      { path: 'record.miam.outcome', message: 'A MIAM has an outcome only once it is closed' },
    ])
    // An answer to a question its set does not ask (a file edited by hand) is refused too.
    const planted = {
      ...open,
      record: {
        ...open.record,
        miam: {
          ...open.record.miam!,
          answers: { ...open.record.miam!.answers, 'not-asked': 'yes' as const },
        },
      },
    }
    expect(mediationModule.referenceProblems(planted)).toEqual([
      {
        path: 'record.miam.answers',
        message: 'The MIAM has an answer to a question its screening set does not ask',
      },
    ])
  })
})
