import { randomUUID } from 'node:crypto'
import type { MeetingCommand } from '../../shared/meeting/meeting-command.ts'
import type { ConferenceMeetingValue } from '../../shared/meeting/meeting.ts'
import { toEveryone, toProfessionals } from '../../shared/model/visibility.ts'
import { aMeeting, type ConferenceOverrides } from './builders.ts'
import { addPerson, applyAll } from './commands.ts'

/** What was said in each section of an initial conference: [section, speaker (null: the chair's summary), words, closed]. */
const said: ReadonlyArray<readonly [string, string | null, string, boolean?]> = [
  ['welcome', 'Helen Okafor', 'Helen welcomed everyone and explained how the meeting will run.'],
  ['welcome', 'Anna Kowalska', 'Anna said she was nervous but wanted to be here for Zosia.'],
  ['strengths', 'Mohammed Rahman', 'Zosia has been at school every day since September.'],
  ['strengths', 'Piotr Kowalski', 'Piotr now does the school run on Tuesdays and Thursdays.'],
  ['strengths', 'Sarah Jones', 'The health visitor saw a warm bond between Anna and Zosia.'],
  ['strengths', 'Mohammed Rahman', 'Her teacher says she is proud of her reading and reads to the class.'],
  ['family-views', 'Anna Kowalska', 'I want Zosia to feel safe at home and have her friends round.'],
  ['family-views', 'Piotr Kowalski', 'My mum can look after Zosia after school on Wednesdays.'],
  ['childs-voice', 'Priya Shah', 'Zosia used Mind of My Own to say what she likes and what worries her.'],
  ['past-harm', 'Priya Shah', 'In the spring the police were called twice after arguments at home.'],
  ['past-harm', 'Tom Price', 'No charges were brought; both call-outs were recorded.'],
  [
    'current-worries',
    'Sarah Jones',
    'The flat is cold and damp and the heating has been broken for three weeks.',
  ],
  ['current-worries', 'Priya Shah', 'Zosia is sometimes late to bed because of noise from next door.'],
  ['current-worries', 'Mohammed Rahman', 'School has noticed Zosia is tired on Mondays.'],
  [
    'current-worries',
    'Tom Price',
    'Police information about a new partner was shared while the parents were out of the room.',
    true,
  ],
  ['current-worries', 'Anna Kowalska', 'Anna said the landlord has promised to fix the heating this week.'],
  ['grey-areas', 'Priya Shah', 'We do not yet know how Piotr is managing his drinking.'],
  ['grey-areas', 'Anna Kowalska', 'Anna is not sure whether the new tenancy will start in January.'],
]

/**
 * An initial conference part-way through, as a chair has it on screen: people (one attending part, one
 * sent apologies), notes in most sections (one heard in a closed part), the child's words, two scores and
 * a danger statement written as a whole sentence. For the screenshots and the live screen's e2e.
 */
export function liveConference(overrides: ConferenceOverrides = {}): ConferenceMeetingValue {
  const base = applyAll(
    aMeeting({
      familyName: 'Kowalski',
      location: 'Civic Offices, Room 4',
      startTime: '10:00',
      children: [{ id: randomUUID(), name: 'Zofia Kowalska', dateOfBirth: '2018-03-14', knownAs: 'Zosia' }],
      ...overrides,
    }),
    [
      addPerson('Helen Okafor', 'professional', 'Chair', "Children's Services"),
      addPerson('Jamie Reid', 'professional', 'Minute taker', "Children's Services"),
      addPerson('Anna Kowalska', 'family', 'Mother'),
      addPerson('Piotr Kowalski', 'family', 'Father'),
      addPerson('Priya Shah', 'professional', 'Social worker', "Children's Services"),
      addPerson('Sarah Jones', 'professional', 'Health visitor', 'NHS Solent'),
      addPerson('Mohammed Rahman', 'professional', 'Head teacher', 'Oak Primary School'),
      addPerson('Tom Price', 'professional', 'Police officer', 'Hampshire Constabulary'),
      addPerson('Grace Obi', 'professional', 'GP', 'Fratton Surgery'),
    ],
  )
  const id = (name: string): string => base.participants.find((person) => person.name === name)?.id ?? ''
  const child = base.children[0]?.id ?? ''
  const commands: MeetingCommand[] = [
    { type: 'set-chair', participantId: id('Helen Okafor') },
    { type: 'set-minute-taker', participantId: id('Jamie Reid') },
    {
      type: 'update-participant',
      participantId: id('Piotr Kowalski'),
      patch: {
        attendance: {
          status: 'part',
          from: '10:45',
          until: '12:00',
          reason: 'Anna and Piotr are attending at separate times',
        },
      },
    },
    {
      type: 'update-participant',
      participantId: id('Grace Obi'),
      patch: { attendance: { status: 'apologies', from: null, until: null, reason: '' } },
    },
    { type: 'start-meeting' },
  ]
  let section = ''
  for (const [key, speaker, text, closed] of said) {
    if (key !== section) commands.push({ type: 'go-to-section', sectionKey: key })
    section = key
    commands.push({
      type: 'add-note',
      noteId: randomUUID(),
      sectionKey: key,
      text,
      speakerId: speaker ? id(speaker) : null,
      visibility: closed ? toProfessionals : toEveryone,
      verbatim: key === 'family-views' && speaker === 'Anna Kowalska',
      keep: [],
    })
  }
  commands.push(
    {
      type: 'set-child-view',
      childId: child,
      patch: {
        howGathered: 'app',
        words: 'I like reading with Mum. I get scared when there is shouting at night.',
        conveyedBy: 'Priya Shah, social worker, from Mind of My Own',
      },
    },
    { type: 'set-score', personId: id('Anna Kowalska'), patch: { score: 7, why: 'Things are calmer.' } },
    {
      type: 'set-score',
      personId: id('Priya Shah'),
      patch: { score: 4, why: 'The worries at night continue.' },
    },
    {
      type: 'add-danger-statement',
      statementId: randomUUID(),
      statement: {
        danger: 'We are worried that Zosia will be frightened and hurt if the arguments at night carry on.',
        safetyGoal: 'Everyone will know Zosia is safe when she sleeps through the night in a calm home.',
        visibility: toEveryone,
      },
    },
    { type: 'go-to-section', sectionKey: 'current-worries' },
  )
  return applyAll(base, commands)
}
