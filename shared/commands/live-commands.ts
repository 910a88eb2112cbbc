import { z } from 'zod'
import type { MeetingCore } from '../model/meeting-core.ts'
import type { LiveState } from '../model/agenda.ts'
import { SectionKeySchema } from '../model/agenda.ts'
import { fail, ok, type Result } from '../util/result.ts'
import { assertNever } from '../util/assert-never.ts'
import type { CommandContext } from './command-context.ts'
import { commandTable } from './command-table.ts'

/** Commands that run the meeting: start, move between sections, end, carry on after ending. */
export const LiveCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start-meeting') }),
  z.object({
    type: z.literal('go-to-section'),
    sectionKey: SectionKeySchema,
    /**
     * Only to look at the section (a 'Ready to sign?' link to a field in it): a meeting not yet started is
     * not started by it. A meeting under way still moves there, as the room does.
     */
    toLook: z.literal(true).optional(),
  }),
  z.object({ type: z.literal('end-meeting') }),
  z.object({ type: z.literal('resume-meeting') }),
])
/** A command that runs the meeting. */
export type LiveCommand = z.infer<typeof LiveCommandSchema>

function closeVisit(live: LiveState, at: string): LiveState {
  return {
    ...live,
    visits: live.visits.map((visit) => (visit.until === null ? { ...visit, until: at } : visit)),
  }
}

function enter(live: LiveState, sectionKey: string, at: string): LiveState {
  const closed = closeVisit(live, at)
  return {
    ...closed,
    currentSectionKey: sectionKey,
    visits: [...closed.visits, { sectionKey, from: at, until: null }],
  }
}

/** The meeting started, at its first section, if it has not started yet; else as it is. */
export function startedIfNot<M extends MeetingCore>(meeting: M, at: string): Result<M> {
  if (meeting.live.startedAt !== null) return ok(meeting)
  const first = meeting.agenda[0]?.key
  if (!first) return fail('invalid-argument', 'This meeting has no agenda.')
  return ok({
    ...meeting,
    status: 'in-progress',
    live: enter({ ...meeting.live, startedAt: at, endedAt: null }, first, at),
  })
}

/** Applies a live command. */
export function applyLiveCommand<M extends MeetingCore>(
  meeting: M,
  command: LiveCommand,
  context: CommandContext,
): Result<M> {
  const at = context.now.toISOString()
  const first = meeting.agenda[0]?.key
  switch (command.type) {
    case 'start-meeting': {
      if (meeting.live.startedAt !== null && meeting.live.endedAt === null) return ok(meeting)
      if (!first) return fail('invalid-argument', 'This meeting has no agenda.')
      return ok({
        ...meeting,
        status: 'in-progress',
        live: enter({ ...meeting.live, startedAt: at, endedAt: null }, first, at),
      })
    }
    case 'go-to-section': {
      if (!meeting.agenda.some((section) => section.key === command.sectionKey))
        return fail('not-found', 'That section is not on the agenda.')
      if (meeting.live.currentSectionKey === command.sectionKey) return ok(meeting)
      // An ended meeting (signed ones included) is only looked through: it is not started again, and no
      // time is counted in the section (resuming is its own, deliberate command).
      const notStarted = meeting.live.startedAt === null
      if (meeting.live.endedAt !== null || meeting.status === 'ended' || (command.toLook && notStarted))
        return ok({ ...meeting, live: { ...meeting.live, currentSectionKey: command.sectionKey } })
      const live = meeting.live.startedAt === null ? { ...meeting.live, startedAt: at } : meeting.live
      return ok({
        ...meeting,
        status: 'in-progress',
        live: enter({ ...live, endedAt: null }, command.sectionKey, at),
      })
    }
    case 'end-meeting': {
      if (meeting.live.startedAt === null) return fail('invalid-argument', 'The meeting has not started.')
      if (meeting.live.endedAt !== null) return ok(meeting)
      return ok({
        ...meeting,
        status: 'ended',
        live: { ...closeVisit(meeting.live, at), endedAt: at, currentSectionKey: null },
      })
    }
    case 'resume-meeting': {
      if (meeting.live.endedAt === null) return ok(meeting)
      const last = meeting.live.visits.at(-1)?.sectionKey ?? first
      if (!last) return fail('invalid-argument', 'This meeting has no agenda.')
      return ok({
        ...meeting,
        status: 'in-progress',
        live: enter({ ...meeting.live, endedAt: null }, last, at),
      })
    }
    default:
      return assertNever(command, 'live command')
  }
}

/** The live commands as a table: moving between sections may happen on signed minutes (it changes no word). */
export const liveCommands = commandTable<MeetingCore, LiveCommand>(
  LiveCommandSchema,
  {
    'start-meeting': 'refused',
    'go-to-section': 'allowed',
    'end-meeting': 'refused',
    'resume-meeting': 'refused',
  },
  applyLiveCommand,
)

/**
 * The live record as signing leaves it: signing a record (minutes, a MIAM, a session) ends the meeting if
 * it was running, so its clock stops and its dates fall due. Exactly as it has always done: a signed
 * version is rebuilt by replaying this, and its hash must come out the same.
 */
export function endedBySigning(live: LiveState, at: string): LiveState {
  return live.startedAt !== null && live.endedAt === null
    ? {
        ...live,
        visits: live.visits.map((visit) => (visit.until === null ? { ...visit, until: at } : visit)),
        endedAt: at,
      }
    : live
}
