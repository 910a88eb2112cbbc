import { z } from 'zod'
import { AgendaSchema, LiveStateSchema } from './agenda.ts'
import { LanguageDismissalSchema } from './language-dismissal.ts'
import { NoteSchema, type Note } from './notes.ts'
import type { Problem } from './problems.ts'
import { ChildSchema, ParticipantSchema } from './people.ts'
import {
  IdSchema,
  InstantSchema,
  IsoDateSchema,
  LongTextSchema,
  NameSchema,
  ShortTextSchema,
  TimeOfDaySchema,
} from './primitives.ts'

/**
 * What every meeting has, whatever its kind: the details it was set up with, its people, its agenda and
 * live state, and the notes. A kind of meeting adds its own record (a conference's decisions and plan, a
 * MIAM's screening) in shared/kinds/; shared/meeting/ puts the two together.
 */

/** The version of the meeting schema this build writes. Raise it only with a migration. */
export const currentSchemaVersion = 7

/** Where a meeting is in its life. */
export const meetingStatuses = ['planned', 'in-progress', 'ended'] as const
export const MeetingStatusSchema = z.enum(meetingStatuses)
/** Where a meeting is in its life. */
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>

/** How each status reads in the list. */
export const meetingStatusLabels: Readonly<Record<MeetingStatus, string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  ended: 'Ended',
}

/** The most notes one meeting holds: a long day's minutes many times over, and what keeps a save quick. */
export const maximumNotes = 50_000

/** The details a meeting is set up with, before anything is said in it (its kind aside). */
export const MeetingDetailsSchema = z.object({
  familyName: NameSchema,
  date: IsoDateSchema,
  startTime: TimeOfDaySchema.nullable(),
  location: ShortTextSchema,
  purpose: LongTextSchema,
  preparationNotes: LongTextSchema,
  status: MeetingStatusSchema,
  children: z.array(ChildSchema).max(20, { error: 'A meeting can be about at most 20 children' }),
})
/** The details a meeting is set up with. */
export type MeetingDetails = z.infer<typeof MeetingDetailsSchema>

/** Everything but the kind and its record: the fields every meeting shares. */
export const MeetingCoreSchema = MeetingDetailsSchema.extend({
  schemaVersion: z.literal(currentSchemaVersion),
  id: IdSchema,
  /** The case (a family's story over time) the meeting belongs to; null only until the store files it. */
  caseId: IdSchema.nullable(),
  participants: z.array(ParticipantSchema).max(60, { error: 'A meeting can have at most 60 people' }),
  chairId: IdSchema.nullable(),
  minuteTakerId: IdSchema.nullable(),
  agenda: AgendaSchema,
  live: LiveStateSchema,
  notes: z.array(NoteSchema).max(maximumNotes, { error: 'A meeting can hold at most 50,000 notes' }),
  languageDismissals: z.array(LanguageDismissalSchema).max(1000),
  revision: z.int().nonnegative(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
})
/** The fields every meeting shares. */
export type MeetingCore = z.infer<typeof MeetingCoreSchema>

/** A meeting of some kind: the shared fields, the kind's name and the kind's own record. */
export type KindMeeting<Record> = MeetingCore & { readonly kind: string; readonly record: Record }

/** The party a note is for alone, if it is for one party. */
export function noteParty(note: Pick<Note, 'visibility'>): string | null {
  return note.visibility.to === 'party' ? note.visibility.partyId : null
}

/** Checks what the shared fields refer to: every note's section and speaker, the chair, the current section. */
export function coreReferenceProblems(meeting: MeetingCore): Problem[] {
  const problems: Problem[] = []
  const sections = new Set(meeting.agenda.map((section) => section.key))
  const people = new Set(meeting.participants.map((person) => person.id))
  meeting.notes.forEach((note, index) => {
    if (!sections.has(note.sectionKey))
      problems.push({ path: `notes[${index}].sectionKey`, message: 'This section is not on the agenda' })
    if (note.speakerId !== null && !people.has(note.speakerId))
      problems.push({
        path: `notes[${index}].speakerId`,
        message: 'This speaker is not one of the people at the meeting',
      })
    const party = noteParty(note)
    if (party !== null && !people.has(party))
      problems.push({
        path: `notes[${index}].visibility.partyId`,
        message: 'This party is not at the meeting',
      })
  })
  for (const field of ['chairId', 'minuteTakerId'] as const) {
    const id = meeting[field]
    if (id !== null && !people.has(id))
      problems.push({ path: field, message: 'This is not one of the people at the meeting' })
  }
  const current = meeting.live.currentSectionKey
  if (current !== null && !sections.has(current))
    problems.push({ path: 'live.currentSectionKey', message: 'This section is not on the agenda' })
  return problems
}

/** A change to some of a meeting's details. Children are replaced as a whole list. */
export const MeetingDetailsPatchSchema = MeetingDetailsSchema.partial().strict()
/** A change to some of a meeting's details. */
export type MeetingDetailsPatch = z.infer<typeof MeetingDetailsPatchSchema>
