import type { AgendaSection } from '../model/agenda.ts'
import { currentSchemaVersion } from '../model/meeting-core.ts'
import type { Child } from '../model/people.ts'
import { moduleOf, type MeetingKind } from '../kinds/registry.ts'
import type { Meeting } from './meeting.ts'

/** What a new meeting starts from. */
export type BlankMeetingInput = {
  readonly id: string
  readonly caseId: string | null
  readonly kind: MeetingKind
  readonly familyName: string
  readonly date: string
  readonly startTime: string | null
  readonly children: ReadonlyArray<Child>
  readonly agenda: ReadonlyArray<AgendaSection>
  /** When it is created (an ISO instant). */
  readonly at: string
}

/** A new meeting with nothing said in it yet, and its kind's record with nothing in it. */
export function blankMeeting(input: BlankMeetingInput): Meeting {
  return {
    schemaVersion: currentSchemaVersion,
    id: input.id,
    caseId: input.caseId,
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
    agenda: input.agenda.map((section) => ({ ...section })),
    live: { startedAt: null, endedAt: null, currentSectionKey: null, visits: [] },
    notes: [],
    languageDismissals: [],
    revision: 0,
    createdAt: input.at,
    updatedAt: input.at,
    record: moduleOf(input.kind).blankRecord(),
  } as Meeting
}
