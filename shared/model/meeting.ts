import { z } from 'zod'
import {
  IdSchema,
  InstantSchema,
  IsoDateSchema,
  LongTextSchema,
  NameSchema,
  ShortTextSchema,
  TimeOfDaySchema,
} from './primitives.ts'

/** The version of the meeting schema this build writes. Raise it only with a migration in migrations.ts. */
export const currentSchemaVersion = 1

/** The kinds of meeting Convene runs. */
export const meetingKinds = ['icpc', 'rcpc', 'core-group', 'miam', 'mediation-session'] as const
export const MeetingKindSchema = z.enum(meetingKinds, { error: 'Choose a kind of meeting' })
/** A kind of meeting. */
export type MeetingKind = z.infer<typeof MeetingKindSchema>

/** Where a meeting is in its life. */
export const meetingStatuses = ['planned', 'in-progress', 'ended'] as const
export const MeetingStatusSchema = z.enum(meetingStatuses)
/** Where a meeting is in its life. */
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>

/** A child the meeting is about. */
export const ChildSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  dateOfBirth: IsoDateSchema.nullable(),
})
/** A child the meeting is about. */
export type Child = z.infer<typeof ChildSchema>

/** A line of the minutes, as typed during the meeting. */
export const NoteSchema = z.object({
  id: IdSchema,
  text: LongTextSchema.min(1, { error: 'A note cannot be empty' }),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
})
/** A line of the minutes, as typed during the meeting. */
export type Note = z.infer<typeof NoteSchema>

/** The details a meeting is set up with, before anything is said in it. */
export const MeetingDetailsSchema = z.object({
  kind: MeetingKindSchema,
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

/** A meeting, as stored and as exchanged in the interchange file. */
export const MeetingSchema = MeetingDetailsSchema.extend({
  schemaVersion: z.literal(currentSchemaVersion),
  id: IdSchema,
  notes: z.array(NoteSchema).max(50_000),
  revision: z.int().nonnegative(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
})
/** A meeting, as stored and as exchanged in the interchange file. */
export type Meeting = z.infer<typeof MeetingSchema>

/** What the user fills in to create a meeting. */
export const NewMeetingSchema = z.object({
  kind: MeetingKindSchema,
  familyName: NameSchema,
  date: IsoDateSchema,
  startTime: TimeOfDaySchema.nullable().default(null),
  children: z
    .array(z.object({ name: NameSchema, dateOfBirth: IsoDateSchema.nullable() }))
    .max(20, { error: 'A meeting can be about at most 20 children' }),
})
/** What the user fills in to create a meeting. */
export type NewMeeting = z.input<typeof NewMeetingSchema>

/** A change to some of a meeting's details. Children are replaced as a whole list. */
export const MeetingDetailsPatchSchema = MeetingDetailsSchema.partial().strict()
/** A change to some of a meeting's details. */
export type MeetingDetailsPatch = z.infer<typeof MeetingDetailsPatchSchema>

/** A short label for each kind of meeting, in the words chairs and mediators use. */
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
