import { HandoverService } from '../services/handover/handover-service.ts'
import { DeskService } from '../services/handover/desk-service.ts'
import type { OpenedFile, PresenterOpened, SavedFiles } from '../../shared/contract/values.ts'
import { ok, type Result } from '../../shared/util/result.ts'
import { DocumentService } from '../services/document-service.ts'
import { MeetingService } from '../services/meeting-service.ts'
import { CaseService } from '../services/case-service.ts'
import { SafeguardingService } from '../services/safeguarding-service.ts'
import { OutcomesService } from '../services/outcomes-service.ts'
import type { ConveneSession } from '../services/session.ts'
import type { SettingsStore } from '../services/store/settings-store.ts'
import type { FileToSave } from '../services/user-files.ts'
import type { Handlers } from './dispatch.ts'
import { draftHandlers } from './draft-handlers.ts'

/**
 * What only the platform can do: open and close the presenter window, and ask the user where files come
 * from and go (Electron's own windows and dialogs); the test host has neither and lets the page do it.
 */
export type PlatformControls = {
  readonly presenter: {
    readonly open: (meetingId: string) => Promise<PresenterOpened>
    readonly close: () => Promise<void>
  }
  readonly files: {
    readonly openMeetingFile: () => Promise<Result<OpenedFile>>
    readonly save: (files: ReadonlyArray<FileToSave>) => Promise<Result<SavedFiles>>
  }
}

/**
 * Binds every channel of the contract to the use cases (services/): this layer only passes calls through,
 * so the same use cases serve Electron's IPC and the test host alike.
 */
export function createHandlers(
  session: ConveneSession,
  now: () => Date,
  platform: PlatformControls,
): Handlers {
  const meetings = new MeetingService(session, now)
  const documents = new DocumentService(session, now)
  const cases = new CaseService(session, now)
  const safeguarding = new SafeguardingService(session, now)
  const handovers = new HandoverService(session, documents, now)
  const desk = new DeskService(session, now)
  const outcomes = new OutcomesService(session, now)
  const withSettings = <T>(run: (settings: SettingsStore) => Promise<Result<T>>): Promise<Result<T>> => {
    const settings = session.settings()
    return settings.ok ? run(settings.value) : Promise.resolve(settings)
  }
  return {
    'app.info': async () => ok(session.info()),
    'app.notices': async () => ok(session.notices()),
    'vault.status': async () => ok(session.status()),
    'vault.create': ({ passphrase }) => session.createPassphrase(passphrase),
    'vault.unlock': ({ passphrase }) => session.unlock(passphrase),
    'meetings.list': () => meetings.list(),
    'meetings.cases': () => meetings.cases(),
    'meetings.get': (id) => meetings.get(id),
    'meetings.create': (draft) => meetings.create(draft),
    'meetings.followOn': (previousId, kind, date) => meetings.followOn(previousId, kind, date),
    'meetings.apply': (id, command) => meetings.apply(id, command),
    'meetings.roomView': (id) => meetings.roomView(id),
    'meetings.history': (id) => meetings.history(id),
    'meetings.caseHistory': (id) => meetings.caseHistory(id),
    'meetings.remove': (id) => meetings.remove(id),
    'meetings.exportInterchange': (id) => meetings.exportInterchange(id),
    'meetings.importInterchange': (text) => meetings.importInterchange(text),
    'cases.get': (id) => cases.get(id),
    'cases.apply': (id, command) => cases.apply(id, command),
    'safeguarding.due': () => safeguarding.due(),
    'safeguarding.letter': (caseId, concernId) => safeguarding.letter(caseId, concernId),
    'handover.card': (name) => handovers.card(name),
    'handover.addAdministrator': (card, heard) => handovers.addAdministrator(card, heard),
    'handover.administrators': async () => handovers.administrators(),
    'handover.removeAdministrator': (fingerprint) => handovers.removeAdministrator(fingerprint),
    'handover.handOver': (meetingId, fingerprint) => handovers.handOver(meetingId, fingerprint),
    'handover.open': (file) => handovers.openForDesk(file),
    'handover.list': () => handovers.list(),
    'handover.distribution': (id) => handovers.distribution(id),
    'handover.updateDistribution': (id, recipients) => handovers.updateDistribution(id, recipients),
    'desk.record': (id) => desk.record(id),
    'desk.due': () => desk.due(),
    'desk.pack': (id, what) => desk.pack(id, what),
    'desk.recordSent': (id, what, recipients, on) => desk.recordSent(id, what, recipients, on),
    'desk.recordCorrection': (id, request) => desk.recordCorrection(id, request),
    'desk.correctionForChair': (id, correctionId) => desk.correctionForChair(id, correctionId),
    'handover.openCorrection': (file) => handovers.openCorrection(file),
    'desk.decideCorrection': (id, correctionId, accepted, reason) =>
      desk.decideCorrection(id, correctionId, accepted, reason),
    'outcomes.rows': () => outcomes.rowsHere(),
    'outcomes.imported': () => outcomes.imported(),
    'outcomes.exportFile': () => outcomes.exportFile(),
    'outcomes.csv': (source) => outcomes.csv(source),
    'outcomes.import': (text) => outcomes.importFile(text),
    'outcomes.remove': (exportId) => outcomes.removeFile(exportId),
    'meetings.exportDocuments': (id, number) => documents.exportDocuments(id, number),
    'settings.get': () => withSettings(async (settings) => ok(settings.get())),
    'settings.update': (patch) => withSettings((settings) => settings.update(patch)),
    'settings.reset': () => withSettings((settings) => settings.reset()),
    'identity.get': () => documents.identity(),
    'identity.saveSignature': (mark) => documents.saveSignature(mark),
    'identity.setRole': (role) => documents.setRole(role),
    'identity.importCertificate': ({ file, password }) =>
      documents.useOrganisationCertificate(file, password),
    'documents.verify': (file) => documents.verify(file),
    'documents.readCertificate': (file) => documents.readCertificate(file),
    'files.openMeetingFile': () => platform.files.openMeetingFile(),
    'files.save': ({ files }) => platform.files.save(files),
    ...draftHandlers(session),
    'presenter.open': async (id) => {
      const view = await meetings.roomView(id)
      return view.ok ? ok(await platform.presenter.open(id)) : view
    },
    'presenter.close': async () => {
      await platform.presenter.close()
      return ok({ closed: true as const })
    },
  }
}
