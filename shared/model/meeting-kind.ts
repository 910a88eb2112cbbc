import { z } from 'zod'

/** The kinds of meeting Convene runs. */
export const meetingKinds = ['icpc', 'rcpc', 'core-group', 'miam', 'mediation-session'] as const
export const MeetingKindSchema = z.enum(meetingKinds, { error: 'Choose a kind of meeting' })
/** A kind of meeting. */
export type MeetingKind = z.infer<typeof MeetingKindSchema>

/** How each kind reads, in the words chairs and mediators use. */
export const meetingKindLabels: Readonly<Record<MeetingKind, string>> = {
  icpc: 'Initial child protection conference',
  rcpc: 'Review child protection conference',
  'core-group': 'Core group meeting',
  miam: 'Mediation information and assessment meeting (MIAM)',
  'mediation-session': 'Mediation session',
}
