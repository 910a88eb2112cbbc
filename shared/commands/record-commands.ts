import { z } from 'zod'
import { MeetingDetailsPatchSchema, type Meeting } from '../model/meeting.ts'
import { IdSchema, IsoDateSchema } from '../model/primitives.ts'
import {
  AgencyReportSchema,
  ChildViewSchema,
  DangerStatementSchema,
  PlanActionSchema,
  PreMeetingSchema,
  ProgressStatusSchema,
  ScaleScoreSchema,
} from '../model/records.ts'
import { fail, ok } from '../util/result.ts'
import { assertNever } from '../util/assert-never.ts'
import { ukDateOf } from '../dates/british-date.ts'
import { dateOfBirthProblem } from '../rules/plausible.ts'
import { defined, updateById, type CommandContext, type CommandResult } from './command-context.ts'

const ReportFieldsSchema = AgencyReportSchema.omit({ id: true })
const ActionFieldsSchema = PlanActionSchema.omit({ id: true, progress: true })

/** Commands about the meeting's details and records: reports, the pre-meeting, the child's voice, scaling and the plan. */
export const RecordCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('update-details'), patch: MeetingDetailsPatchSchema }),
  z.object({ type: z.literal('add-report'), report: ReportFieldsSchema }),
  z.object({ type: z.literal('update-report'), reportId: IdSchema, patch: ReportFieldsSchema.partial() }),
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
  z.object({ type: z.literal('add-danger-statement'), statement: DangerStatementSchema.omit({ id: true }) }),
  z.object({
    type: z.literal('update-danger-statement'),
    statementId: IdSchema,
    patch: DangerStatementSchema.omit({ id: true }).partial(),
  }),
  z.object({ type: z.literal('remove-danger-statement'), statementId: IdSchema }),
  z.object({ type: z.literal('add-action'), action: ActionFieldsSchema }),
  z.object({ type: z.literal('update-action'), actionId: IdSchema, patch: ActionFieldsSchema.partial() }),
  z.object({ type: z.literal('remove-action'), actionId: IdSchema }),
  z.object({
    type: z.literal('add-progress'),
    actionId: IdSchema,
    status: ProgressStatusSchema,
    note: z.string().max(5000),
    on: IsoDateSchema.nullable(),
  }),
])
/** A command about the meeting's records. */
export type RecordCommand = z.infer<typeof RecordCommandSchema>

/** Applies a record command. */
export function applyRecordCommand(
  meeting: Meeting,
  command: RecordCommand,
  context: CommandContext,
): CommandResult {
  switch (command.type) {
    case 'update-details': {
      const today = ukDateOf(context.now)
      for (const child of command.patch.children ?? []) {
        const problem = dateOfBirthProblem(child.dateOfBirth, today)
        if (problem) return fail('invalid-argument', `${child.name}: ${problem}`)
      }
      return ok({ ...meeting, ...defined(command.patch) })
    }
    case 'add-report':
      return ok({ ...meeting, reports: [...meeting.reports, { ...command.report, id: context.newId() }] })
    case 'update-report': {
      const reports = updateById(
        meeting.reports,
        command.reportId,
        (report) => ({ ...report, ...defined(command.patch) }),
        'That report is no longer listed.',
      )
      return reports.ok ? ok({ ...meeting, reports: reports.value }) : reports
    }
    case 'remove-report':
      return ok({ ...meeting, reports: meeting.reports.filter((report) => report.id !== command.reportId) })
    case 'update-pre-meeting':
      return ok({ ...meeting, preMeeting: { ...meeting.preMeeting, ...defined(command.patch) } })
    case 'set-child-view': {
      if (!meeting.children.some((child) => child.id === command.childId))
        return fail('not-found', 'That child is no longer listed for this meeting.')
      const existing = meeting.childViews.find((view) => view.childId === command.childId) ?? {
        childId: command.childId,
        howGathered: null,
        words: '',
        conveyedBy: '',
        reasonNoView: '',
      }
      const view = { ...existing, ...defined(command.patch) }
      return ok({
        ...meeting,
        childViews: [...meeting.childViews.filter((other) => other.childId !== command.childId), view],
      })
    }
    case 'set-score': {
      if (!meeting.participants.some((person) => person.id === command.personId))
        return fail('not-found', 'That person is no longer listed for this meeting.')
      const existing = meeting.scaling.scores.find((score) => score.personId === command.personId) ?? {
        personId: command.personId,
        score: null,
        why: '',
      }
      const score = { ...existing, ...defined(command.patch) }
      const scores = meeting.scaling.scores.some((other) => other.personId === command.personId)
        ? meeting.scaling.scores.map((other) => (other.personId === command.personId ? score : other))
        : [...meeting.scaling.scores, score]
      return ok({ ...meeting, scaling: { ...meeting.scaling, scores } })
    }
    case 'add-danger-statement': {
      if (meeting.scaling.dangerStatements.length >= 4)
        return fail('invalid-argument', 'There can be at most four danger statements.')
      const statement = { ...command.statement, id: context.newId() }
      return ok({
        ...meeting,
        scaling: { ...meeting.scaling, dangerStatements: [...meeting.scaling.dangerStatements, statement] },
      })
    }
    case 'update-danger-statement': {
      const statements = updateById(
        meeting.scaling.dangerStatements,
        command.statementId,
        (statement) => ({ ...statement, ...defined(command.patch) }),
        'That danger statement is no longer listed.',
      )
      return statements.ok
        ? ok({ ...meeting, scaling: { ...meeting.scaling, dangerStatements: statements.value } })
        : statements
    }
    case 'remove-danger-statement':
      return ok({
        ...meeting,
        scaling: {
          ...meeting.scaling,
          dangerStatements: meeting.scaling.dangerStatements.filter(
            (statement) => statement.id !== command.statementId,
          ),
        },
      })
    case 'add-action':
      if (
        command.action.ownerId !== null &&
        !meeting.participants.some((person) => person.id === command.action.ownerId)
      ) {
        return fail('not-found', 'That person is no longer listed for this meeting.')
      }
      return ok({
        ...meeting,
        planActions: [...meeting.planActions, { ...command.action, id: context.newId(), progress: [] }],
      })
    case 'update-action': {
      const actions = updateById(
        meeting.planActions,
        command.actionId,
        (action) => ({ ...action, ...defined(command.patch) }),
        'That action is no longer in the plan.',
      )
      return actions.ok ? ok({ ...meeting, planActions: actions.value }) : actions
    }
    case 'remove-action':
      return ok({
        ...meeting,
        planActions: meeting.planActions.filter((action) => action.id !== command.actionId),
      })
    case 'add-progress': {
      const update = {
        id: context.newId(),
        on: command.on ?? meeting.date,
        status: command.status,
        note: command.note,
      }
      const actions = updateById(
        meeting.planActions,
        command.actionId,
        (action) => ({ ...action, progress: [...action.progress, update] }),
        'That action is no longer in the plan.',
      )
      return actions.ok ? ok({ ...meeting, planActions: actions.value }) : actions
    }
    default:
      return assertNever(command, 'record command')
  }
}
