import { z } from 'zod'
import { ukDateOf } from '../../dates/british-date.ts'
import { signingProblem } from '../../rules/plausible.ts'
import { LongTextSchema } from '../../model/primitives.ts'
import { versionHash } from '../../model/version-hash.ts'
import { fail, ok, type Result } from '../../util/result.ts'
import { assertNever } from '../../util/assert-never.ts'
import { defined, type CommandContext } from '../../commands/command-context.ts'
import { endedBySigning } from '../../commands/live-commands.ts'
import { commandTable } from '../../commands/command-table.ts'
import type { ReadinessItem } from '../kind-module.ts'
import type { MediationMeeting } from './miam-commands.ts'
import { mediatorNamed } from './miam-rules.ts'
import {
  agreementSigned,
  blankSession,
  planParts,
  planWords,
  sessionOutcomes,
  type SessionOutcome,
  type SessionRecord,
} from './session.ts'

/** Commands about a session's parenting plan, and closing the session with how it ended. */
export const SessionCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('update-parenting-plan'),
    patch: z
      .object(
        Object.fromEntries(planParts.map((part) => [part, LongTextSchema])) as Record<
          (typeof planParts)[number],
          typeof LongTextSchema
        >,
      )
      .partial()
      .strict(),
  }),
  z.object({ type: z.literal('close-session'), outcome: z.enum(sessionOutcomes) }),
])
/** A command about a session. */
export type SessionCommand = z.infer<typeof SessionCommandSchema>

/** The meeting with its session changed. */
export function withSession(meeting: MediationMeeting, session: SessionRecord): MediationMeeting {
  return { ...meeting, record: { ...meeting.record, session } }
}

/** What is missing before a session can be closed with this outcome. */
export function sessionReadiness(meeting: MediationMeeting, outcome: SessionOutcome | null): ReadinessItem[] {
  if (meeting.kind !== 'mediation-session') return []
  const items: ReadinessItem[] = [...mediatorNamed(meeting)]
  if (outcome === null)
    items.push({
      id: 'outcome',
      label: 'Say how the session ended',
      fix: { tab: 'agreement', anchor: 'session-outcome' },
    })
  const session = meeting.record.session ?? blankSession()
  if (outcome !== 'not-agreed' && !agreementSigned(session))
    items.push({
      id: 'agreement-to-mediate',
      label: 'Have each parent, then you, sign the agreement to mediate',
      fix: { tab: 'agreement', anchor: 'agreement-to-mediate' },
    })
  if (
    outcome !== 'not-agreed' &&
    planWords(session, 'livesWith').trim() === '' &&
    planWords(session, 'timeWithEach').trim() === ''
  )
    items.push({
      id: 'plan',
      label: 'Write what the parents agreed: at least where the children live or their time with each parent',
      fix: { tab: 'agreement', anchor: 'plan-livesWith' },
    })
  return items
}

function applySessionCommand(
  meeting: MediationMeeting,
  command: SessionCommand,
  context: CommandContext,
): Result<MediationMeeting> {
  if (meeting.kind !== 'mediation-session')
    return fail('invalid-argument', 'Only a session has a parenting plan.')
  const session = meeting.record.session ?? blankSession()
  switch (command.type) {
    case 'update-parenting-plan':
      return ok(withSession(meeting, { ...session, plan: { ...session.plan, ...defined(command.patch) } }))
    case 'close-session': {
      if (session.closed !== null) return fail('invalid-argument', 'This session is already closed.')
      const early = signingProblem(meeting.date, ukDateOf(context.now), 'what it reached')
      if (early) return fail('invalid-argument', early)
      const missing = sessionReadiness(meeting, command.outcome)
      if (missing.length > 0)
        return fail(
          'invalid-argument',
          `Before closing the session: ${missing.map((item) => item.label).join('; ')}.`,
        )
      const at = context.now.toISOString()
      const live = endedBySigning(meeting.live, at)
      const closing = withSession(
        { ...meeting, status: 'ended', live },
        { ...session, outcome: command.outcome },
      )
      return ok(
        withSession(closing, {
          ...session,
          outcome: command.outcome,
          closed: {
            at,
            hash: versionHash(withSession(closing, { ...session, outcome: command.outcome, closed: null })),
          },
        }),
      )
    }
    default:
      return assertNever(command, 'session command')
  }
}

/** The session commands: none may change a closed session. */
export const sessionCommands = commandTable<MediationMeeting, SessionCommand>(
  SessionCommandSchema,
  { 'update-parenting-plan': 'refused', 'close-session': 'refused' },
  applySessionCommand,
)
