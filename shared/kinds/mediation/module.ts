import { z } from 'zod'
import { AgendaSchema } from '../../model/agenda.ts'
import type { KindInfo, KindModule } from '../kind-module.ts'
import templates from '../../../resources/agenda-templates.json' with { type: 'json' }
import { blankMediationRecord, MediationRecordSchema, type MediationRecord } from './record.ts'

const agenda = (kind: string) => AgendaSchema.parse((templates as Record<string, unknown>)[kind])

/** How each kind of mediation meeting reads and starts. */
export const mediationKindInfo: Readonly<Record<'miam' | 'mediation-session', KindInfo>> = {
  miam: {
    label: 'Mediation information and assessment meeting (MIAM)',
    article: 'a',
    defaultAgenda: agenda('miam'),
    reportDeadlineWorkingDays: 2,
    tabs: ['setup', 'live', 'language'],
  },
  'mediation-session': {
    label: 'Mediation session',
    article: 'a',
    defaultAgenda: agenda('mediation-session'),
    reportDeadlineWorkingDays: 2,
    tabs: ['setup', 'live', 'language'],
  },
}

/**
 * Family mediation: MIAMs and sessions. A preview until mediation's own record and audiences exist: no room
 * view (what a parent says in their MIAM is for the mediator alone) and no documents.
 */
export const mediationModule: KindModule<MediationRecord> = {
  family: 'mediation',
  caseLabel: 'Mediation',
  // Mediation's audiences are not the family's: what one parent tells the mediator in a MIAM's private time
  // is for the mediator alone. Until mediation has its own record and audiences, it is shown to no room and
  // makes no documents.
  preview:
    'Mediation is a preview in this version of Convene. You can set up and minute a mediation meeting, but ' +
    'it cannot be shown to the room and no documents can be made from it yet: those come when mediation has ' +
    'its own copies for each parent, so that nothing said in private reaches the other.',
  kinds: mediationKindInfo,
  recordSchema: MediationRecordSchema,
  blankRecord: blankMediationRecord,
  commands: {},
  prepare: (_meeting, command) => command,
  referenceProblems: () => [],
  whereNamed: () => null,
  withoutPerson: (record) => record,
  isSigned: () => false,
  signedVersions: () => [],
  fromElsewhere: (meeting) => meeting,
  withoutVersions: (meeting) => meeting,
  versionsKeptOut: (meeting) => meeting,
  restoreSnapshot: (snapshot) => snapshot,
  readiness: () => [],
  summaryFacts: () => ({}),
  keyDates: () => [],
  projectRecord: (record) => ({ record, withheld: 0 }),
  documents: () => [],
  hasRoomView: false,
  sectionKinds: ['notes'],
  followOns: () => [],
  previousMeetingId: () => null,
  carryOver: (_previous, next) => next,
}

/** A checked mediation kind, for zod. */
export const MediationKindSchema = z.enum(['miam', 'mediation-session'])
