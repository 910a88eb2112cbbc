import type { KindMeeting } from '../../model/meeting-core.ts'
import type { ConferenceRecord } from './record.ts'

/** A conference: what every meeting has, and a conference's own record. */
export type ConferenceMeeting = KindMeeting<ConferenceRecord>

/** The meeting with part of its conference record changed. */
export function withRecord<M extends ConferenceMeeting>(meeting: M, change: Partial<ConferenceRecord>): M {
  return { ...meeting, record: { ...meeting.record, ...change } }
}
