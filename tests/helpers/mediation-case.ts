import { randomUUID } from 'node:crypto'
import { explainedItems } from '../../shared/kinds/mediation/miam.ts'
import { defaultQuestionSet } from '../../shared/kinds/mediation/screening.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { MeetingCommandInput } from '../../shared/meeting/meeting-command.ts'
import type { Result } from '../../shared/util/result.ts'
import { addPerson } from './commands.ts'

type Call = (channel: string, ...args: unknown[]) => Promise<Result<unknown>>

/** The people of a mediation case, each with the identifier they keep in every meeting of it. */
export const mediationPeople = {
  mediator: { id: randomUUID(), name: 'Siobhán Ní Bhriain', role: 'Mediator' },
  mother: { id: randomUUID(), name: 'Katarzyna Wiśniewska', role: 'Mother' },
  father: { id: randomUUID(), name: 'محمد العلي', role: 'Father' },
} as const

/** The people of a mediation case, by their part in it. */
export type MediationPeople = {
  readonly [K in 'mediator' | 'mother' | 'father']: {
    readonly id: string
    readonly name: string
    readonly role: string
  }
}

async function must<T>(result: Promise<Result<unknown>>): Promise<T> {
  const settled = await result
  if (!settled.ok) throw new Error(settled.error.message)
  return settled.value as T
}

/**
 * A MIAM held through the handlers as a mediator would: the mediator and both parents added, the parent
 * chosen, everything explained, every question answered 'no', the decision made and the MIAM closed with
 * the outcome given. In the case named, or a new one.
 */
export async function heldMiam(
  call: Call,
  options: {
    readonly caseId: string | null
    readonly parent: 'mother' | 'father'
    readonly date: string
    readonly outcome: 'going-ahead' | 'not-suitable'
    /** The questions answered yes (the rest no). */
    readonly yes?: ReadonlyArray<string>
    /** The mediator's reason for the decision. */
    readonly reason?: string
    /** Anything else done in the MIAM before it is closed (notes in private time, the agencies). */
    readonly before?: ReadonlyArray<MeetingCommandInput>
    /** Another family's people (the Wiśniewska family's by default). */
    readonly people?: MediationPeople
    readonly familyName?: string
    readonly childName?: string
  },
): Promise<Meeting> {
  const people = options.people ?? mediationPeople
  const { mediator, mother, father } = people
  const created = await must<Meeting>(
    call('meetings.create', {
      kind: 'miam',
      familyName: options.familyName ?? 'Wiśniewska',
      date: options.date,
      children: [{ name: options.childName ?? 'Zofia', dateOfBirth: '2016-04-02' }],
      caseId: options.caseId,
    }),
  )
  const commands: MeetingCommandInput[] = [
    addPerson(mediator.name, 'professional', mediator.role, '', mediator.id),
    addPerson(mother.name, 'family', mother.role, '', mother.id),
    addPerson(father.name, 'family', father.role, '', father.id),
    { type: 'set-chair', participantId: mediator.id },
    { type: 'set-miam-party', partyId: people[options.parent].id },
    ...explainedItems.map((item): MeetingCommandInput => ({ type: 'mark-explained', item, covered: true })),
    ...defaultQuestionSet.questions.map((question): MeetingCommandInput => ({
      type: 'answer-screening',
      questionId: question.id,
      answer: 'no',
    })),
    {
      type: 'decide-suitability',
      patch: {
        suitability: options.outcome === 'going-ahead' ? 'suitable' : 'not-suitable',
        reason: options.reason ?? 'Decided after private time with the parent.',
      },
    },
    ...(options.before ?? []),
    { type: 'close-miam', outcome: options.outcome },
  ]
  let meeting = created
  for (const command of commands) meeting = await must<Meeting>(call('meetings.apply', meeting.id, command))
  return meeting
}

export { must }
