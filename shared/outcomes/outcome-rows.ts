import { z } from 'zod'
import { courtOutcomes } from '../case/case-record.ts'
import { harmCategories } from '../kinds/conference/decision.ts'
import { viewGatheredValues } from '../kinds/conference/records.ts'
import { OnTimeSchema } from './conference-row.ts'

/** A month, '2026-11': the finest date an outcomes file holds, so no row can be matched to a day. */
export const MonthSchema = z
  .string()
  .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, { error: 'Expected a month written as YYYY-MM, from 2000 on' })

const rating = z.int().min(0).max(10).nullable()

/** How a mediation case ended, as the steering group counts it ('ongoing' until it has). */
export const mediationOutcomes = [
  'full-agreement',
  'partial-agreement',
  'no-agreement',
  'withdrawn',
  'not-suitable',
  'ongoing',
] as const
/** How a mediation case ended. */
export type MediationOutcome = (typeof mediationOutcomes)[number]

/** What a conference decided, across its children: a plan made, continued, ended, or none. */
export const conferenceDecisions = ['plan', 'no-plan', 'plan-ended', 'plan-continued', 'not-decided'] as const
/** What a conference decided. */
export type ConferenceDecision = (typeof conferenceDecisions)[number]

/**
 * One mediation case as the steering group's file holds it: no name, no free text, no identifier of the
 * laptop's own records (`rowId` is random, made afresh for each export: it links to nothing kept on the
 * laptop, and the same file imported twice is kept once), dates reduced to the month.
 */
export const MediationRowSchema = z.strictObject({
  type: z.literal('mediation-case'),
  rowId: z.uuid(),
  referredMonth: MonthSchema,
  outcome: z.enum(mediationOutcomes),
  /** Who withdrew, never why. */
  withdrawnBy: z.enum(['a-parent', 'mediator']).nullable(),
  weeksToOutcome: z.int().min(0).max(520).nullable(),
  /** Each party's own ratings, first MIAM and end, in no order that names them. */
  ratings: z
    .array(
      z.strictObject({
        conflictBefore: rating,
        conflictAfter: rating,
        communicationBefore: rating,
        communicationAfter: rating,
      }),
    )
    .max(4),
  coachingGiven: z.boolean(),
  jointSessions: z.int().min(0).max(100),
  shuttleSessions: z.int().min(0).max(100),
  remoteSessions: z.int().min(0).max(100),
  childConsulted: z.boolean(),
  court: z.enum(courtOutcomes),
})
/** One mediation case, with no names. */
export type MediationRow = z.infer<typeof MediationRowSchema>

/** One conference as the file holds it: the month, its timeliness, the child's voice, who took part. */
export const ConferenceRowSchema = z.strictObject({
  type: z.literal('conference'),
  rowId: z.uuid(),
  kind: z.enum(['icpc', 'rcpc']),
  month: MonthSchema,
  children: z.int().min(0).max(21),
  conferenceOnTime: OnTimeSchema,
  decisionOnTime: OnTimeSchema,
  minutesOnTime: OnTimeSchema,
  childViewGathered: z.boolean(),
  /** How the children's views reached the conference, each way once, in the list's order. */
  childViewWays: z.array(z.enum(viewGatheredValues)).max(viewGatheredValues.length),
  parentsInvited: z.int().min(0).max(20),
  parentsTookPart: z.int().min(0).max(20),
  decision: z.enum(conferenceDecisions),
  /** The category of a child protection plan made or continued (the first child's, where they differ). */
  category: z.enum(harmCategories).nullable(),
  repeatPlan: z.boolean().nullable(),
})
/** One conference, with no names. */
export type ConferenceRow = z.infer<typeof ConferenceRowSchema>

/** A row of an outcomes file. */
export const OutcomeRowSchema = z.discriminatedUnion('type', [MediationRowSchema, ConferenceRowSchema])
/** A row of an outcomes file. */
export type OutcomeRow = z.infer<typeof OutcomeRowSchema>

/** The columns of the CSV for the steering group, in order: the data dictionary (docs/) names each. */
export const csvColumns = [
  'type',
  'row_id',
  'month',
  'kind',
  'outcome',
  'withdrawn_by',
  'weeks_to_outcome',
  'parties_rated',
  'parties_rated_both',
  'conflict_before',
  'conflict_after',
  'communication_before',
  'communication_after',
  'coaching_given',
  'joint_sessions',
  'shuttle_sessions',
  'remote_sessions',
  'child_consulted',
  'court',
  'children',
  'conference_on_time',
  'decision_on_time',
  'minutes_on_time',
  'child_view_gathered',
  'child_view_how',
  'parents_invited',
  'parents_took_part',
  'decision',
  'category',
  'repeat_plan',
] as const

const cell = (value: string | number | boolean | null): string =>
  value === null ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)

/** The mean of the ratings, to one decimal place; blank where there are none. */
const meanOf = (values: ReadonlyArray<number | null>): number | null => {
  const given = values.filter((value) => value !== null)
  return given.length === 0
    ? null
    : Math.round((given.reduce((sum, value) => sum + value, 0) / given.length) * 10) / 10
}

/** One CSV line per row, the header first: every cell a code, a count or a month, never free text. */
export function outcomesCsv(rows: ReadonlyArray<OutcomeRow>): string {
  const lines = rows.map((row): ReadonlyArray<string> => {
    // Before and after are only ever compared on the same parties: those rated both times.
    const both =
      row.type === 'mediation-case'
        ? row.ratings.filter((each) => each.conflictBefore !== null && each.conflictAfter !== null)
        : []
    const bothCommunication =
      row.type === 'mediation-case'
        ? row.ratings.filter((each) => each.communicationBefore !== null && each.communicationAfter !== null)
        : []
    const values: Record<(typeof csvColumns)[number], string | number | boolean | null> =
      row.type === 'mediation-case'
        ? {
            type: row.type,
            row_id: row.rowId,
            month: row.referredMonth,
            kind: 'mediation',
            outcome: row.outcome,
            withdrawn_by: row.withdrawnBy,
            weeks_to_outcome: row.weeksToOutcome,
            parties_rated: row.ratings.length,
            parties_rated_both: both.length,
            conflict_before: meanOf(both.map((each) => each.conflictBefore)),
            conflict_after: meanOf(both.map((each) => each.conflictAfter)),
            communication_before: meanOf(bothCommunication.map((each) => each.communicationBefore)),
            communication_after: meanOf(bothCommunication.map((each) => each.communicationAfter)),
            coaching_given: row.coachingGiven,
            joint_sessions: row.jointSessions,
            shuttle_sessions: row.shuttleSessions,
            remote_sessions: row.remoteSessions,
            child_consulted: row.childConsulted,
            court: row.court,
            children: null,
            conference_on_time: null,
            decision_on_time: null,
            minutes_on_time: null,
            child_view_gathered: null,
            child_view_how: null,
            parents_invited: null,
            parents_took_part: null,
            decision: null,
            category: null,
            repeat_plan: null,
          }
        : {
            type: row.type,
            row_id: row.rowId,
            month: row.month,
            kind: row.kind,
            outcome: null,
            withdrawn_by: null,
            weeks_to_outcome: null,
            parties_rated: null,
            parties_rated_both: null,
            conflict_before: null,
            conflict_after: null,
            communication_before: null,
            communication_after: null,
            coaching_given: null,
            joint_sessions: null,
            shuttle_sessions: null,
            remote_sessions: null,
            child_consulted: null,
            court: null,
            children: row.children,
            conference_on_time: row.conferenceOnTime,
            decision_on_time: row.decisionOnTime,
            minutes_on_time: row.minutesOnTime,
            child_view_gathered: row.childViewGathered,
            child_view_how: row.childViewWays.join(';'),
            parents_invited: row.parentsInvited,
            parents_took_part: row.parentsTookPart,
            decision: row.decision,
            category: row.category,
            repeat_plan: row.repeatPlan,
          }
    return csvColumns.map((column) => cell(values[column]))
  })
  return [csvColumns.join(','), ...lines.map((line) => line.join(','))].join('\r\n') + '\r\n'
}
