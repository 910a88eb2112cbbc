import { z } from 'zod'

/** The kinds of meeting Convene runs. */
export const meetingKinds = ['icpc', 'rcpc', 'core-group', 'miam', 'mediation-session'] as const
export const MeetingKindSchema = z.enum(meetingKinds, { error: 'Choose a kind of meeting' })
/** A kind of meeting. */
export type MeetingKind = z.infer<typeof MeetingKindSchema>

export { meetingKindLabels } from './meeting-labels.ts'
