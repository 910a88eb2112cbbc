import { z } from 'zod'
import { IdSchema, IsoDateSchema, LongTextSchema, ShortTextSchema } from '../../model/primitives.ts'
import { toEveryone, VisibilitySchema } from '../../model/visibility.ts'

/** Whether a report was shared with the parents before the meeting. */
export const sharedWithParentsValues = ['yes', 'no', 'not-known'] as const
export const SharedWithParentsSchema = z.enum(sharedWithParentsValues)

/** An agency's written report for the meeting. */
export const AgencyReportSchema = z.object({
  id: IdSchema,
  agency: z.string().trim().min(1, { error: 'Enter the agency' }).max(200),
  author: z.string().trim().max(200),
  receivedOn: IsoDateSchema.nullable(),
  sharedWithParents: SharedWithParentsSchema,
  sharedOn: IsoDateSchema.nullable(),
  /** Who may see that the report was sent (and by whom) in the record. */
  visibility: VisibilitySchema,
})
/** An agency's written report for the meeting. */
export type AgencyReport = z.infer<typeof AgencyReportSchema>

/** The chair's meeting with the parents before the conference. */
export const PreMeetingSchema = z.object({
  held: z.enum(['yes', 'no', 'not-recorded']),
  date: IsoDateSchema.nullable(),
  notes: LongTextSchema,
})
/** The chair's meeting with the parents beforehand. */
export type PreMeeting = z.infer<typeof PreMeetingSchema>

/** How a child's views reached the meeting. */
export const viewGatheredValues = [
  'attended',
  'advocate',
  'app',
  'drawing-or-letter',
  'told-social-worker',
  'other',
  'not-gathered',
] as const
export const ViewGatheredSchema = z.enum(viewGatheredValues)
/** How a child's views reached the meeting. */
export type ViewGathered = z.infer<typeof ViewGatheredSchema>

/** How each way reads. */
export const viewGatheredLabels: Readonly<Record<ViewGathered, string>> = {
  attended: 'Came to the meeting',
  advocate: 'Through an advocate',
  app: 'Through an app such as Mind of My Own',
  'drawing-or-letter': 'A drawing, letter or recording',
  'told-social-worker': 'Told their social worker',
  other: 'Another way',
  'not-gathered': 'Not gathered',
}

/** One child's voice: how their views were gathered, their words as they said them, and who brought them. */
export const ChildViewSchema = z.object({
  childId: IdSchema,
  howGathered: ViewGatheredSchema.nullable(),
  words: LongTextSchema,
  conveyedBy: ShortTextSchema,
  /** Why there is no view, where there is none. */
  reasonNoView: z.string().max(2000),
  visibility: VisibilitySchema,
})
/** One child's voice. */
export type ChildView = z.infer<typeof ChildViewSchema>

/** One person's place on the safety scale. */
export const ScaleScoreSchema = z.object({
  personId: IdSchema,
  score: z.int().min(0).max(10).nullable(),
  why: z.string().max(2000),
  visibility: VisibilitySchema,
})
/** One person's place on the safety scale. */
export type ScaleScore = z.infer<typeof ScaleScoreSchema>

/** A danger statement and its matching safety goal. */
export const DangerStatementSchema = z.object({
  id: IdSchema,
  danger: z.string().max(2000),
  safetyGoal: z.string().max(2000),
  visibility: VisibilitySchema,
})
/** A danger statement and its matching safety goal. */
export type DangerStatement = z.infer<typeof DangerStatementSchema>

/** The safety scale and the danger statements (at most four). */
export const ScalingSchema = z.object({
  scores: z.array(ScaleScoreSchema).max(60),
  dangerStatements: z
    .array(DangerStatementSchema)
    .max(4, { error: 'There can be at most four danger statements' }),
})
/** The safety scale and the danger statements. */
export type Scaling = z.infer<typeof ScalingSchema>

/** How an action of the plan is going. */
export const progressStatuses = ['not-started', 'on-track', 'done', 'worried'] as const
export const ProgressStatusSchema = z.enum(progressStatuses)
/** How an action of the plan is going. */
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>

/** How each status reads. */
export const progressStatusLabels: Readonly<Record<ProgressStatus, string>> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  done: 'Done',
  worried: 'Worried',
}

/** A progress update on one action, given at a meeting. */
export const ProgressUpdateSchema = z.object({
  id: IdSchema,
  on: IsoDateSchema,
  status: ProgressStatusSchema,
  note: z.string().max(5000),
})
/** A progress update on one action. */
export type ProgressUpdate = z.infer<typeof ProgressUpdateSchema>

/** An action of the plan: what, who, by when, and how we will know. */
export const PlanActionSchema = z.object({
  id: IdSchema,
  what: z.string().max(2000),
  ownerId: IdSchema.nullable(),
  ownerText: ShortTextSchema,
  due: IsoDateSchema.nullable(),
  /**
   * 'Within N working days', where no date is given: counted from the meeting that set the action (see
   * shared/rules/plan-dates.ts).
   */
  dueWithinWorkingDays: z.int().min(1).max(260).nullable(),
  /**
   * The date of the earlier meeting that set the action, where it was carried over into this one (a
   * review), so 'within N working days' keeps counting from there. Absent for an action set at this
   * meeting, and in files written before it was recorded.
   */
  setOn: IsoDateSchema.optional(),
  measure: z.string().max(2000),
  /** The worry or danger statement the action addresses. */
  addresses: ShortTextSchema,
  progress: z.array(ProgressUpdateSchema).max(200),
  visibility: VisibilitySchema,
})
/** An action of the plan. */
export type PlanAction = z.infer<typeof PlanActionSchema>

/** An action with nothing written yet: what 'Add an action' starts from. */
export const blankActionFields = (): Omit<PlanAction, 'id' | 'progress'> => ({
  what: '',
  ownerId: null,
  ownerText: '',
  due: null,
  dueWithinWorkingDays: null,
  measure: '',
  addresses: '',
  visibility: toEveryone,
})
