import { mkdir } from 'node:fs/promises'
import type { AppInfo, VaultStatus } from '../../shared/contract/values.ts'
import type { ConveneEvents, EventName } from '../../shared/contract/events.ts'
import { fail, ok, type Result } from '../../shared/util/result.ts'
import { KeyVault, type Keychain, type ScryptParameters } from './store/key-vault.ts'
import { MeetingStore } from './store/meeting-store.ts'
import { SettingsStore } from './store/settings-store.ts'
import { IdentityStore } from './store/identity-store.ts'
import { DraftStore } from './store/draft-store.ts'
import { familyView } from '../../shared/rules/family-view.ts'
import type { Logger } from './logger.ts'

/** Pushes an event to every window (Electron's webContents.send, or the test host's event stream). */
export type EventSink = <E extends EventName>(event: E, payload: ConveneEvents[E]) => void

/** Everything the session needs from its surroundings. */
export type SessionOptions = {
  readonly dataFolder: string
  readonly logFolder: string
  /** The OS keychain, or null where there is none (plain Node, or Linux's plain-text fallback). */
  readonly keychain: Keychain | null
  readonly now: () => Date
  readonly logger: Logger
  readonly emit: EventSink
  readonly version: string
  readonly runtime: AppInfo['runtime']
  readonly scrypt?: ScryptParameters
}

/**
 * One running Convene: the key vault and, once it is unlocked, the meeting store. The IPC handlers talk to
 * this and nothing else.
 */
export class ConveneSession {
  private readonly options: SessionOptions
  private readonly vault: KeyVault
  private vaultStatus: VaultStatus
  private store: MeetingStore | null = null
  private councilSettings: SettingsStore | null = null
  private chairIdentity: IdentityStore | null = null
  private noteDrafts: DraftStore | null = null

  private constructor(options: SessionOptions, status: VaultStatus) {
    this.options = options
    this.vault = new KeyVault(options.dataFolder, options.scrypt)
    this.vaultStatus = status
  }

  /** Starts a session: with a keychain the store opens at once; with a passphrase it waits for the user. */
  static async start(options: SessionOptions): Promise<ConveneSession> {
    await mkdir(options.dataFolder, { recursive: true, mode: 0o700 })
    const protection = options.keychain?.isAvailable() ? 'os-keychain' : 'passphrase'
    const session = new ConveneSession(options, { state: 'locked', protection })
    await session.openAtStart()
    return session
  }

  /** Whether the store is open, and how the key is protected. */
  status(): VaultStatus {
    return this.vaultStatus
  }

  /** Facts about this installation. */
  info(): AppInfo {
    return {
      version: this.options.version,
      dataFolder: this.options.dataFolder,
      logFolder: this.options.logFolder,
      runtime: this.options.runtime,
    }
  }

  /** Sets the passphrase on first use, and opens the store. */
  async createPassphrase(passphrase: string): Promise<Result<VaultStatus>> {
    if (this.vaultStatus.state !== 'needs-setup')
      return fail('already-set-up', 'Convene is already set up on this computer.')
    const key = await this.vault.createWithPassphrase(passphrase)
    if (!key.ok) return key
    this.options.logger.info('vault.created', { protection: 'passphrase' })
    return this.openStore(key.value, 'passphrase')
  }

  /** Opens the store with the passphrase. */
  async unlock(passphrase: string): Promise<Result<VaultStatus>> {
    if (this.vaultStatus.state === 'unlocked') return ok(this.vaultStatus)
    if (this.vaultStatus.state !== 'locked')
      return fail('locked', 'Convene cannot be unlocked with a passphrase here.')
    const key = await this.vault.unlockWithPassphrase(passphrase)
    if (!key.ok) {
      this.options.logger.warn('vault.unlock-refused', { code: key.error.code })
      return key
    }
    return this.openStore(key.value, 'passphrase')
  }

  /** The meeting store, or a 'locked' failure before the user has unlocked it. */
  meetings(): Result<MeetingStore> {
    if (this.store) return ok(this.store)
    return fail('locked', 'Convene is locked. Enter your passphrase to open your meetings.')
  }

  /** The council's settings, or a 'locked' failure before the user has unlocked Convene. */
  settings(): Result<SettingsStore> {
    if (this.councilSettings) return ok(this.councilSettings)
    return fail('locked', 'Convene is locked. Enter your passphrase to open your meetings.')
  }

  /** The chair's signature and signing key, or a 'locked' failure before the user has unlocked Convene. */
  identity(): Result<IdentityStore> {
    if (this.chairIdentity) return ok(this.chairIdentity)
    return fail('locked', 'Convene is locked. Enter your passphrase to open your meetings.')
  }

  /** The capture box's drafts, or a 'locked' failure before the user has unlocked Convene. */
  drafts(): Result<DraftStore> {
    if (this.noteDrafts) return ok(this.noteDrafts)
    return fail('locked', 'Convene is locked. Enter your passphrase to open your meetings.')
  }

  /** Waits for every save under way; call before quitting. */
  async close(): Promise<void> {
    await this.store?.flush()
  }

  private async openAtStart(): Promise<void> {
    const state = await this.vault.state()
    if (!state.ok) {
      this.vaultStatus = { ...this.vaultStatus, state: 'unavailable', problem: state.error.message }
      return
    }
    const keychain = this.options.keychain
    if (!state.value.exists) {
      if (keychain?.isAvailable()) {
        const key = await this.vault.createWithKeychain(keychain)
        if (key.ok) await this.openStore(key.value, 'os-keychain')
        this.options.logger.info('vault.created', { protection: 'os-keychain' })
      } else {
        this.vaultStatus = { state: 'needs-setup', protection: 'passphrase' }
      }
      return
    }
    if (state.value.protection === 'passphrase') {
      this.vaultStatus = { state: 'locked', protection: 'passphrase' }
      return
    }
    if (!keychain?.isAvailable()) {
      this.vaultStatus = {
        state: 'unavailable',
        protection: 'os-keychain',
        problem:
          "Convene's key is kept in this computer's keychain, which is not available right now. Sign in to your computer account as usual and start Convene again.",
      }
      return
    }
    const key = await this.vault.unlockWithKeychain(keychain)
    if (key.ok) await this.openStore(key.value, 'os-keychain')
    else this.vaultStatus = { state: 'unavailable', protection: 'os-keychain', problem: key.error.message }
  }

  private async openStore(key: Buffer, protection: VaultStatus['protection']): Promise<Result<VaultStatus>> {
    const store = await MeetingStore.open({
      folder: this.options.dataFolder,
      key,
      now: this.options.now,
      logger: this.options.logger,
    })
    store.onDidUpdate((change) => {
      if (change.type === 'meeting-saved') {
        this.options.emit('meeting-changed', {
          meetingId: change.meeting.id,
          revision: change.meeting.revision,
        })
        this.options.emit('family-view-changed', { meeting: familyView(change.meeting) })
      } else this.options.emit('meetings-changed', { reason: change.reason })
    })
    const settings = await SettingsStore.open({
      folder: this.options.dataFolder,
      key,
      now: this.options.now,
      logger: this.options.logger,
    })
    settings.onDidUpdate((saved) => this.options.emit('settings-changed', { settings: saved }))
    this.councilSettings = settings
    this.chairIdentity = await IdentityStore.open({
      folder: this.options.dataFolder,
      key,
      now: this.options.now,
      logger: this.options.logger,
    })
    this.noteDrafts = new DraftStore({
      folder: this.options.dataFolder,
      key,
      now: this.options.now,
      logger: this.options.logger,
    })
    this.store = store
    this.vaultStatus = { state: 'unlocked', protection }
    this.options.logger.info('store.opened', { protection, meetings: store.list().length })
    return ok(this.vaultStatus)
  }
}
