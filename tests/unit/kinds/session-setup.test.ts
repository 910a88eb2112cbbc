import { randomUUID } from 'node:crypto'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import type { MediationMeetingValue } from '../../../shared/meeting/meeting.ts'
import {
  applyCommand,
  MeetingCommandSchema,
  type MeetingCommandInput,
} from '../../../shared/meeting/meeting-command.ts'
import { followOnMeeting } from '../../../shared/meeting/follow-on.ts'
import { bundledCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { defaultTimescales } from '../../../shared/kinds/conference/timescale-settings.ts'
import { defaultAgenda } from '../../../shared/settings/default-agenda.ts'
import { aMediationMeeting } from '../../helpers/builders.ts'
import { addPerson, applyAll as applyAllAt } from '../../helpers/commands.ts'
import { renderDocuments } from '../../helpers/render-documents.ts'

const anna = randomUUID()
const ben = randomUUID()
const mediator = randomUUID()
const ciara = randomUUID()
const grandmother = randomUUID()
const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const whatCiaraSaid = 'Ciara said she hides upstairs when Dad shouts at handovers.'
const ciarasMessage = 'I want to see Dad on Saturdays and I do not want to choose.'

/** A joint session with Anna and Ben, the mediator in the chair, and Ciara (11) as their child. */
function joint(): MediationMeetingValue {
  const meeting = aMediationMeeting({
    kind: 'mediation-session',
    familyName: 'Byrne',
    date: '2026-12-09',
    children: [{ id: ciara, name: 'Ciara Byrne', dateOfBirth: '2015-03-01', knownAs: '' }],
  })
  return applyAll(meeting, [
    addPerson('Siobhán Kelly', 'professional', 'Mediator', '', mediator),
    addPerson('Anna Byrne', 'family', 'Mother', '', anna),
    addPerson('Ben Ó Briain', 'family', 'Father', '', ben),
    { type: 'set-chair', participantId: mediator },
    { type: 'set-session-format', format: 'joint' },
  ])
}

/** Changes made on the day of the session (it is closed and signed on the day, never before). */
const applyAll = <M extends MediationMeetingValue>(
  meeting: M,
  commands: ReadonlyArray<MeetingCommandInput>,
  start = '2026-12-09T10:00:00.000Z',
) => applyAllAt(meeting, commands, start)

const apply = (meeting: MediationMeetingValue, command: MeetingCommandInput) =>
  applyCommand(meeting, MeetingCommandSchema.parse(command), { now: new Date('2026-12-09T15:00:00Z') })

const annaSigns: MeetingCommandInput = {
  type: 'sign-agreement-to-mediate',
  partyId: anna,
  mark: { kind: 'typed', text: 'Anna Byrne' },
}
const benSigns: MeetingCommandInput = {
  type: 'sign-agreement-to-mediate',
  partyId: ben,
  mark: { kind: 'drawn', png: onePixelPng },
}
const plan: MeetingCommandInput = {
  type: 'update-parenting-plan',
  patch: {
    livesWith: 'Ciara lives with Anna during the week.',
    finance: 'We will sell the house in Galway Road and share what is left equally.',
  },
}

async function textOf(data: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: data })).value
}

describe('the agreement to mediate, signed at the first session', () => {
  it('is signed by each parent, then the mediator; a session reaches no agreement without it', () => {
    const session = joint()
    expect(apply(session, { type: 'countersign-agreement-to-mediate' })).toMatchObject({
      ok: false,
      error: { message: 'Each parent signs before you do: still to sign, Anna Byrne, Ben Ó Briain.' },
    })
    expect(
      apply(session, {
        type: 'sign-agreement-to-mediate',
        partyId: mediator,
        mark: { kind: 'typed', text: 'S' },
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('Only a parent') } })
    const written = applyAll(session, [plan])
    expect(apply(written, { type: 'close-session', outcome: 'agreed' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('sign the agreement to mediate') },
    })
    // Never closed and signed before the day of the session.
    expect(
      applyCommand(written, MeetingCommandSchema.parse({ type: 'close-session', outcome: 'not-agreed' }), {
        now: new Date('2026-12-08T15:00:00Z'),
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('can be signed from that day') } })
    // No agreement needs no agreement to mediate: the parents may not have signed at all.
    expect(apply(written, { type: 'close-session', outcome: 'not-agreed' }).ok).toBe(true)
    const signed = applyAll(written, [annaSigns, benSigns, { type: 'countersign-agreement-to-mediate' }])
    expect(apply(signed, annaSigns)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('already') },
    })
    expect(apply(signed, { type: 'close-session', outcome: 'agreed' }).ok).toBe(true)
  })

  it('is not signed again at a later session, which says when it was', () => {
    const first = applyAll(joint(), [annaSigns, benSigns, { type: 'countersign-agreement-to-mediate' }, plan])
    const closed = applyAll(first, [{ type: 'close-session', outcome: 'partly-agreed' }])
    const next = followOnMeeting(
      closed,
      'mediation-session',
      {
        id: randomUUID(),
        date: '2026-12-16',
        agenda: defaultAgenda('mediation-session'),
        at: '2026-12-10T09:00:00.000Z',
      },
      { calendar: bundledCalendar(), timescales: defaultTimescales() },
    )
    if (!next.ok) throw new Error(next.error.message)
    const later = next.value as MediationMeetingValue
    // The plan so far goes on to be worked on; how the last session ended does not.
    expect(later.record.session).toMatchObject({
      plan: { livesWith: 'Ciara lives with Anna during the week.' },
      outcome: null,
      closed: null,
    })
    expect(later.record.session?.agreement).toEqual({
      signatures: [],
      mediatorSignedAt: null,
      signedEarlier: '2026-12-09',
    })
    expect(apply(later, annaSigns)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('earlier session') },
    })
    expect(
      applyAll(later, [plan, { type: 'close-session', outcome: 'agreed' }], '2026-12-16T10:00:00.000Z').record
        .session?.closed,
    ).not.toBeNull()
  })

  it('gives each parent a copy with both signatures, the mediator’s, and the safeguarding exception', async () => {
    const signed = applyAll(joint(), [
      annaSigns,
      benSigns,
      { type: 'countersign-agreement-to-mediate' },
      plan,
    ])
    const closed = applyAll(signed, [{ type: 'close-session', outcome: 'agreed' }])
    const documents = await renderDocuments(closed, {
      signature: {
        name: 'Siobhán Kelly',
        role: 'Mediator',
        signedAt: '2026-12-09T16:00:00.000Z',
        image: null,
      },
    })
    const agreements = documents.filter((document) => document.fileName.startsWith('agreement-to-mediate'))
    expect(agreements).toHaveLength(2)
    const text = await textOf(agreements[1]!.data)
    expect(text).toContain('This copy is for: Ben Ó Briain')
    expect(text).toContain('Keeping children safe comes before confidentiality')
    expect(text).toMatch(
      /Signed by Anna Byrne[\s\S]*Signed by Ben Ó Briain[\s\S]*The mediator’s signature[\s\S]*Siobhán Kelly/,
    )
    // Ben's drawn signature is in the document as he drew it.
    const zip = await JSZip.loadAsync(agreements[1]!.data)
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(true)
    // Line spacing that grows with the line: LibreOffice clipped a drawn signature to one line without it.
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:line="276" w:lineRule="auto"')
    const planText = await textOf(
      documents.find((document) => document.fileName.startsWith('parenting-plan-copy-1'))!.data,
    )
    expect(planText).toContain('Property and money: our proposals')
    expect(planText).toContain('We will sell the house in Galway Road')
  })
})

describe('a child-inclusive consultation', () => {
  const consulted = (patch: Record<string, unknown>) =>
    applyAll(joint(), [
      annaSigns,
      benSigns,
      { type: 'countersign-agreement-to-mediate' },
      plan,
      {
        type: 'update-child-consultation',
        patch: {
          childId: ciara,
          childSaid: whatCiaraSaid,
          toShare: ciarasMessage,
          seenOn: '2026-12-08',
          ...patch,
        },
      },
      { type: 'close-session', outcome: 'agreed' },
    ])

  it('never puts what the child said in a parent’s copy, and shares their message only as they wished', async () => {
    const everyoneAgreed = consulted({
      parentsConsented: [anna, ben],
      childConsented: true,
      shareWith: 'both-parents',
    })
    for (const document of await renderDocuments(everyoneAgreed, { signature: null })) {
      const text = await textOf(document.data)
      expect(text).not.toContain(whatCiaraSaid)
      if (document.fileName.startsWith('parenting-plan')) {
        expect(text).toContain('What Ciara Byrne asked us to tell you both')
        expect(text).toContain(ciarasMessage)
      }
    }
    // A grandmother at the session gets a copy too: her consent is needed as much as each parent's.
    const withGrandmother = applyAll(joint(), [
      addPerson('Nóra Byrne', 'family', 'Grandmother', '', grandmother),
      annaSigns,
      benSigns,
      {
        type: 'sign-agreement-to-mediate',
        partyId: grandmother,
        mark: { kind: 'typed', text: 'Nóra Byrne' },
      },
      { type: 'countersign-agreement-to-mediate' },
      plan,
      {
        type: 'update-child-consultation',
        patch: {
          childId: ciara,
          toShare: ciarasMessage,
          parentsConsented: [anna, grandmother],
          childConsented: true,
          shareWith: 'both-parents',
        },
      },
      { type: 'close-session', outcome: 'agreed' },
    ])
    for (const document of await renderDocuments(withGrandmother, { signature: null }))
      expect(await textOf(document.data)).not.toContain(ciarasMessage)
    expect(
      apply(joint(), { type: 'update-child-consultation', patch: { parentsConsented: [anna, anna] } }),
    ).toMatchObject({ ok: false })
    const keptPrivate = consulted({
      parentsConsented: [anna, ben],
      childConsented: true,
      shareWith: 'nobody',
    })
    const oneParentOnly = consulted({
      parentsConsented: [anna],
      childConsented: true,
      shareWith: 'both-parents',
    })
    for (const meeting of [keptPrivate, oneParentOnly])
      for (const document of await renderDocuments(meeting, { signature: null })) {
        const text = await textOf(document.data)
        expect(text).not.toContain(ciarasMessage)
        expect(text).not.toContain(whatCiaraSaid)
      }
  })

  it('takes consent only from a parent at the session, about a child of the session', () => {
    expect(
      apply(joint(), { type: 'update-child-consultation', patch: { parentsConsented: [mediator] } }),
    ).toMatchObject({
      ok: false,
    })
    expect(
      apply(joint(), { type: 'update-child-consultation', patch: { childId: randomUUID() } }),
    ).toMatchObject({
      ok: false,
    })
  })
})
