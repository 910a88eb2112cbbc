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
} from './miam-commands.ts'
import { miamReadiness } from './miam-rules.ts'
import { projectMediationRecord } from './project-record.ts'
import { mediationCarryOver, mediationFollowOns } from './follow-on.ts'

const agenda = (kind: string) => AgendaSchema.parse((templates as Record<string, unknown>)[kind])

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
    tabs: ['setup', 'live', 'language'],
  },
}

/** The MIAM's outcome, for the parent it was with: from that parent's projection, so never the screening. */
function miamDocuments(meeting: MediationMeeting): ReadonlyArray<DocumentSpec> {
  // Only a closed MIAM has an outcome to give a court; until then there is nothing to sign or send.
  const miam = meeting.kind === 'miam' ? meeting.record.miam : null
  // (The outcome is set only by closing; the meeting as closed, which a version is, has no closing of its own.)
  const partyId = miam && miam.outcome !== null ? miam.partyId : null
  if (!partyId) return []
  return [
    {
      kind: 'miam-outcome',
      audience: { kind: 'party', partyId },
      title: 'MIAM outcome',
      fileStem: 'miam-outcome',
    },
  ]
}

/**
 * Family mediation: MIAMs and sessions. A MIAM is with one parent: its screening, the mediator's decision
 * and the outcome a parent can give a court. There is no room view (what a parent says in their MIAM is for
 * the mediator alone); sessions make no documents yet.
 */
export const mediationModule: KindModule<MediationRecord, MiamCommand> = {
  family: 'mediation',
  caseLabel: 'Mediation',
  // Mediation's audiences are not the family's: what one parent tells the mediator in a MIAM's private time
  // is for the mediator alone. Until mediation has its own record and audiences, it is shown to no room and
  // makes no documents.
  preview:
    'Mediation is a preview in this version of Convene. A MIAM has its screening, your decision and the ' +
    'outcome the parent can give a court; sessions can be set up and minuted, but not shown to the room, ' +
    'and make no documents yet: those come when mediation has its own copies for each parent, so that ' +
    'nothing said in private reaches the other.',
  kinds: mediationKindInfo,
  recordSchema: MediationRecordSchema,
  blankRecord: blankMediationRecord,
  commands: miamCommands,
  prepare: (meeting, command, environment) =>
    prepareMiamCommand(meeting, command, environment.screeningQuestions),
  referenceProblems: (meeting) => {
    const miam = meeting.record.miam
    if (!miam) return []
    const problems: Array<{ path: string; message: string }> = []
    const partyId = miam.partyId
    if (partyId && !meeting.participants.some((person) => person.id === partyId && person.group === 'family'))
      problems.push({
        path: 'record.miam.partyId',
        message: 'The MIAM is with someone not listed as a family member',
      })
    // Closing records the outcome and the signature together: one without the other was not made by Convene.
    if ((miam.outcome === null) !== (miam.closed === null))
      problems.push({ path: 'record.miam.outcome', message: 'A MIAM has an outcome only once it is closed' })
    return problems
  },
  whereNamed: (meeting, personId) =>
    meeting.record.miam?.partyId === personId ? 'the MIAM, as the parent it is with' : null,
  withoutPerson: (record) => record,
  isSigned: (meeting) => (meeting.record.miam?.closed ?? null) !== null,
  signedVersions: (meeting) => {
    const closed = meeting.record.miam?.closed
    return closed
      ? [{ number: 1, signedAt: closed.at, hash: closed.hash, signedElsewhere: closed.elsewhere === true }]
      : []
  },
  // A MIAM closed on another laptop is described, never signed here: its documents come from there.
  fromElsewhere: (meeting) => {
    const miam = meeting.record.miam
    return miam?.closed
      ? withMiam(meeting, { ...miam, closed: { ...miam.closed, elsewhere: true } })
      : meeting
  },
  withoutVersions: miamAsClosed,
  versionsKeptOut: (meeting) => meeting,
  restoreSnapshot: (snapshot) => snapshot,
  readiness: miamReadiness,
  summaryFacts: () => ({}),
  keyDates: () => [],
  projectRecord: projectMediationRecord,
  documents: miamDocuments,
  hasRoomView: false,
  sectionKinds: ['notes'],
  followOns: mediationFollowOns,
  previousMeetingId: () => null,
  carryOver: mediationCarryOver,
}

/** A checked mediation kind, for zod. */
export const MediationKindSchema = z.enum(['miam', 'mediation-session'])
