import { z } from 'zod'
import { coreReferenceProblems, MeetingCoreSchema, type MeetingCore } from '../model/meeting-core.ts'
import { IsoDateSchema, NameSchema, TimeOfDaySchema } from '../model/primitives.ts'
import type { Problem } from '../model/problems.ts'
import type { ConferenceRecord } from '../kinds/conference/record.ts'
import type { MediationRecord } from '../kinds/mediation/record.ts'
import {
  kindFamilies,
  kindModules,
  MeetingKindSchema,
  kindWithArticle,
  moduleOf,
  type MeetingKind,
} from '../kinds/registry.ts'

export {
  currentSchemaVersion,
  maximumNotes,
  meetingStatuses,
  meetingStatusLabels,
  MeetingStatusSchema,
  MeetingDetailsPatchSchema,
  type MeetingStatus,
  type MeetingDetailsPatch,
} from '../model/meeting-core.ts'
export { meetingKinds, MeetingKindSchema, meetingKindLabels, type MeetingKind } from '../kinds/registry.ts'

type RecordOf<K extends MeetingKind> = (typeof kindModules)[K]['blankRecord'] extends () => infer R
  ? R
  : never

/** A meeting: what every meeting has, its kind, and its kind's own record. */
export type MeetingOf<K extends MeetingKind> = MeetingCore & {
  readonly kind: K
  readonly record: RecordOf<K>
}

/** A meeting of any kind, as stored and as exchanged in the interchange file. */
export type Meeting = { [K in MeetingKind]: MeetingOf<K> }[MeetingKind]

/** A conference of any kind (initial, review, core group). */
export type ConferenceMeetingValue = Extract<Meeting, { readonly record: ConferenceRecord }>
/** A mediation meeting of any kind. */
export type MediationMeetingValue = Extract<Meeting, { readonly record: MediationRecord }>

/** True for a conference of any kind: its record is a conference's. */
export function isConference(meeting: Meeting): meeting is ConferenceMeetingValue {
  return meeting.record.family === 'conference'
}

/** True for a mediation meeting of any kind (a MIAM, a session). */
export function isMediation(meeting: Meeting): meeting is MediationMeetingValue {
  return meeting.record.family === 'mediation'
}

/** Every problem with what a meeting refers to: the shared fields' references and the kind's own. */
export function referenceProblems(meeting: Meeting): Problem[] {
  const module = moduleOf(meeting.kind)
  const problems = coreReferenceProblems(meeting)
  const allowed = new Set(module.sectionKinds)
  meeting.agenda.forEach((section, index) => {
    if (!allowed.has(section.kind))
      problems.push({
        path: `agenda[${index}].kind`,
        message: `A ${meeting.kind} meeting's agenda cannot have a section of this kind`,
      })
  })
  return [...problems, ...module.referenceProblems(meeting)]
}

// Told apart by `family`, so a problem inside a record is reported where it is ('record.analysis'), not as
// 'this is not any form of record'.
const families = kindFamilies.map((module) => module.recordSchema) as unknown as [
  z.ZodObject<{ family: z.ZodLiteral<string> }>,
  ...z.ZodObject<{ family: z.ZodLiteral<string> }>[],
]

/**
 * A meeting's fields, as stored and as exchanged in the interchange file; MeetingSchema checks them whole,
 * references included. The
 * kind, the shared fields and the record are each checked on their own, so a file with a wrong kind still
 * has every other problem listed; then the record must be the kind's family's.
 */
export const MeetingFieldsSchema = z.object({
  kind: MeetingKindSchema,
  ...MeetingCoreSchema.shape,
  record: z.discriminatedUnion('family', families),
})

/** A meeting, checked whole (see MeetingFieldsSchema for its fields). */
export const MeetingSchema: z.ZodType<Meeting> = MeetingFieldsSchema.superRefine((value, context) => {
  const kind = value.kind as MeetingKind
  const module = kindModules[kind]
  if (!module) return
  const family = (value.record as { readonly family?: unknown }).family
  if (family !== module.family) {
    context.addIssue({
      code: 'custom',
      path: ['record', 'family'],
      message: `${kindWithArticle(kind)} keeps a ${module.family} record, and this one is not`,
    })
    return
  }
  for (const problem of referenceProblems(value as Meeting))
    context.addIssue({ code: 'custom', path: pathOf(problem.path), message: problem.message })
}) as unknown as z.ZodType<Meeting>

/** 'notes[3].speakerId' as zod's path: ['notes', 3, 'speakerId']. */
function pathOf(path: string): Array<string | number> {
  return path
    .split(/\.|\[|\]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

/** What the user fills in to create a meeting. */
export const NewMeetingSchema = z.object({
  kind: MeetingKindSchema,
  familyName: NameSchema,
  date: IsoDateSchema,
  startTime: TimeOfDaySchema.nullable().default(null),
  children: z
    .array(
      z.object({
        name: NameSchema,
        dateOfBirth: IsoDateSchema.nullable(),
        knownAs: z.string().trim().max(100).default(''),
      }),
    )
    .max(20, { error: 'A meeting can be about at most 20 children' }),
})
/** What the user fills in to create a meeting. */
export type NewMeeting = z.input<typeof NewMeetingSchema>

/** The details a meeting is set up with, children included (for forms). */
export type MeetingDetails = Pick<
  Meeting,
  'familyName' | 'date' | 'startTime' | 'location' | 'purpose' | 'preparationNotes' | 'status' | 'children'
>
