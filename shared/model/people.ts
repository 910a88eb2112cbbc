import { z } from 'zod'
import { IdSchema, IsoDateSchema, NameSchema, ShortTextSchema, TimeOfDaySchema } from './primitives.ts'

/** A child the meeting is about. */
export const ChildSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  dateOfBirth: IsoDateSchema.nullable(),
  /** What the child likes to be called, used in the minutes where given. */
  knownAs: z.string().trim().max(100, { error: 'This can be at most 100 characters' }),
})
/** A child the meeting is about. */
export type Child = z.infer<typeof ChildSchema>

/** Whether and how someone takes part. */
export const attendanceStatuses = [
  'invited',
  'present',
  'apologies',
  'report-only',
  'part',
  'excluded-part',
] as const
export const AttendanceStatusSchema = z.enum(attendanceStatuses)
/** Whether and how someone takes part. */
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>

/** How each attendance reads. */
export const attendanceLabels: Readonly<Record<AttendanceStatus, string>> = {
  invited: 'Invited',
  present: 'Present',
  apologies: 'Apologies',
  'report-only': 'Sent a report only',
  part: 'Attending part',
  'excluded-part': 'Excluded for part',
}

/** Someone's attendance, with times and the reason where they attend or are excluded for part. */
export const AttendanceSchema = z.object({
  status: AttendanceStatusSchema,
  from: TimeOfDaySchema.nullable(),
  until: TimeOfDaySchema.nullable(),
  reason: ShortTextSchema,
})
/** Someone's attendance. */
export type Attendance = z.infer<typeof AttendanceSchema>

/** Family members (and advocates for them) and professionals. */
export const participantGroups = ['family', 'professional'] as const
export const ParticipantGroupSchema = z.enum(participantGroups)
/** Family or professional. */
export type ParticipantGroup = z.infer<typeof ParticipantGroupSchema>

/** A person at (or invited to) the meeting. */
export const ParticipantSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  group: ParticipantGroupSchema,
  /** A family member's relationship ('Mother', 'Grandfather') or a professional's role ('Social worker'). */
  role: z.string().trim().max(120, { error: 'This can be at most 120 characters' }),
  agency: z.string().trim().max(200, { error: 'This can be at most 200 characters' }),
  email: z.union([z.literal(''), z.email({ error: 'Enter an email address like name@council.gov.uk' })]),
  attendance: AttendanceSchema,
})
/** A person at (or invited to) the meeting. */
export type Participant = z.infer<typeof ParticipantSchema>
