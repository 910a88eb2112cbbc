import type { ChannelName } from './contract.ts'

/**
 * The channel names alone, so the preload can build `window.convene` without bundling zod. The type below
 * fails to compile if a name is missing or misspelt; a unit test checks the list matches the contract.
 */
export const channelNames = [
  'app.info',
  'app.notices',
  'vault.status',
  'vault.create',
  'vault.unlock',
  'meetings.list',
  'meetings.get',
  'meetings.create',
  'meetings.remove',
  'meetings.followOn',
  'meetings.cases',
  'meetings.exportInterchange',
  'meetings.importInterchange',
  'meetings.apply',
  'meetings.roomView',
  'meetings.history',
  'meetings.caseHistory',
  'cases.get',
  'cases.apply',
  'safeguarding.due',
  'safeguarding.letter',
  'handover.card',
  'handover.addAdministrator',
  'handover.administrators',
  'handover.handOver',
  'handover.open',
  'handover.list',
  'handover.distribution',
  'handover.updateDistribution',
  'desk.record',
  'desk.due',
  'desk.pack',
  'desk.recordSent',
  'desk.recordCorrection',
  'desk.decideCorrection',
  'drafts.get',
  'drafts.save',
  'settings.get',
  'settings.update',
  'settings.reset',
  'meetings.exportDocuments',
  'identity.get',
  'identity.saveSignature',
  'identity.setRole',
  'identity.importCertificate',
  'documents.verify',
  'documents.readCertificate',
  'files.openMeetingFile',
  'files.save',
  'presenter.open',
  'presenter.close',
] as const satisfies ReadonlyArray<ChannelName>

type Missing = Exclude<ChannelName, (typeof channelNames)[number]>
/** Compile-time proof that no channel was left out of the list. */
export const everyChannelListed: Missing extends never ? true : Missing = true
