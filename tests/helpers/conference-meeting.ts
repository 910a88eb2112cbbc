import { randomUUID } from 'node:crypto'
import type { ConferenceMeetingValue } from '../../shared/meeting/meeting.ts'
import { blankActionFields } from '../../shared/kinds/conference/records.ts'
import { aMeeting } from './builders.ts'
import { addPerson, applyAll } from './commands.ts'

/** The words of the note heard in the closed part: no family copy may contain them. */
export const closedNoteText =
  'Police shared intelligence about a new partner, Mr Q, that cannot be shared yet.'

/**
 * A complete initial conference, as the minutes would be written from: people, a report, notes in every
 * section (one of them in a closed part), the child's voice, scaling, recommendations with one dissent, a
 * decision, a plan and dates. `extraNotes` adds ordinary notes for load tests.
 */
export function conferenceMeeting(extraNotes = 0): ConferenceMeetingValue {
  const base = applyAll(
    aMeeting({
      familyName: 'Kowalski',
      location: 'Civic Offices, Room 4',
      purpose: 'To agree with Anna and Piotr how everyone can help Zofia feel safe and settled.',
      children: [{ id: randomUUID(), name: 'Zofia Kowalska', dateOfBirth: '2018-03-14', knownAs: 'Zosia' }],
    }),
    [
      addPerson('Helen Okafor', 'professional', 'Chair', "Children's Services"),
      addPerson('Anna Kowalska', 'family', 'Mother'),
      addPerson('Piotr Kowalski', 'family', 'Father'),
      addPerson('Jamie Reid', 'professional', 'Social worker', "Children's Services"),
      addPerson('Sarah Jones', 'professional', 'Health visitor', 'NHS'),
      addPerson('Mohammed Rahman', 'professional', 'Head teacher', 'Oak Primary School'),
      {
        type: 'add-report',
        reportId: randomUUID(),
        report: {
          agency: 'Oak Primary School',
          author: 'Mohammed Rahman',
          receivedOn: '2026-11-27',
          sharedWithParents: 'yes',
          sharedOn: '2026-11-27',
        },
      },
    ],
  )
  const id = (name: string): string => base.participants.find((person) => person.name === name)?.id ?? ''
  const child = base.children[0]?.id ?? ''
  const note = (sectionKey: string, speaker: string | null, text: string, notForFamily = false) =>
    ({
      type: 'add-note',
      noteId: randomUUID(),
      sectionKey,
      text,
      speakerId: speaker ? id(speaker) : null,
      visibility: notForFamily ? ({ to: 'professionals' } as const) : ({ to: 'everyone' } as const),
      verbatim: false,
    }) as const
  const sections = base.agenda.map((section) => section.key)
  const meeting = applyAll(base, [
    { type: 'set-chair', participantId: id('Helen Okafor') },
    { type: 'set-minute-taker', participantId: id('Jamie Reid') },
    ...sections.flatMap((key) => [
      note(
        key,
        'Jamie Reid',
        `Jamie said that in ${key.replace(/-/g, ' ')} the family and the social worker spoke together.`,
      ),
      note(key, 'Anna Kowalska', `Anna said that she wants Zosia to be happy at home and at school.`),
    ]),
    note(
      'current-worries',
      'Sarah Jones',
      'Zosia has missed three health checks since June and has lost weight.',
    ),
    note('current-worries', null, closedNoteText, true),
    note('grey-areas', 'Jamie Reid', 'We do not yet know whether the CAMHS referral has been accepted.'),
    ...Array.from({ length: extraNotes }, (_, index) =>
      note(
        sections[index % sections.length] ?? 'welcome',
        'Jamie Reid',
        `Note ${index}: the school reports that attendance has improved since September, and Anna says the mornings are calmer now that the bus is earlier.`,
      ),
    ),
    {
      type: 'set-child-view',
      childId: child,
      patch: {
        howGathered: 'app',
        words: 'I like reading with Mum. I get scared when there is shouting.',
        conveyedBy: 'Jamie Reid, from Mind of My Own',
      },
    },
    {
      type: 'set-score',
      personId: id('Anna Kowalska'),
      patch: { score: 6, why: 'Things are getting better.' },
    },
    { type: 'set-score', personId: id('Jamie Reid'), patch: { score: 3, why: 'The changes are recent.' } },
    {
      type: 'add-danger-statement',
      statementId: randomUUID(),
      statement: {
        danger: 'Zosia may go hungry and miss health care she needs.',
        safetyGoal: 'Zosia has three meals a day and every health check.',
      },
    },
    {
      type: 'set-recommendation',
      personId: id('Jamie Reid'),
      patch: { outcome: 'cp-plan', rationale: 'Neglect over the last year.' },
    },
    {
      type: 'set-recommendation',
      personId: id('Sarah Jones'),
      patch: { outcome: 'cp-plan', rationale: 'Missed health checks and weight loss.' },
    },
    {
      type: 'set-recommendation',
      personId: id('Mohammed Rahman'),
      patch: { outcome: 'cin-plan', rationale: 'School has seen things improve since September.' },
    },
    {
      type: 'update-analysis',
      patch: {
        analysis: 'Zosia has not had the food and health care she needs for most of this year.',
        parentsView: 'Anna and Piotr would rather have help without a plan.',
      },
    },
    {
      type: 'update-decision',
      patch: {
        outcome: 'cp-plan',
        category: 'neglect',
        reasons: 'Zosia needs a plan so that the changes Anna and Piotr have started carry on.',
      },
    },
    {
      type: 'update-plan-frame',
      patch: {
        leadSocialWorkerId: id('Jamie Reid'),
        coreGroupIds: [id('Anna Kowalska'), id('Piotr Kowalski'), id('Jamie Reid')],
        contingency: 'A legal planning meeting will be held.',
      },
    },
    {
      type: 'add-action',
      actionId: randomUUID(),
      action: {
        ...blankActionFields(),
        what: 'Anna and Piotr will make sure Zosia has breakfast every school day',
        ownerId: id('Anna Kowalska'),
        dueWithinWorkingDays: 20,
        measure: 'School confirms breakfast on 9 days out of 10',
        addresses: 'Danger statement 1',
      },
    },
    {
      type: 'add-action',
      actionId: randomUUID(),
      action: {
        ...blankActionFields(),
        what: 'Sarah will weigh Zosia monthly',
        ownerId: id('Sarah Jones'),
        due: '2027-03-01',
        measure: 'Weight recorded monthly in the red book',
        addresses: 'Danger statement 1',
      },
    },
    {
      type: 'set-dates',
      patch: { strategyDiscussion: '2026-11-16', firstCoreGroup: '2026-12-15', nextReview: '2027-02-24' },
    },
  ])
  return meeting
}

/**
 * The same conference, held on a day already past (20/11/2026), for tests that sign it: minutes cannot be
 * signed before the day of their meeting.
 */
export function heldConference(): ConferenceMeetingValue {
  return { ...conferenceMeeting(), date: '2026-11-20' }
}
