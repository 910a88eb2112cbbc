import type { AgendaSection } from './agenda.ts'
import { emptyDates, emptyDecision } from './decision.ts'
import { currentSchemaVersion, type Meeting } from './meeting.ts'
import type { MeetingKind } from './meeting-kind.ts'
import type { Child } from './people.ts'

/** What a new meeting starts from. */
export type BlankMeetingInput = {
  readonly id: string
  readonly kind: MeetingKind
  readonly familyName: string
  readonly date: string
  readonly startTime: string | null
  readonly children: ReadonlyArray<Child>
  readonly agenda: ReadonlyArray<AgendaSection>
  /** When it is created (an ISO instant). */
  readonly at: string
}

/** A new meeting with nothing said in it yet. */
export function blankMeeting(input: BlankMeetingInput): Meeting {
  return {
    schemaVersion: currentSchemaVersion,
    id: input.id,
    kind: input.kind,
    familyName: input.familyName,
    date: input.date,
    startTime: input.startTime,
    location: '',
    purpose: '',
    preparationNotes: '',
    status: 'planned',
    children: [...input.children],
    participants: [],
    chairId: null,
    minuteTakerId: null,
    reports: [],
    preMeeting: { held: 'not-recorded', date: null, notes: '' },
    agenda: input.agenda.map((section) => ({ ...section })),
    live: { startedAt: null, endedAt: null, currentSectionKey: null, visits: [] },
    notes: [],
    childViews: [],
    scaling: { scores: [], dangerStatements: [] },
    planActions: [],
    languageDismissals: [],
    decision: emptyDecision(),
    planFrame: { leadSocialWorkerId: null, coreGroupIds: [], contingency: '' },
    dates: emptyDates(),
    previousConference: null,
    signOff: null,
    signedVersions: [],
    correction: null,
    revision: 0,
    createdAt: input.at,
    updatedAt: input.at,
  }
}
