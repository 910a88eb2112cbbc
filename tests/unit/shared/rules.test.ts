import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { projectFor } from '../../../shared/meeting/project.ts'
import { familyAudience } from '../../../shared/model/visibility.ts'
import { displayNames, matchPeople, sortPeople } from '../../../shared/rules/people.ts'
import {
  formatDuration,
  meetingDuration,
  sectionState,
  timeOnSection,
} from '../../../shared/rules/agenda-progress.ts'
import { missingChildViews } from '../../../shared/kinds/conference/rules/child-voice.ts'
import { checkReport } from '../../../shared/kinds/conference/rules/reports.ts'
import { bundledCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { aMeeting } from '../../helpers/builders.ts'
import { applyAll } from '../../helpers/commands.ts'

describe("the family's projection", () => {
  it('leaves out notes heard in a closed part and deleted notes, counts what was withheld, and has no email addresses', () => {
    const meeting = applyAll(aMeeting({ preparationNotes: 'Ask Anna privately about the new partner.' }), [
      {
        type: 'add-participant',
        participantId: randomUUID(),
        participant: {
          name: 'Jamie Reid',
          group: 'professional',
          role: 'Social worker',
          agency: '',
          email: 'jamie@council.example.gov.uk',
        },
      },
      {
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: 'strengths',
        speakerId: null,
        text: 'Zofia is settled at school.',
        visibility: { to: 'everyone' },
        verbatim: false,
      },
      {
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: 'current-worries',
        speakerId: null,
        text: 'Police intelligence about a new partner.',
        visibility: { to: 'professionals' },
        verbatim: false,
      },
      {
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: 'grey-areas',
        speakerId: null,
        text: 'Typed by mistake',
        visibility: { to: 'everyone' },
        verbatim: false,
      },
    ])
    const deleted = applyAll(meeting, [{ type: 'delete-note', noteId: meeting.notes[2]?.id ?? '' }])
    const view = projectFor(deleted, familyAudience)
    expect(view.meeting.notes.map((note) => note.text)).toEqual(['Zofia is settled at school.'])
    expect(view.withheldNotes).toBe(1)
    expect(JSON.stringify(view)).not.toContain('Police intelligence')
    expect(JSON.stringify(view)).not.toContain('jamie@council')
    expect(JSON.stringify(view)).not.toContain('Ask Anna privately')
  })
})

describe('people', () => {
  const people = [
    { id: '1', name: 'Sarah Jones', role: 'Mother', agency: '' },
    { id: '2', name: 'Sarah Jones', role: 'Social worker', agency: "Children's Services" },
    { id: '3', name: 'Łucja Nowak', role: 'Health visitor', agency: 'NHS' },
    { id: '4', name: 'Zainab Hassan', role: 'Teacher', agency: 'Oak Primary' },
    { id: '5', name: 'Lucy Adams', role: 'GP', agency: 'Oak Surgery' },
  ]

  it('tells two people with the same name apart by role', () => {
    const names = displayNames(people)
    expect(names.get('1')).toBe('Sarah Jones (Mother)')
    expect(names.get('2')).toBe('Sarah Jones (Social worker)')
    expect(names.get('4')).toBe('Zainab Hassan')
  })

  it('sorts names with accents where a British reader expects them', () => {
    expect(sortPeople(people).map((person) => person.name)).toEqual([
      'Łucja Nowak',
      'Lucy Adams',
      'Sarah Jones',
      'Sarah Jones',
      'Zainab Hassan',
    ])
  })

  it('sorts Arabic and Bengali names too, without failing', () => {
    const sorted = sortPeople([
      { name: 'زینب', role: '' },
      { name: 'হাসান', role: '' },
      { name: 'Anna', role: '' },
    ])
    expect(sorted.map((person) => person.name)).toEqual(['Anna', 'زینب', 'হাসান'])
  })

  it('finds a speaker from a few letters of the name or the role', () => {
    expect(matchPeople(people, 'sar').map((person) => person.id)).toEqual(['1', '2'])
    expect(matchPeople(people, 'luc').map((person) => person.id)).toEqual(['3', '5'])
    expect(matchPeople(people, 'social').map((person) => person.id)).toEqual(['2'])
    expect(matchPeople(people, 'hv').map((person) => person.id)).toEqual(['3'])
    expect(matchPeople(people, 'gp').map((person) => person.id)).toEqual(['5'])
    expect(matchPeople(people, 'hassan').map((person) => person.id)).toEqual(['4'])
  })

  it("finds a parent or grandparent by the word the room uses: 'mum', 'dad', 'nan'", () => {
    const family = [
      { id: 'm', name: 'Anna Kowalska', role: 'Mother', agency: '' },
      { id: 'f', name: 'Piotr Kowalski', role: 'Father', agency: '' },
      { id: 'g', name: 'Ewa Nowak', role: 'Maternal grandmother', agency: '' },
      { id: 's', name: 'Tom Price', role: "Mother's partner", agency: '' },
      { id: 'h', name: 'Mumtaz Begum', role: 'Health visitor', agency: 'NHS' },
    ]
    // A name beginning 'Mum' first, as a name always is; never the mother's partner.
    expect(matchPeople(family, 'mum').map((person) => person.id)).toEqual(['h', 'm'])
    expect(matchPeople(family, 'dad').map((person) => person.id)).toEqual(['f'])
    expect(matchPeople(family, 'Nan').map((person) => person.id)).toEqual(['g'])
    expect(matchPeople(family, 'granny').map((person) => person.id)).toEqual(['g'])
  })

  it("finds the mother for 'mum' before anyone whose role is only about her", () => {
    const family = [
      { id: 'a', name: 'Aisling Byrne', role: 'Advocate for mum', agency: '' },
      { id: 'b', name: 'Bríd Kelly', role: "Mum's solicitor", agency: '' },
      { id: 'm', name: 'Zofia Wiśniewska', role: 'Mother', agency: '' },
      { id: 'd', name: 'Dara Walsh', role: 'Support worker for dad', agency: '' },
      { id: 'f', name: 'Piotr Wiśniewski', role: 'Father', agency: '' },
    ]
    // The role's own words still find them, after the mother.
    expect(matchPeople(family, 'mum').map((person) => person.id)).toEqual(['m', 'a', 'b'])
    expect(matchPeople(family, 'dad').map((person) => person.id)).toEqual(['f', 'd'])
    expect(matchPeople(family, 'adv').map((person) => person.id)).toEqual(['a'])
  })

  it('finds an Irish name typed with a space or without one', () => {
    const family = [
      { id: 'a', name: 'Aoife O’Connor', role: 'Mother', agency: '' },
      { id: 'b', name: 'Seán Ó Súilleabháin', role: 'Father', agency: '' },
    ]
    expect(matchPeople(family, 'o connor').map((person) => person.id)).toEqual(['a'])
    expect(matchPeople(family, 'osuill').map((person) => person.id)).toEqual(['b'])
    // Never a match across two names, which would put a note to the wrong person on Enter.
    const room = [...family, { id: 'c', name: 'Rick Imrie', role: 'Police officer', agency: '' }]
    expect(matchPeople(room, 'kim')).toEqual([])
  })

  it('takes a lone hyphen or apostrophe as no search, not as a search for every space', () => {
    for (const typed of ['-', "'", ' – ', '’'])
      expect(matchPeople(people, typed)).toEqual(matchPeople(people, ''))
  })
})

describe('agenda progress', () => {
  const run = applyAll(aMeeting(), [
    { type: 'start-meeting' },
    { type: 'go-to-section', sectionKey: 'strengths' },
    { type: 'go-to-section', sectionKey: 'welcome' },
  ])

  it('says which sections are not started, current and covered', () => {
    expect(sectionState(run, 'welcome')).toBe('current')
    expect(sectionState(run, 'strengths')).toBe('covered')
    expect(sectionState(run, 'grey-areas')).toBe('not-started')
  })

  it('adds up the time on a section over every visit, the open one up to now', () => {
    const now = new Date('2026-12-02T10:05:30.000Z')
    expect(timeOnSection(run, 'welcome', now)).toBe(60_000 + 210_000)
    expect(timeOnSection(run, 'strengths', now)).toBe(60_000)
    expect(meetingDuration(run, now)).toBe(330_000)
    expect(formatDuration(3_909_000)).toBe('1:05:09')
  })
})

describe("children's views", () => {
  it('warns about a child of four or over with no view and no reason, until one is given', () => {
    const meeting = aMeeting({ date: '2026-12-02' })
    const childId = meeting.children[0]?.id ?? ''
    expect(missingChildViews(meeting).map((missing) => missing.age)).toEqual([7])
    const withReason = applyAll(meeting, [
      {
        type: 'set-child-view',
        childId,
        patch: {
          howGathered: 'not-gathered',
          reasonNoView: 'In hospital this week; views to follow at the core group',
        },
      },
    ])
    expect(missingChildViews(withReason)).toEqual([])
  })

  it('does not ask for the view of a child under four', () => {
    const meeting = aMeeting({
      date: '2026-12-02',
      children: [
        { id: '0b9a8f55-3c3e-4a55-9d1c-3c6a2f1f8a11', name: 'Baby', dateOfBirth: '2024-01-01', knownAs: '' },
      ],
    })
    expect(missingChildViews(meeting)).toEqual([])
  })
})

describe('checkReport', () => {
  const calendar = bundledCalendar('england-and-wales')
  const report = {
    id: 'r',
    agency: 'School',
    author: 'Ms Patel',
    receivedOn: '2026-11-30',
    sharedWithParents: 'yes' as const,
    sharedOn: '2026-11-30',
  }

  it('accepts a report received by the deadline (2 working days before) and shared', () => {
    expect(checkReport(report, '2026-12-02', 2, calendar, '2026-12-02')).toEqual({
      deadline: '2026-11-30',
      deadlineCalculated: false,
      late: false,
      notReceived: false,
      notShared: false,
    })
  })

  it('flags a report received late, or not shared with the parents', () => {
    expect(
      checkReport(
        { ...report, receivedOn: '2026-12-01', sharedWithParents: 'no' },
        '2026-12-02',
        2,
        calendar,
        '2026-12-02',
      ),
    ).toMatchObject({ late: true, notShared: true })
  })

  it('says when the deadline was counted over calculated bank holidays', () => {
    // Two working days before Tuesday 4 January 2028: Monday 3 is New Year's Day's substitute, so the
    // deadline is Thursday 30 December 2027, counted over 2028's calculated holidays.
    expect(checkReport(report, '2028-01-04', 2, calendar, '2027-12-01')).toMatchObject({
      deadline: '2027-12-30',
      deadlineCalculated: true,
    })
  })

  it('flags a report not yet received once the deadline has passed, but not before', () => {
    expect(checkReport({ ...report, receivedOn: null }, '2026-12-02', 2, calendar, '2026-12-01').late).toBe(
      true,
    )
    expect(checkReport({ ...report, receivedOn: null }, '2026-12-02', 2, calendar, '2026-11-27').late).toBe(
      false,
    )
  })
})
