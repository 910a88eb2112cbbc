import { z } from 'zod'
import { IdSchema } from '../../model/primitives.ts'
import { SignatureMarkSchema } from '../../model/identity.ts'
import { fail, ok, type Result } from '../../util/result.ts'
import { assertNever } from '../../util/assert-never.ts'
import { defined, type CommandContext } from '../../commands/command-context.ts'
import { commandTable } from '../../commands/command-table.ts'
import { displayNames } from '../../rules/people.ts'
import type { MediationMeeting } from './miam-commands.ts'
import { withSession } from './session-commands.ts'
import {
  agreementOf,
  blankChildConsultation,
  blankSession,
  ChildConsultationSchema,
  sessionFormats,
} from './session.ts'

/** How a session is held, the agreement to mediate, and a child-inclusive consultation. */
export const SessionSetupCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set-session-format'), format: z.enum(sessionFormats) }),
  z.object({ type: z.literal('sign-agreement-to-mediate'), partyId: IdSchema, mark: SignatureMarkSchema }),
  z.object({ type: z.literal('countersign-agreement-to-mediate') }),
  z.object({
    type: z.literal('update-child-consultation'),
    patch: ChildConsultationSchema.partial().strict(),
  }),
])
/** A command about how a session is held and agreed to. */
export type SessionSetupCommand = z.infer<typeof SessionSetupCommandSchema>

/** The parents a session's agreement to mediate is signed by: its family members. */
export const agreementParties = (meeting: MediationMeeting) =>
  meeting.participants.filter((person) => person.group === 'family')

/** Who has yet to sign the agreement to mediate here, by name; empty once every parent has. */
export function stillToSign(meeting: MediationMeeting): ReadonlyArray<string> {
  const signed = new Set(agreementOf(meeting.record.session).signatures.map((signature) => signature.partyId))
  const parents = agreementParties(meeting)
  const names = displayNames(parents)
  return parents
    .filter((person) => !signed.has(person.id))
    .map((person) => names.get(person.id) ?? person.name)
}

function applySetupCommand(
  meeting: MediationMeeting,
  command: SessionSetupCommand,
  context: CommandContext,
): Result<MediationMeeting> {
  if (meeting.kind !== 'mediation-session') return fail('invalid-argument', 'Only a session has this.')
  const session = meeting.record.session ?? blankSession()
  const agreement = agreementOf(session)
  const at = context.now.toISOString()
  switch (command.type) {
    case 'set-session-format':
      return ok(withSession(meeting, { ...session, format: command.format }))
    case 'sign-agreement-to-mediate': {
      if (agreement.signedEarlier !== null)
        return fail('invalid-argument', 'The agreement to mediate was signed at an earlier session.')
      if (agreement.mediatorSignedAt !== null)
        return fail('invalid-argument', 'The agreement to mediate is already signed by everyone.')
      if (!agreementParties(meeting).some((person) => person.id === command.partyId))
        return fail('invalid-argument', 'Only a parent at the session signs the agreement to mediate.')
      const others = agreement.signatures.filter((signature) => signature.partyId !== command.partyId)
      const signatures = [...others, { partyId: command.partyId, mark: command.mark, at }]
      return ok(withSession(meeting, { ...session, agreement: { ...agreement, signatures } }))
    }
    case 'countersign-agreement-to-mediate': {
      if (agreement.signedEarlier !== null || agreement.mediatorSignedAt !== null)
        return fail('invalid-argument', 'The agreement to mediate is already signed.')
      const missing = stillToSign(meeting)
      if (agreementParties(meeting).length < 2 || missing.length > 0)
        return fail(
          'invalid-argument',
          missing.length > 0
            ? `Each parent signs before you do: still to sign, ${missing.join(', ')}.`
            : 'Each parent signs before you do: add both parents to the session first.',
        )
      return ok(withSession(meeting, { ...session, agreement: { ...agreement, mediatorSignedAt: at } }))
    }
    case 'update-child-consultation': {
      const patch = defined(command.patch)
      const people = new Set(agreementParties(meeting).map((person) => person.id))
      if (patch.parentsConsented?.some((id) => !people.has(id)))
        return fail('invalid-argument', 'Only a parent at the session can consent for the child to be seen.')
      if (patch.childId && !meeting.children.some((child) => child.id === patch.childId))
        return fail('invalid-argument', 'That child is not one of this session’s children.')
      const before = session.childConsultation ?? blankChildConsultation()
      return ok(withSession(meeting, { ...session, childConsultation: { ...before, ...patch } }))
    }
    default:
      return assertNever(command, 'session setup command')
  }
}

/** The setup commands: none may change a closed session. */
export const sessionSetupCommands = commandTable<MediationMeeting, SessionSetupCommand>(
  SessionSetupCommandSchema,
  {
    'set-session-format': 'refused',
    'sign-agreement-to-mediate': 'refused',
    'countersign-agreement-to-mediate': 'refused',
    'update-child-consultation': 'refused',
  },
  applySetupCommand,
)
