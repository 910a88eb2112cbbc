import { z } from 'zod'
import { AgendaSchema, LiveStateSchema } from './agenda.ts'
import { MeetingKindSchema } from './meeting-kind.ts'
import { NoteSchema } from './notes.ts'
import {
  DecisionSchema,
  MeetingDatesSchema,
  PlanFrameSchema,
  PreviousConferenceSchema,
  SignedVersionSchema,
  SignOffSchema,
  CorrectionSchema,
} from './decision.ts'
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
import {
  AgencyReportSchema,
  LanguageDismissalSchema,
  ChildViewSchema,
  PlanActionSchema,
  PreMeetingSchema,
  ScalingSchema,
} from './records.ts'

export { meetingKinds, MeetingKindSchema, meetingKindLabels, type MeetingKind } from './meeting-kind.ts'

/** The version of the meeting schema this build writes. Raise it only with a migration in migrations.ts. */
export const currentSchemaVersion = 5

/** Where a meeting is in its life. */
export const meetingStatuses = ['planned', 'in-progress', 'ended'] as const
export const MeetingStatusSchema = z.enum(meetingStatuses)
/** Where a meeting is in its life. */
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>

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
/** The most notes one meeting holds: a long day's minutes many times over, and what keeps a save quick. */
export const maximumNotes = 50_000

export const MeetingSchema = MeetingDetailsSchema.extend({
  schemaVersion: z.literal(currentSchemaVersion),
  id: IdSchema,
  participants: z.array(ParticipantSchema).max(60, { error: 'A meeting can have at most 60 people' }),
  chairId: IdSchema.nullable(),
  minuteTakerId: IdSchema.nullable(),
  reports: z.array(AgencyReportSchema).max(60),
  preMeeting: PreMeetingSchema,
  agenda: AgendaSchema,
  live: LiveStateSchema,
  notes: z.array(NoteSchema).max(maximumNotes, { error: 'A meeting can hold at most 50,000 notes' }),
  childViews: z.array(ChildViewSchema).max(20),
  scaling: ScalingSchema,
  planActions: z.array(PlanActionSchema).max(100),
  languageDismissals: z.array(LanguageDismissalSchema).max(1000),
  decision: DecisionSchema,
  planFrame: PlanFrameSchema,
  dates: MeetingDatesSchema,
  previousConference: PreviousConferenceSchema.nullable(),
  signOff: SignOffSchema.nullable(),
  signedVersions: z.array(SignedVersionSchema).max(50),
  correction: CorrectionSchema.nullable(),
  revision: z.int().nonnegative(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
}).superRefine((meeting, context) => {
  const sections = new Set(meeting.agenda.map((section) => section.key))
  const people = new Set(meeting.participants.map((person) => person.id))
  const children = new Set(meeting.children.map((child) => child.id))
  meeting.notes.forEach((note, index) => {
    if (!sections.has(note.sectionKey)) {
      context.addIssue({
        code: 'custom',
        path: ['notes', index, 'sectionKey'],
        message: 'This section is not on the agenda',
      })
    }
    if (note.speakerId !== null && !people.has(note.speakerId)) {
      context.addIssue({
        code: 'custom',
        path: ['notes', index, 'speakerId'],
        message: 'This speaker is not one of the people at the meeting',
      })
    }
  })
  for (const field of ['chairId', 'minuteTakerId'] as const) {
    const id = meeting[field]
    if (id !== null && !people.has(id))
      context.addIssue({
        code: 'custom',
        path: [field],
        message: 'This is not one of the people at the meeting',
      })
  }
  meeting.childViews.forEach((view, index) => {
    if (!children.has(view.childId))
      context.addIssue({
        code: 'custom',
        path: ['childViews', index, 'childId'],
        message: 'This is not one of the children',
      })
  })
  meeting.scaling.scores.forEach((score, index) => {
    if (!people.has(score.personId)) {
      context.addIssue({
        code: 'custom',
        path: ['scaling', 'scores', index, 'personId'],
        message: 'This is not one of the people at the meeting',
      })
    }
  })
  meeting.decision.recommendations.forEach((recommendation, index) => {
    if (!people.has(recommendation.personId))
      context.addIssue({
        code: 'custom',
        path: ['decision', 'recommendations', index, 'personId'],
        message: 'This is not one of the people at the meeting',
      })
  })
  for (const [index, id] of [
    meeting.planFrame.leadSocialWorkerId,
    ...meeting.planFrame.coreGroupIds,
  ].entries())
    if (id !== null && !people.has(id))
      context.addIssue({
        code: 'custom',
        path: index === 0 ? ['planFrame', 'leadSocialWorkerId'] : ['planFrame', 'coreGroupIds', index - 1],
        message: 'This is not one of the people at the meeting',
      })
  const current = meeting.live.currentSectionKey
  if (current !== null && !sections.has(current)) {
    context.addIssue({
      code: 'custom',
      path: ['live', 'currentSectionKey'],
      message: 'This section is not on the agenda',
    })
  }
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

/** A change to some of a meeting's details. Children are replaced as a whole list. */
export const MeetingDetailsPatchSchema = MeetingDetailsSchema.partial().strict()
/** A change to some of a meeting's details. */
export type MeetingDetailsPatch = z.infer<typeof MeetingDetailsPatchSchema>

export { meetingStatusLabels } from './meeting-labels.ts'
