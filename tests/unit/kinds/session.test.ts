import { randomUUID } from 'node:crypto'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import type { MediationMeetingValue } from '../../../shared/meeting/meeting.ts'
import {
  applyCommand,
  MeetingCommandSchema,
  type MeetingCommandInput,
} from '../../../shared/meeting/meeting-command.ts'
import { mediationModule } from '../../../shared/kinds/mediation/module.ts'
import { aMediationMeeting } from '../../helpers/builders.ts'
import { addPerson, applyAll as applyAllAt } from '../../helpers/commands.ts'
import { renderDocuments } from '../../helpers/render-documents.ts'

const anna = randomUUID()
const ben = randomUUID()
const mediator = randomUUID()
const annasRoom = 'Anna said she is frightened when Ben raises his voice at handovers.'
const bensRoom = 'Ben said he has not told Anna about his new job in Leeds.'

const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

const person = (id: string, name: string, role: string, group: 'family' | 'professional') =>
  addPerson(name, group, role, '', id)

const roomNote = (text: string, partyId: string): MeetingCommandInput => ({
  type: 'add-note',
  noteId: randomUUID(),
  sectionKey: null,
  speakerId: partyId,
  text,
  visibility: { to: 'party', partyId },
  verbatim: false,
})

/** A shuttle session with a private note in each parent's room. */
function shuttle(): MediationMeetingValue {
  return applyAll(aMediationMeeting({ kind: 'mediation-session', familyName: 'Byrne', date: '2026-12-09' }), [
    person(mediator, 'Siobhán Kelly', 'Mediator', 'professional'),
    person(anna, 'Anna Byrne', 'Mother', 'family'),
    person(ben, 'Ben Ó Briain', 'Father', 'family'),
    { type: 'set-chair', participantId: mediator },
    roomNote(annasRoom, anna),
    roomNote(bensRoom, ben),
  ])
}

/** Each parent signs the agreement to mediate (one drawn, one typed), then the mediator. */
const bothSign: ReadonlyArray<MeetingCommandInput> = [
  { type: 'sign-agreement-to-mediate', partyId: anna, mark: { kind: 'typed', text: 'Anna Byrne' } },
  { type: 'sign-agreement-to-mediate', partyId: ben, mark: { kind: 'drawn', png: onePixelPng } },
  { type: 'countersign-agreement-to-mediate' },
]

/** Changes made on the day of the session (it is closed and signed on the day, never before). */
const applyAll = <M extends MediationMeetingValue>(
  meeting: M,
  commands: ReadonlyArray<MeetingCommandInput>,
  start = '2026-12-09T10:00:00.000Z',
) => applyAllAt(meeting, commands, start)

function apply(meeting: MediationMeetingValue, command: MeetingCommandInput) {
  return applyCommand(meeting, MeetingCommandSchema.parse(command), { now: new Date('2026-12-09T15:00:00Z') })
}

describe('what the parents take away from a session', () => {
  it('cannot be closed without saying how it ended, nor as agreed with nothing written', () => {
    const session = shuttle()
    expect(apply(session, { type: 'close-session', outcome: 'agreed' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('at least where the children live') },
    })
    const closed = applyAll(session, [{ type: 'close-session', outcome: 'not-agreed' }])
    expect(closed.record.session?.closed).not.toBeNull()
    expect(apply(closed, { type: 'update-parenting-plan', patch: { handovers: 'Later.' } })).toMatchObject({
      ok: false,
      error: { code: 'signed' },
    })
  })

  it('gives each parent a copy of the plan, from their own projection: never the other parent’s room', async () => {
    const agreed = applyAll(shuttle(), [
      {
        type: 'update-parenting-plan',
        patch: {
          livesWith: 'Ciara and Tomás live with Anna during the week.',
          timeWithEach: 'With Ben every other weekend, Friday 5 pm to Sunday 5 pm.',
          handovers: 'At the school gate, so we do not need to meet.',
          review: 'We will look at this again in June 2027.',
        },
      },
      ...bothSign,
      { type: 'close-session', outcome: 'agreed' },
    ])
    const documents = await renderDocuments(agreed, { signature: null })
    expect(documents.map((document) => document.fileName)).toEqual([
      expect.stringMatching(/^agreement-to-mediate-copy-1-mediation-session-2026-12-09-/),
      expect.stringMatching(/^agreement-to-mediate-copy-2-mediation-session-2026-12-09-/),
      expect.stringMatching(/^parenting-plan-copy-1-mediation-session-2026-12-09-/),
      expect.stringMatching(/^parenting-plan-copy-2-mediation-session-2026-12-09-/),
    ])
    const [forAnna, forBen] = await Promise.all(
      documents
        .slice(2)
        .map(async (document) => (await mammoth.extractRawText({ buffer: document.data })).value),
    )
    for (const text of [forAnna ?? '', forBen ?? '']) {
      expect(text).toContain('Our parenting plan')
      expect(text).toContain('With Ben every other weekend, Friday 5 pm to Sunday 5 pm.')
      expect(text).toContain('They are not a court order')
      expect(text).not.toContain(annasRoom)
      expect(text).not.toContain(bensRoom)
    }
    expect(forAnna).toMatch(/This copy is for: Anna Byrne/)
    expect(forBen).toMatch(/This copy is for: Ben Ó Briain/)
    expect(forBen).toContain('Ben Ó Briain')
    // A plan read from a file is described, never signed here.
    expect(mediationModule.signedVersions(mediationModule.fromElsewhere(agreed))).toEqual([
      expect.objectContaining({ signedElsewhere: true }),
    ])
  })

  it('records that no agreement was reached, with nothing of what was said', async () => {
    const none = applyAll(shuttle(), [{ type: 'close-session', outcome: 'not-agreed' }])
    const [document] = await renderDocuments(none, { signature: null })
    const text = (await mammoth.extractRawText({ buffer: document!.data })).value
    expect(text).toContain('Mediation: no agreement reached')
    expect(text).not.toContain(annasRoom)
    expect(text).not.toContain('Where the children live')
  })
})
