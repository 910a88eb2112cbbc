import { z } from 'zod'
import type { ConferenceMeeting } from '../conference-meeting.ts'
import { MeetingDatesSchema, OutcomeSchema } from '../decision.ts'

/** What the meetings list keeps of a conference: what its statutory dates run from. */
export const ConferenceFactsSchema = z.object({
  dates: MeetingDatesSchema,
  /** Each decision's outcome (one for every child, or one per child). */
  outcomes: z.array(OutcomeSchema.nullable()).max(21),
  signedOff: z.boolean(),
})
/** What the meetings list keeps of a conference. */
export type ConferenceFacts = z.infer<typeof ConferenceFactsSchema>

/** The facts the list keeps, from the meeting. */
export function conferenceFacts(meeting: ConferenceMeeting): ConferenceFacts {
  return {
    dates: meeting.record.dates,
    outcomes: meeting.record.decisions.map((decision) => decision.outcome),
    signedOff: meeting.record.signOff !== null,
  }
}
