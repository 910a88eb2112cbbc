import { z } from 'zod'
import { LongTextSchema } from '../../model/primitives.ts'
import {
  ChildDecisionSchema,
  CorrectionSchema,
  emptyChildDecision,
  emptyDates,
  MeetingDatesSchema,
  PlanFrameSchema,
  PreviousConferenceSchema,
  SignedVersionSchema,
  SignOffSchema,
} from './decision.ts'
import {
  AgencyReportSchema,
  ChildViewSchema,
  PlanActionSchema,
  PreMeetingSchema,
  ScalingSchema,
} from './records.ts'

/**
 * A conference's own record, beside what every meeting has: the reports and the chair's meeting with the
 * parents beforehand; the child's voice and the safety scale; the analysis, each child's decision and the
 * parents' view of them; the outline plan; the statutory dates; and the sign-off with its versions.
 */
export const ConferenceRecordSchema = z.object({
  family: z.literal('conference'),
  reports: z.array(AgencyReportSchema).max(60),
  preMeeting: PreMeetingSchema,
  childViews: z.array(ChildViewSchema).max(20),
  scaling: ScalingSchema,
  /** The chair's summary of the risks against the significant harm threshold, in the chair's words. */
  analysis: LongTextSchema,
  /** The parents' view on the decisions. */
  parentsView: LongTextSchema,
  /**
   * One decision for every child (childId null), until the children need different ones; then one per
   * child. Never two for the same child, and at most one for every child.
   */
  decisions: z
    .array(ChildDecisionSchema)
    .min(1)
    .max(21)
    .refine((decisions) => new Set(decisions.map((decision) => decision.childId)).size === decisions.length, {
      error: 'A child can have only one decision',
    }),
  planActions: z.array(PlanActionSchema).max(100),
  planFrame: PlanFrameSchema,
  dates: MeetingDatesSchema,
  previousConference: PreviousConferenceSchema.nullable(),
  signOff: SignOffSchema.nullable(),
  signedVersions: z.array(SignedVersionSchema).max(50),
  correction: CorrectionSchema.nullable(),
})
/** A conference's own record. */
export type ConferenceRecord = z.infer<typeof ConferenceRecordSchema>

/** A conference's record with nothing in it yet. */
export function blankConferenceRecord(): ConferenceRecord {
  return {
    family: 'conference',
    reports: [],
    preMeeting: { held: 'not-recorded', date: null, notes: '' },
    childViews: [],
    scaling: { scores: [], dangerStatements: [] },
    analysis: '',
    parentsView: '',
    decisions: [emptyChildDecision(null)],
    planActions: [],
    planFrame: { leadSocialWorkerId: null, coreGroupIds: [], contingency: '' },
    dates: emptyDates(),
    previousConference: null,
    signOff: null,
    signedVersions: [],
    correction: null,
  }
}
