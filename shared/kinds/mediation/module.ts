import { z } from 'zod'
import { AgendaSchema } from '../../model/agenda.ts'
import type { KindInfo, KindModule } from '../kind-module.ts'
import templates from '../../../resources/agenda-templates.json' with { type: 'json' }
import { blankMediationRecord, MediationRecordSchema, type MediationRecord } from './record.ts'
import type { DocumentSpec } from '../kind-module.ts'
import {
  miamAsClosed,
  miamCommands,
  withMiam,
  prepareMiamCommand,
  type MediationMeeting,
  type MiamCommand,
  type MiamCommandSchema,
} from './miam-commands.ts'
import { miamReadiness } from './miam-rules.ts'
import { projectMediationRecord } from './project-record.ts'
import {
  sessionCommands,
  sessionReadiness,
  withSession,
  type SessionCommand,
  type SessionCommandSchema,
} from './session-commands.ts'
import {
  sessionSetupCommands,
  type SessionSetupCommand,
  type SessionSetupCommandSchema,
} from './session-setup.ts'
import { agreementOf } from './session.ts'
import { sessionReferenceProblems } from './session-references.ts'
import { mediationCarryOver, mediationFollowOns } from './follow-on.ts'
import {
  agreementFromCase,
  mediationCaseParties,
  mediationStage,
  sessionStartProblem,
  commandsAStoppedCaseRefuses,
  sessionCautions,
  stoppedCaseProblem,
} from './case-rules.ts'

const agenda = (kind: string) => AgendaSchema.parse((templates as Record<string, unknown>)[kind])

/** Every command of a mediation meeting's own. */
export type MediationCommand = MiamCommand | SessionCommand | SessionSetupCommand
/** A mediation command as a window sends it: fields with a default may be left out. */
export type MediationCommandInput =
  | z.input<typeof MiamCommandSchema>
  | z.input<typeof SessionCommandSchema>
  | z.input<typeof SessionSetupCommandSchema>

/** How each kind of mediation meeting reads and starts. */
export const mediationKindInfo: Readonly<Record<'miam' | 'mediation-session', KindInfo>> = {
  miam: {
    label: 'Mediation information and assessment meeting (MIAM)',
    article: 'a',
    defaultAgenda: agenda('miam'),
    reportDeadlineWorkingDays: 2,
    tabs: ['setup', 'screening', 'live', 'language'],
  },
  'mediation-session': {
    label: 'Mediation session',
    article: 'a',
    defaultAgenda: agenda('mediation-session'),
    reportDeadlineWorkingDays: 2,
    tabs: ['setup', 'live', 'agreement', 'language'],
  },
}

/**
 * A mediation meeting's documents: a closed MIAM's outcome, for the parent it was with; a closed session's
 * parenting plan (or the record that none was reached), one copy for each parent. Each from its reader's
 * projection, so never the screening or anything said in another parent's room.
 */
function mediationDocuments(meeting: MediationMeeting): ReadonlyArray<DocumentSpec> {
  // The outcome is set only by closing; the meeting as closed, which a version is, has no closing of its own.
  const miam = meeting.kind === 'miam' ? meeting.record.miam : null
  if (miam && miam.outcome !== null && miam.partyId)
    return [
      {
        kind: 'miam-outcome',
        audience: { kind: 'party', partyId: miam.partyId },
        title: 'MIAM outcome',
        fileStem: 'miam-outcome',
      },
    ]
  const session = meeting.kind === 'mediation-session' ? meeting.record.session : null
  if (!session) return []
  const parents = meeting.participants.filter((person) => person.group === 'family')
  // The agreement to mediate, once countersigned here (a later session only says when it was signed).
  const agreements = agreementOf(session).mediatorSignedAt
    ? parents.map((person, index) => ({
        kind: 'agreement-to-mediate' as const,
        audience: { kind: 'party' as const, partyId: person.id },
        title: 'Agreement to mediate',
        fileStem: `agreement-to-mediate-copy-${index + 1}`,
      }))
    : []
  if (session.outcome === null) return agreements
  return [
    ...agreements,
    ...parents.map((person, index) => ({
      kind: 'parenting-plan' as const,
      audience: { kind: 'party' as const, partyId: person.id },
      title: session.outcome === 'not-agreed' ? 'Mediation: no agreement reached' : 'Parenting plan',
      fileStem: `parenting-plan-copy-${index + 1}`,
    })),
  ]
}

/** The closing that signs a mediation meeting: its MIAM's or its session's. */
function closingOf(meeting: MediationMeeting) {
  return meeting.record.miam?.closed ?? meeting.record.session?.closed ?? null
}

/**
 * Family mediation: MIAMs and sessions. A MIAM is with one parent: its screening, the mediator's decision
 * and the outcome a parent can give a court. A session has the agreement to mediate, hearing from a child
 * and the parenting plan, one signed copy of each for each parent. There is no room view.
 */
export const mediationModule: KindModule<
  MediationRecord,
  MiamCommand | SessionCommand | SessionSetupCommand
> = {
  family: 'mediation',
  caseLabel: 'Mediation',
  chairTitle: 'Mediator',
  // Mediation's audiences are not the family's: what one parent tells the mediator in private is for the
  // mediator alone, so mediation has no room view; each document is made from one parent's projection.
  preview:
    'Mediation is a preview in this version of Convene. A case runs from each parent’s MIAM (private ' +
    'screening, your decision, the outcome a parent can give a court) through consent and the agreement to ' +
    'mediate to sessions and each parent’s signed parenting plan; it is never shown to the room. If a ' +
    'parent says something that suggests a child is at risk, choose Safeguarding concern, at the top of the screen (its shortcut is on the button).',
  kinds: mediationKindInfo,
  recordSchema: MediationRecordSchema,
  blankRecord: blankMediationRecord,
  commands: { ...miamCommands, ...sessionCommands, ...sessionSetupCommands },
  prepare: (meeting, command, environment) =>
    command.type in miamCommands
      ? prepareMiamCommand(meeting, command as MiamCommand, environment.screeningQuestions)
      : command,
  referenceProblems: (meeting) => {
    const miam = meeting.record.miam
    if (!miam) return sessionReferenceProblems(meeting)
    const problems: Array<{ path: string; message: string }> = []
    const partyId = miam.partyId
    if (partyId && !meeting.participants.some((person) => person.id === partyId && person.group === 'family'))
      problems.push({
        path: 'record.miam.partyId',
        message: 'The MIAM is with someone not listed as a family member',
      })
    // An answer is to a question of the MIAM's own set: one to no question of it was not made by Convene.
    const asked = new Set(miam.questionSet.questions.map((question) => question.id))
    if (Object.keys(miam.answers).some((id) => !asked.has(id)))
      problems.push({
        path: 'record.miam.answers',
        message: 'The MIAM has an answer to a question its screening set does not ask',
      })
    // Closing records the outcome and the signature together: one without the other was not made by Convene.
    if ((miam.outcome === null) !== (miam.closed === null))
      problems.push({ path: 'record.miam.outcome', message: 'A MIAM has an outcome only once it is closed' })
    return problems
  },
  whereNamed: (meeting, personId) => {
    if (meeting.record.miam?.partyId === personId) return 'the MIAM, as the parent it is with'
    const session = meeting.record.session
    if (session?.agreement?.signatures.some((signature) => signature.partyId === personId))
      return 'the agreement to mediate, as a parent who signed it'
    if (session?.childConsultation?.parentsConsented.includes(personId))
      return 'hearing from a child, as a parent who consented'
    return null
  },
  withoutPerson: (record) => record,
  signedMessage:
    'This is closed and signed, so it cannot be changed. What has changed since goes in the next meeting of the case.',
  isSigned: (meeting) => closingOf(meeting) !== null,
  signedVersions: (meeting) => {
    const closed = closingOf(meeting)
    return closed
      ? [{ number: 1, signedAt: closed.at, hash: closed.hash, signedElsewhere: closed.elsewhere === true }]
      : []
  },
  // A MIAM closed on another laptop is described, never signed here: its documents come from there.
  fromElsewhere: (meeting) => {
    const { miam, session } = meeting.record
    if (miam?.closed) return withMiam(meeting, { ...miam, closed: { ...miam.closed, elsewhere: true } })
    if (session?.closed)
      return withSession(meeting, { ...session, closed: { ...session.closed, elsewhere: true } })
    return meeting
  },
  withoutVersions: (meeting) => {
    const session = meeting.record.session
    const withoutMiam = miamAsClosed(meeting)
    return session ? withSession(withoutMiam, { ...session, closed: null }) : withoutMiam
  },
  versionsKeptOut: (meeting) => meeting,
  restoreSnapshot: (snapshot) => snapshot,
  readiness: (meeting) =>
    meeting.kind === 'miam'
      ? miamReadiness(meeting)
      : sessionReadiness(meeting, meeting.record.session?.outcome ?? null),
  summaryFacts: () => ({}),
  keyDates: () => [],
  projectRecord: projectMediationRecord,
  documents: mediationDocuments,
  hasRoomView: false,
  sectionKinds: ['notes'],
  followOns: mediationFollowOns,
  previousMeetingId: () => null,
  carryOver: mediationCarryOver,
  caseRules: {
    parties: mediationCaseParties,
    stage: (record, meetings) => mediationStage(record, meetings).label,
    startProblem: (kind, record, meetings) =>
      kind === 'mediation-session' ? sessionStartProblem(record, meetings) : null,
    cautions: sessionCautions,
    watches: commandsAStoppedCaseRefuses,
    commandProblem: stoppedCaseProblem,
    settle: agreementFromCase,
  },
}

/** A checked mediation kind, for zod. */
export const MediationKindSchema = z.enum(['miam', 'mediation-session'])
