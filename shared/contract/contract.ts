import { z } from 'zod'
import { maxPassphraseLength } from '../vault/passphrase-limits.ts'
import {
  RecipientSchema,
  type HandoverSummary,
  type Recipient,
  type TrustedAdministrator,
} from '../handover/handover.ts'
import { IdSchema, IsoDateSchema } from '../model/primitives.ts'
import { CorrectionReceivedSchema, type DeskRecord, type DeskRow } from '../handover/desk-due.ts'
import { sendings } from '../handover/desk-log.ts'
import type { CorrectionRequest } from '../handover/correction-request.ts'
import type { ImportedOutcomesView, ImportReport, OutcomesHere } from '../outcomes/outcomes-file.ts'
import { MeetingKindSchema, NewMeetingSchema, type Meeting } from '../meeting/meeting.ts'
import type { CaseSummary } from '../meeting/case.ts'
import type { CaseView, SafeguardingDue } from '../meeting/case-view.ts'
import { CaseCommandSchema } from '../case/case-commands.ts'
import type { MeetingListEntry } from '../meeting/meeting-summary.ts'
import type { MeetingHistory } from '../meeting/history.ts'
import type {
  AppInfo,
  ImportOutcome,
  LoadedMeeting,
  OpenedFile,
  PresenterOpened,
  SavedFiles,
  StoreNotice,
  VaultStatus,
} from './values.ts'
import { MeetingCommandSchema } from '../meeting/meeting-command.ts'
import { NoteDraftSchema, type NoteDraft } from '../model/note-draft.ts'
import { CouncilSettingsPatchSchema, type CouncilSettings } from '../settings/settings.ts'
import type { TrustedCertificate } from '../settings/trusted-certificates.ts'
import type { ProjectedMeeting } from '../meeting/project.ts'
import {
  laptopRoles,
  SignatureMarkSchema,
  type ExportedDocument,
  type IdentitySummary,
  type VerifyOutcome,
} from '../model/identity.ts'

/** A channel's argument schema, with its result type carried along for the type checker only. */
export type ChannelSpec<In extends z.ZodTuple, Out> = { readonly input: In; readonly output: Out }

function returns<Out>() {
  return <In extends z.ZodTuple>(input: In): ChannelSpec<In, Out> => ({ input, output: undefined as Out })
}

const PassphraseSchema = z.object({
  passphrase: z.string().max(maxPassphraseLength, { error: 'A passphrase can be at most 1,024 characters' }),
})

/** A file name the user will see and the app may write: no folders, nothing hidden, nothing reserved. */
const FileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|]+$/, { error: 'A file name cannot hold / \\ : * ? " < > |' })
  .refine((name) => ![...name].some((character) => character.charCodeAt(0) < 32), {
    error: 'A file name cannot hold control characters',
  })
  .refine((name) => !name.startsWith('.') && !name.endsWith('.') && !name.endsWith(' '), {
    error: 'A file name cannot start or end with a dot or end with a space',
  })

/** Files to save for the user: Word documents or a meeting file, as base64. */
const FilesToSaveSchema = z.object({
  files: z
    .array(z.object({ fileName: FileNameSchema, base64: z.base64().max(300_000_000) }))
    .min(1)
    // An administrator's pack: two copies, and a draft or letter for each of up to 300 people.
    .max(400),
})

/**
 * Every call the renderer can make into the main process: its name ('namespace.method'), the schema its
 * arguments are parsed against (they arrive as `unknown`), and what it returns. The preload's
 * `window.convene`, main's handler table and the renderer's client are all typed from this one map.
 */
export const contract = {
  'app.info': returns<AppInfo>()(z.tuple([])),
  'app.notices': returns<ReadonlyArray<StoreNotice>>()(z.tuple([])),
  'vault.status': returns<VaultStatus>()(z.tuple([])),
  'vault.create': returns<VaultStatus>()(z.tuple([PassphraseSchema])),
  'vault.unlock': returns<VaultStatus>()(z.tuple([PassphraseSchema])),
  'meetings.list': returns<ReadonlyArray<MeetingListEntry>>()(z.tuple([])),
  'meetings.get': returns<LoadedMeeting>()(z.tuple([IdSchema])),
  'meetings.create': returns<Meeting>()(
    z.tuple([NewMeetingSchema.extend({ caseId: IdSchema.nullable().default(null) })]),
  ),
  'meetings.remove': returns<{ readonly removed: true }>()(z.tuple([IdSchema])),
  'meetings.followOn': returns<Meeting>()(z.tuple([IdSchema, MeetingKindSchema, IsoDateSchema])),
  'meetings.cases': returns<ReadonlyArray<CaseSummary>>()(z.tuple([])),
  'meetings.exportInterchange': returns<{ readonly fileName: string; readonly text: string }>()(
    z.tuple([IdSchema]),
  ),
  'meetings.importInterchange': returns<ImportOutcome>()(
    z.tuple([z.string().max(200_000_000, { error: 'This file is too large to be a meeting' })]),
  ),
  'meetings.apply': returns<Meeting>()(z.tuple([IdSchema, MeetingCommandSchema])),
  'meetings.roomView': returns<ProjectedMeeting>()(z.tuple([IdSchema])),
  'meetings.history': returns<MeetingHistory>()(z.tuple([IdSchema])),
  /** The history of the case a meeting is in: every change to each of its meetings. */
  'meetings.caseHistory': returns<MeetingHistory>()(z.tuple([IdSchema])),
  /** A case as its screen shows it: for the chair or mediator alone. */
  'cases.get': returns<CaseView>()(z.tuple([IdSchema])),
  /** Adds one change to a case's journal (consent, withdrawal, a party's details). */
  'cases.apply': returns<CaseView>()(z.tuple([IdSchema, CaseCommandSchema])),
  /** Every safeguarding step due across the cases, soonest first: for the home screen and the flow. */
  'safeguarding.due': returns<ReadonlyArray<SafeguardingDue>>()(z.tuple([])),
  /** The written follow-up of a concern's referral, signed, in Word. */
  'safeguarding.letter': returns<ExportedDocument>()(z.tuple([IdSchema, IdSchema])),
  /** This laptop's card for chairs to add, made with its handover key the first time. */
  'handover.card': returns<{ readonly text: string; readonly fingerprint: string }>()(
    z.tuple([z.string().max(200)]),
  ),
  /** Adds an administrator from their card, once the fingerprint read aloud matches it. */
  'handover.addAdministrator': returns<ReadonlyArray<TrustedAdministrator>>()(
    z.tuple([z.string().max(10_000), z.string().max(60)]),
  ),
  'handover.administrators': returns<ReadonlyArray<TrustedAdministrator>>()(z.tuple([])),
  /** Stops handing over to an administrator (by fingerprint). */
  'handover.removeAdministrator': returns<ReadonlyArray<TrustedAdministrator>>()(
    z.tuple([z.string().max(30)]),
  ),
  /** A signed meeting sealed for one administrator (by fingerprint), as a file to give them. */
  'handover.handOver': returns<ExportedDocument>()(z.tuple([IdSchema, z.string().max(30)])),
  /** Opens a handover sealed for this laptop, and keeps it. */
  'handover.open': returns<HandoverSummary>()(
    z.tuple([z.string().max(300_000_000, { error: 'This file is too large to be a handover' })]),
  ),
  'handover.list': returns<ReadonlyArray<HandoverSummary>>()(z.tuple([])),
  /** A kept handover's distribution list. */
  'handover.distribution': returns<ReadonlyArray<Recipient>>()(z.tuple([IdSchema])),
  /** The distribution list as the administrator has edited it, kept however far it is filled in. */
  'handover.updateDistribution': returns<ReadonlyArray<Recipient>>()(
    z.tuple([IdSchema, z.array(RecipientSchema).max(300)]),
  ),
  /** A handed-over record on the administrator's desk: where it stands, its dates, list and log. */
  'desk.record': returns<DeskRecord>()(z.tuple([IdSchema])),
  /** The due view: every record in hand, soonest owed first. */
  'desk.due': returns<ReadonlyArray<DeskRow>>()(z.tuple([])),
  /** The pack for a sending (the signed copies, an email draft or cover letter for each person). */
  'desk.pack': returns<ReadonlyArray<ExportedDocument>>()(z.tuple([IdSchema, z.enum(sendings)])),
  /** Records what the administrator sent, to whom, on which day. */
  'desk.recordSent': returns<DeskRecord>()(
    z.tuple([IdSchema, z.enum(sendings), z.array(IdSchema).min(1).max(300), IsoDateSchema]),
  ),
  /** Records a correction asked for. */
  'desk.recordCorrection': returns<DeskRecord>()(z.tuple([IdSchema, CorrectionReceivedSchema])),
  /** Accepts or declines a correction, with the reason. */
  /** An accepted correction sealed back to the laptop that handed the record over. */
  'desk.correctionForChair': returns<ExportedDocument>()(z.tuple([IdSchema, IdSchema])),
  /** Opens a correction request the administrator sealed back to this laptop. */
  'handover.openCorrection': returns<CorrectionRequest>()(
    z.tuple([z.string().max(1_000_000, { error: 'This file is too large to be a correction request' })]),
  ),
  'desk.decideCorrection': returns<DeskRecord>()(
    z.tuple([
      IdSchema,
      IdSchema,
      z.boolean(),
      z.string().trim().min(1, { error: 'Give the reason, in words the family will read' }).max(2000),
    ]),
  ),
  /** This laptop's cases and conferences as outcomes rows (no names), for its own dashboard. */
  'outcomes.rows': returns<OutcomesHere>()(z.tuple([])),
  /** The rows a service lead imported, and the files they came from. */
  'outcomes.imported': returns<ImportedOutcomesView>()(z.tuple([])),
  /** This laptop's outcomes file for the service lead. */
  'outcomes.exportFile': returns<ExportedDocument>()(z.tuple([])),
  /** The rows as CSV for the steering group: this laptop's, or those imported. */
  'outcomes.csv': returns<ExportedDocument>()(z.tuple([z.enum(['here', 'imported'])])),
  /** Takes an imported outcomes file out again, by its export's identifier. */
  'outcomes.remove': returns<ImportReport>()(z.tuple([z.uuid()])),
  /** Imports an outcomes file's text. */
  'outcomes.import': returns<ImportReport>()(
    z.tuple([z.string().max(60_000_000, { error: 'This file is too large to be an outcomes file' })]),
  ),
  'drafts.get': returns<NoteDraft | null>()(z.tuple([IdSchema])),
  'drafts.save': returns<{ readonly saved: true }>()(z.tuple([IdSchema, NoteDraftSchema])),
  'settings.get': returns<CouncilSettings>()(z.tuple([])),
  'settings.update': returns<CouncilSettings>()(z.tuple([CouncilSettingsPatchSchema])),
  'settings.reset': returns<CouncilSettings>()(z.tuple([])),
  'meetings.exportDocuments': returns<ReadonlyArray<ExportedDocument>>()(
    z.tuple([IdSchema, z.int().min(1).max(50).nullable()]),
  ),
  'identity.get': returns<IdentitySummary>()(z.tuple([])),
  'identity.saveSignature': returns<IdentitySummary>()(z.tuple([SignatureMarkSchema])),
  /** Sets who uses this laptop: a chair or mediator, an administrator (the desk alone), or a service lead. */
  'identity.setRole': returns<IdentitySummary>()(z.tuple([z.enum(laptopRoles)])),
  'identity.importCertificate': returns<IdentitySummary>()(
    z.tuple([z.object({ file: z.base64().max(200_000), password: z.string().max(1024) })]),
  ),
  'documents.verify': returns<VerifyOutcome>()(
    z.tuple([z.base64().max(140_000_000, { error: 'This file is too large to be a signed document' })]),
  ),
  'documents.readCertificate': returns<ReadonlyArray<TrustedCertificate>>()(
    z.tuple([z.base64().max(400_000, { error: 'This file is too large to be a certificate' })]),
  ),
  'files.openMeetingFile': returns<OpenedFile>()(z.tuple([])),
  'files.save': returns<SavedFiles>()(z.tuple([FilesToSaveSchema])),
  'presenter.open': returns<PresenterOpened>()(z.tuple([IdSchema])),
  'presenter.close': returns<{ readonly closed: true }>()(z.tuple([])),
} as const

/**
 * The only channels a presenter window (the screen shown to the room) may call, and about what: 'any' for
 * facts about the app, 'shown-meeting' for a channel whose first argument is a meeting, which the room may
 * ask only about the meeting it is shown. Everything it can reach is family-safe; the rest of the
 * contract is refused to it.
 */
export const presenterChannels: Readonly<Partial<Record<ChannelName, 'any' | 'shown-meeting'>>> = {
  'app.info': 'any',
  'vault.status': 'any',
  'meetings.roomView': 'shown-meeting',
}

/** The contract's type. */
export type Contract = typeof contract
/** A channel's name, such as 'meetings.get'. */
export type ChannelName = keyof Contract
/** The arguments a caller passes on a channel (before parsing). */
export type ChannelArgs<C extends ChannelName> = z.input<Contract[C]['input']>
/** The arguments a handler receives on a channel (after parsing). */
export type ParsedArgs<C extends ChannelName> = z.output<Contract[C]['input']>
/** What a channel returns on success. */
export type ChannelResult<C extends ChannelName> = Contract[C]['output']
