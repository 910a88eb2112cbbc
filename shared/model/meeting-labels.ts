import type { MeetingKind } from './meeting-kind.ts'
import type { MeetingStatus } from './meeting.ts'

// The words the screens use for kinds and statuses, apart from the schemas: the meetings list (the first
// screen) needs these words but not zod, which it would otherwise load before it could show anything.

/** How each kind reads, in the words chairs and mediators use. */
export const meetingKindLabels: Readonly<Record<MeetingKind, string>> = {
  icpc: 'Initial child protection conference',
  rcpc: 'Review child protection conference',
  'core-group': 'Core group meeting',
  miam: 'Mediation information and assessment meeting (MIAM)',
  'mediation-session': 'Mediation session',
}

/** How each status reads in the list. */
export const meetingStatusLabels: Readonly<Record<MeetingStatus, string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  ended: 'Ended',
}
