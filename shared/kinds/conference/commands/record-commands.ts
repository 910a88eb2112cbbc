import { z } from 'zod'
import { IdSchema, IsoDateSchema } from '../../../model/primitives.ts'
import { toEveryone, VisibilitySchema } from '../../../model/visibility.ts'
import { fail, ok, type Result } from '../../../util/result.ts'
import { assertNever } from '../../../util/assert-never.ts'
import { defined, updateById } from '../../../commands/command-context.ts'
import { commandTable } from '../../../commands/command-table.ts'
import {
  AgencyReportSchema,
  ChildViewSchema,
  DangerStatementSchema,
  PlanActionSchema,
  PreMeetingSchema,
  ProgressStatusSchema,
  ScaleScoreSchema,
} from '../records.ts'
import { withRecord, type ConferenceMeeting } from '../conference-meeting.ts'

// Who may see an item is chosen when it is added; everyone, unless the chair says otherwise.
const visibility = VisibilitySchema.default(toEveryone)
const ReportFieldsSchema = AgencyReportSchema.omit({ id: true, visibility: true }).extend({ visibility })
// Where an action was set is the review's to record when it carries the action over, not an edit's.
const ActionFieldsSchema = PlanActionSchema.omit({
  id: true,
  progress: true,
  setOn: true,
  visibility: true,
}).extend({ visibility })
const StatementFieldsSchema = DangerStatementSchema.omit({ id: true, visibility: true }).extend({
  visibility,
})

/** Commands about a conference's records: reports, the pre-meeting, the child's voice, scaling and the plan. */
export const RecordCommandSchema = z.discriminatedUnion('type', [
  // Each add-* carries the id its sender chose, so that a command sent again after a failed save (or a lost
  // answer) adds its item once: the same id already there is accepted without change.
  z.object({ type: z.literal('add-report'), reportId: IdSchema, report: ReportFieldsSchema }),
  z.object({
    type: z.literal('update-report'),
    reportId: IdSchema,
    patch: AgencyReportSchema.omit({ id: true }).partial(),
  }),
  z.object({ type: z.literal('remove-report'), reportId: IdSchema }),
  z.object({ type: z.literal('update-pre-meeting'), patch: PreMeetingSchema.partial() }),
  z.object({
    type: z.literal('set-child-view'),
    childId: IdSchema,
    patch: ChildViewSchema.omit({ childId: true }).partial(),
  }),
  z.object({
    type: z.literal('set-score'),
    personId: IdSchema,
    patch: ScaleScoreSchema.omit({ personId: true }).partial(),
  }),
  z.object({
    type: z.literal('add-danger-statement'),
    statementId: IdSchema,
    statement: StatementFieldsSchema,
  }),
  z.object({
    type: z.literal('update-danger-statement'),
    statementId: IdSchema,
    patch: DangerStatementSchema.omit({ id: true }).partial(),
  }),
  z.object({ type: z.literal('remove-danger-statement'), statementId: IdSchema }),
  z.object({ type: z.literal('add-action'), actionId: IdSchema, action: ActionFieldsSchema }),
  z.object({
    type: z.literal('update-action'),
    actionId: IdSchema,
    patch: PlanActionSchema.omit({ id: true, progress: true, setOn: true }).partial(),
  }),
  z.object({ type: z.literal('remove-action'), actionId: IdSchema }),
  z.object({
    type: z.literal('add-progress'),
    progressId: IdSchema,
    actionId: IdSchema,
    status: ProgressStatusSchema,
    note: z.string().max(5000),
    on: IsoDateSchema.nullable(),
  }),
])
/** A command about a conference's records. */
export type RecordCommand = z.infer<typeof RecordCommandSchema>

const personGone = 'That person is no longer listed for this meeting.'

/** Applies a record command. */
export function applyRecordCommand(
  meeting: ConferenceMeeting,
  command: RecordCommand,
): Result<ConferenceMeeting> {
  const record = meeting.record
  switch (command.type) {
    case 'add-report':
      if (record.reports.some((report) => report.id === command.reportId)) return ok(meeting)
      return ok(
        withRecord(meeting, { reports: [...record.reports, { ...command.report, id: command.reportId }] }),
      )
    case 'update-report': {
      const reports = updateById(
        record.reports,
        command.reportId,
        (report) => ({ ...report, ...defined(command.patch) }),
        'That report is no longer listed.',
      )
      return reports.ok ? ok(withRecord(meeting, { reports: reports.value })) : reports
    }
    case 'remove-report':
      return ok(
        withRecord(meeting, { reports: record.reports.filter((report) => report.id !== command.reportId) }),
      )
    case 'update-pre-meeting':
      return ok(withRecord(meeting, { preMeeting: { ...record.preMeeting, ...defined(command.patch) } }))
    case 'set-child-view': {
      if (!meeting.children.some((child) => child.id === command.childId))
        return fail('not-found', 'That child is no longer listed for this meeting.')
      const existing = record.childViews.find((view) => view.childId === command.childId) ?? {
        childId: command.childId,
        howGathered: null,
        words: '',
        conveyedBy: '',
        reasonNoView: '',
        visibility: toEveryone,
      }
      const view = { ...existing, ...defined(command.patch) }
      return ok(
        withRecord(meeting, {
          childViews: [...record.childViews.filter((other) => other.childId !== command.childId), view],
        }),
      )
    }
    case 'set-score': {
      if (!meeting.participants.some((person) => person.id === command.personId))
        return fail('not-found', personGone)
      const scores = record.scaling.scores
      const existing = scores.find((score) => score.personId === command.personId) ?? {
        personId: command.personId,
        score: null,
        why: '',
        visibility: toEveryone,
      }
      const score = { ...existing, ...defined(command.patch) }
      const next = scores.some((other) => other.personId === command.personId)
        ? scores.map((other) => (other.personId === command.personId ? score : other))
        : [...scores, score]
      return ok(withRecord(meeting, { scaling: { ...record.scaling, scores: next } }))
    }
    case 'add-danger-statement': {
      const statements = record.scaling.dangerStatements
      if (statements.some((statement) => statement.id === command.statementId)) return ok(meeting)
      if (statements.length >= 4)
        return fail('invalid-argument', 'There can be at most four danger statements.')
      const statement = { ...command.statement, id: command.statementId }
      return ok(
        withRecord(meeting, { scaling: { ...record.scaling, dangerStatements: [...statements, statement] } }),
      )
    }
    case 'update-danger-statement': {
      const statements = updateById(
        record.scaling.dangerStatements,
        command.statementId,
        (statement) => ({ ...statement, ...defined(command.patch) }),
        'That danger statement is no longer listed.',
      )
      return statements.ok
        ? ok(withRecord(meeting, { scaling: { ...record.scaling, dangerStatements: statements.value } }))
        : statements
    }
    case 'remove-danger-statement':
      return ok(
        withRecord(meeting, {
          scaling: {
            ...record.scaling,
            dangerStatements: record.scaling.dangerStatements.filter(
              (statement) => statement.id !== command.statementId,
            ),
          },
        }),
      )
    case 'add-action':
      if (record.planActions.some((action) => action.id === command.actionId)) return ok(meeting)
      if (
        command.action.ownerId !== null &&
        !meeting.participants.some((person) => person.id === command.action.ownerId)
      )
        return fail('not-found', personGone)
      return ok(
        withRecord(meeting, {
          planActions: [...record.planActions, { ...command.action, id: command.actionId, progress: [] }],
        }),
      )
    case 'update-action': {
      const actions = updateById(
        record.planActions,
        command.actionId,
        (action) => ({ ...action, ...defined(command.patch) }),
        'That action is no longer in the plan.',
      )
      return actions.ok ? ok(withRecord(meeting, { planActions: actions.value })) : actions
    }
    case 'remove-action':
      return ok(
        withRecord(meeting, {
          planActions: record.planActions.filter((action) => action.id !== command.actionId),
        }),
      )
    case 'add-progress': {
      if (record.planActions.some((action) => action.progress.some((item) => item.id === command.progressId)))
        return ok(meeting)
      const update = {
        id: command.progressId,
        on: command.on ?? meeting.date,
        status: command.status,
        note: command.note,
      }
      const actions = updateById(
        record.planActions,
        command.actionId,
        (action) => ({ ...action, progress: [...action.progress, update] }),
        'That action is no longer in the plan.',
      )
      return actions.ok ? ok(withRecord(meeting, { planActions: actions.value })) : actions
    }
    default:
      return assertNever(command, 'record command')
  }
}

/** The record commands as a table: none changes signed minutes. */
export const recordCommands = commandTable<ConferenceMeeting, RecordCommand>(
  RecordCommandSchema,
  {
    'add-report': 'refused',
    'update-report': 'refused',
    'remove-report': 'refused',
    'update-pre-meeting': 'refused',
    'set-child-view': 'refused',
    'set-score': 'refused',
    'add-danger-statement': 'refused',
    'update-danger-statement': 'refused',
    'remove-danger-statement': 'refused',
    'add-action': 'refused',
    'update-action': 'refused',
    'remove-action': 'refused',
    'add-progress': 'refused',
  },
  applyRecordCommand,
)
