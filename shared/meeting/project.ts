import { maySee, type Audience } from '../model/visibility.ts'
import { moduleOf } from '../kinds/registry.ts'
import type { Meeting } from './meeting.ts'

/**
 * A meeting as one audience may see it, with how much was left out (so a copy can say something was
 * withheld without saying what). Every screen and document shown to anyone but the chair or mediator is
 * built from this, and from nothing else: the room's screen and the family's copy from the family's
 * projection, the full minutes from the professionals', a party's documents from that party's, the
 * administrator's files from the administrator's.
 */
export type ProjectedMeeting = {
  readonly audience: Audience
  readonly meeting: Meeting
  /** Notes left out (deleted notes aside). */
  readonly withheldNotes: number
  /** Items of the kind's record left out. */
  readonly withheldItems: number
}

/**
 * Projects a meeting for an audience: no note or record item it may not see, no deleted note, and for anyone
 * but the chair no preparation notes and no email address.
 */
export function projectFor(meeting: Meeting, audience: Audience): ProjectedMeeting {
  const live = meeting.notes.filter((note) => note.deletedAt === null)
  const notes = live.filter((note) => maySee(audience, note.visibility))
  const visible = new Set(notes.map((note) => note.id))
  const chair = audience.kind === 'chair'
  const record = moduleOf(meeting.kind).projectRecord(meeting.record, audience, meeting)
  return {
    audience,
    meeting: {
      ...meeting,
      preparationNotes: chair ? meeting.preparationNotes : '',
      participants: chair
        ? meeting.participants
        : meeting.participants.map((person) => ({ ...person, email: '' })),
      notes,
      // Wordings kept in a note the audience may not see would point to it.
      languageDismissals: chair
        ? meeting.languageDismissals
        : meeting.languageDismissals.filter((kept) => kept.noteId === null || visible.has(kept.noteId)),
      record: record.record,
    } as Meeting,
    withheldNotes: live.length - notes.length,
    withheldItems: record.withheld,
  }
}
