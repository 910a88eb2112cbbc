import { randomUUID } from 'node:crypto'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { MeetingCommandInput } from '../../shared/meeting/meeting-command.ts'
import type { HostCall } from '../helpers/host-rpc.ts'
import { heldMiam, must, type MediationPeople } from '../helpers/mediation-case.ts'

/**
 * The outcomes e2e's cases: two mediators' families, in many scripts, each case recorded through a test
 * host's channels as the mediator would on screen, and a conference service's outcomes file.
 */

/** A family in mediation, in its own script; what was said in the session, which no outcomes file may hold. */
export type Family = {
  readonly familyName: string
  readonly childName: string
  readonly people: MediationPeople
  readonly said: string
  readonly how: 'agreed' | 'partly' | 'withdrawn' | 'not-suitable' | 'closed'
  /** Each parent's own (conflict, communication) at the first MIAM, and at the end where there is one. */
  readonly mother: readonly [readonly [number, number], readonly [number, number] | null]
  readonly father: readonly [readonly [number, number], readonly [number, number] | null]
}

const person = (name: string, role: string) => ({ id: randomUUID(), name, role })
const mediatorA = person('Siobhán Ní Bhriain', 'Mediator')
const mediatorB = person('Aarav Mehta', 'Mediator')

const family = (
  familyName: string,
  childName: string,
  mediator: MediationPeople['mediator'],
  mother: string,
  father: string,
  rest: Omit<Family, 'familyName' | 'childName' | 'people'>,
): Family => ({
  familyName,
  childName,
  people: { mediator, mother: person(mother, 'Mother'), father: person(father, 'Father') },
  ...rest,
})

/** The first mediator's three cases: an agreement (recorded on screen), a withdrawal, not suitable. */
export const laptopA: ReadonlyArray<Family> = [
  family('Wiśniewska', 'Zofia', mediatorA, 'Katarzyna Wiśniewska', 'Tomasz Wiśniewski', {
    how: 'agreed',
    said: 'Tomasz said Zofia cries at handovers at the petrol station.',
    mother: [
      [8, 3],
      [4, 6],
    ],
    father: [
      [9, 3],
      [5, 6],
    ],
  }),
  family('Ó Súilleabháin', 'Aoife', mediatorA, 'Máire Ní Shúilleabháin', 'Pádraig Ó Súilleabháin', {
    how: 'withdrawn',
    said: 'Pádraig said he will not sit in a room with her solicitor.',
    mother: [[7, 2], null],
    father: [[10, 2], null],
  }),
  family('العلي', 'ليلى', mediatorA, 'فاطمة العلي', 'محمد العلي', {
    how: 'not-suitable',
    said: 'Fatima said she is frightened to be in the same building.',
    mother: [[9, 1], null],
    father: [[9, 1], null],
  }),
]

/** The second mediator's three: a partial agreement, no agreement, an agreement. */
export const laptopB: ReadonlyArray<Family> = [
  family('王', '王小明', mediatorB, '李娜', '王伟', {
    how: 'partly',
    said: 'Li Na said the weekends are still not settled.',
    mother: [
      [6, 3],
      [5, 6],
    ],
    father: [
      [8, 3],
      [6, 6],
    ],
  }),
  family('शर्मा', 'अनन्या', mediatorB, 'प्रिया शर्मा', 'राहुल शर्मा', {
    how: 'closed',
    said: 'Rahul said the school run is the hardest part.',
    mother: [
      [9, 3],
      [9, 6],
    ],
    father: [
      [7, 3],
      [8, 6],
    ],
  }),
  family('Kowalski', 'Zosia', mediatorB, 'Anna Kowalska', 'Piotr Kowalski', {
    how: 'agreed',
    said: 'Anna said Zosia wants to see her grandmother on Sundays.',
    mother: [
      [5, 3],
      [2, 6],
    ],
    father: [
      [8, 3],
      [3, 6],
    ],
  }),
]

const note = (text: string, speakerId: string): MeetingCommandInput => ({
  type: 'add-note',
  noteId: randomUUID(),
  sectionKey: null,
  speakerId,
  text,
  visibility: { to: 'everyone' },
  verbatim: false,
})

const rating = (partyId: string, when: 'first-miam' | 'end', pair: readonly [number, number]) => ({
  type: 'record-rating',
  partyId,
  when,
  rating: { conflict: pair[0], communication: pair[1] },
})

/**
 * One case recorded through the host's channels, as the mediator would on screen (the screens of MIAMs and
 * sessions have their own tests): the MIAMs, consent, a session where there is one, how it ended, and the
 * ratings (except where `onScreen`, for which the test uses the case screen). Dates are in the autumn.
 */
export async function recordCase(
  call: HostCall,
  each: Family,
  month: number,
  onScreen: boolean,
): Promise<string> {
  const { mother, father } = each.people
  const day = (date: number) => `2026-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`
  const options = { people: each.people, familyName: each.familyName, childName: each.childName }
  const first = await heldMiam(call, {
    ...options,
    caseId: null,
    parent: 'mother',
    date: day(3),
    outcome: each.how === 'not-suitable' ? 'not-suitable' : 'going-ahead',
    reason: `${each.said} Decided after private time.`,
  })
  const caseId = first.caseId ?? ''
  const apply = (command: unknown) => must(call('cases.apply', caseId, command))
  if (!onScreen) await apply({ type: 'update-case-details', referredOn: day(1) })
  if (!onScreen) await apply(rating(mother.id, 'first-miam', each.mother[0]))
  if (each.how === 'not-suitable') return caseId
  const second = await heldMiam(call, {
    ...options,
    caseId,
    parent: 'father',
    date: day(5),
    outcome: 'going-ahead',
  })
  if (!onScreen) await apply(rating(father.id, 'first-miam', each.father[0]))
  await apply({ type: 'record-consent', partyId: mother.id, on: day(6) })
  await apply({ type: 'record-consent', partyId: father.id, on: day(6) })
  if (each.how === 'withdrawn') await apply({ type: 'record-withdrawal', by: father.id, on: day(20) })
  if (each.how === 'closed') await apply({ type: 'close-case', on: day(24) })
  if (each.how === 'agreed' || each.how === 'partly') {
    let session = await must<Meeting>(call('meetings.followOn', second.id, 'mediation-session', day(19)))
    const childId = session.children[0]?.id ?? null
    for (const command of [
      { type: 'set-session-format', format: each.how === 'agreed' ? 'joint' : 'shuttle' },
      { type: 'sign-agreement-to-mediate', partyId: mother.id, mark: { kind: 'typed', text: mother.name } },
      { type: 'sign-agreement-to-mediate', partyId: father.id, mark: { kind: 'typed', text: father.name } },
      { type: 'countersign-agreement-to-mediate' },
      note(each.said, father.id),
      ...(each.how === 'agreed'
        ? [
            {
              type: 'update-child-consultation',
              patch: {
                childId,
                parentsConsented: [mother.id, father.id],
                childConsented: true,
                seenOn: day(12),
                childSaid: `${each.childName} said she misses the dog.`,
              },
            },
          ]
        : []),
      {
        type: 'update-parenting-plan',
        patch: { livesWith: `${each.childName} lives with her mother in the week.` },
      },
      { type: 'close-session', outcome: each.how === 'agreed' ? 'agreed' : 'partly-agreed' },
    ])
      session = await must<Meeting>(call('meetings.apply', session.id, command))
  }
  if (!onScreen) {
    if (each.mother[1]) await apply(rating(mother.id, 'end', each.mother[1]))
    if (each.father[1]) await apply(rating(father.id, 'end', each.father[1]))
    await apply({ type: 'update-measures', coachingGiven: each.how !== 'withdrawn', court: 'no' })
  }
  return caseId
}

/**
 * A conference service's outcomes file (as a chair's Convene writes one): August, six conferences with
 * the minutes on time; September, ten, half of them late; October, three, too few to show.
 */
export function conferenceFile() {
  const row = (month: string, minutesOnTime: string) => ({
    type: 'conference',
    rowId: randomUUID(),
    kind: 'icpc',
    month,
    children: 2,
    conferenceOnTime: 'on-time',
    decisionOnTime: 'on-time',
    minutesOnTime,
    childViewGathered: true,
    childViewWays: ['advocate', 'told-social-worker'],
    parentsInvited: 2,
    parentsTookPart: 1,
    decision: 'plan',
    category: 'neglect',
    repeatPlan: false,
  })
  return {
    format: 'convene-outcomes',
    version: 1,
    exportId: randomUUID(),
    sourceId: randomUUID(),
    exportNumber: 1,
    month: '2026-11',
    rows: [
      ...Array.from({ length: 6 }, () => row('2026-08', 'on-time')),
      ...Array.from({ length: 10 }, (_, index) => row('2026-09', index < 5 ? 'on-time' : 'late')),
      ...Array.from({ length: 3 }, () => row('2026-10', 'late')),
    ],
  }
}
