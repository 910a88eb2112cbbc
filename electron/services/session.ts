import { HandoverFiles } from './store/handover-files.ts'
import { formatWait } from '../../shared/text/format-wait.ts'
import { OutcomesStore } from './store/outcomes-store.ts'
import { OneAtATime } from './store/one-at-a-time.ts'
import { mkdir } from 'node:fs/promises'
import type { AppInfo, StoreNotice, VaultStatus } from '../../shared/contract/values.ts'
import type { ConveneEvents, EventName } from '../../shared/contract/events.ts'
import { fail, ok, type Result } from '../../shared/util/result.ts'
import { KeyVault, type Keychain, type ScryptParameters } from './store/key-vault.ts'
import { MeetingStore } from './store/meeting-store.ts'
import { SettingsStore } from './store/settings-store.ts'
import { IdentityStore } from './store/identity-store.ts'
import { UnlockThrottle, waitSecondsAfter } from './store/unlock-throttle.ts'
import { projectFor } from '../../shared/meeting/project.ts'
import { familyAudience } from '../../shared/model/visibility.ts'
import { moduleOf } from '../../shared/kinds/registry.ts'
import { DraftStore } from './store/draft-store.ts'
import type { Logger } from './logger.ts'

/** Whether the keychain can be used; one that fails to answer counts as not there. */
async function keychainAvailable(keychain: Keychain | null): Promise<boolean> {
  if (!keychain) return false
  try {
    return await keychain.isAvailable()
  } catch {
    return false
  }
}

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
  /** How the lock screen waits between guesses (tests pass one that records instead of sleeping). */
  readonly sleep?: (milliseconds: number) => Promise<void>
  /** The durable writer for every store (the test host passes one that can fail as a full disk does). */
  readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
  /** The durable appender for meetings' journals (the test host passes one that can fail likewise). */
  readonly appendFile?: (path: string, contents: Buffer) => Promise<void>
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
  private readonly throttle: UnlockThrottle
  private unlocking: Promise<unknown> = Promise.resolve()
  private noteDrafts: DraftStore | null = null
  private handedOver: HandoverFiles | null = null
  private importedOutcomes: OutcomesStore | null = null
  /** Changes of who uses the laptop, and the making of meetings, one at a time (neither slips past the other). */
  readonly roleGate = new OneAtATime()

  private constructor(options: SessionOptions, status: VaultStatus) {
    this.options = options
    this.vault = new KeyVault(options.dataFolder, options.scrypt)
    this.throttle = new UnlockThrottle(options.dataFolder, options.sleep)
    this.vaultStatus = status
  }

  /** Starts a session: with a keychain the store opens at once; with a passphrase it waits for the user. */
  static async start(options: SessionOptions): Promise<ConveneSession> {
    await mkdir(options.dataFolder, { recursive: true, mode: 0o700 })
    const protection = (await keychainAvailable(options.keychain)) ? 'os-keychain' : 'passphrase'
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

  /**
   * Opens the store with the passphrase. Attempts are taken one at a time, and each waits first for as long
   * as the wrong passphrases before it ask (`UnlockThrottle`), so guessing at the lock screen is slow.
   */
  unlock(passphrase: string): Promise<Result<VaultStatus>> {
    const attempt = this.unlocking.then(() => this.tryUnlock(passphrase))
    this.unlocking = attempt.catch(() => undefined)
    return attempt
  }

  private async tryUnlock(passphrase: string): Promise<Result<VaultStatus>> {
    if (this.vaultStatus.state === 'unlocked') return ok(this.vaultStatus)
    if (this.vaultStatus.state !== 'locked')
      return fail('locked', 'Convene cannot be unlocked with a passphrase here.')
    await this.throttle.wait()
    const key = await this.vault.unlockWithPassphrase(passphrase)
    if (!key.ok) {
      this.options.logger.warn('vault.unlock-refused', { code: key.error.code })
      if (key.error.code !== 'wrong-passphrase') return key
      const wait = await this.throttle.recordFailure()
      this.vaultStatus = { ...this.vaultStatus, waitSeconds: wait }
      return fail(
        'wrong-passphrase',
        `${key.error.message} To slow down anyone guessing, Convene waits a little longer after each wrong passphrase: the next try will take ${formatWait(wait)} longer.`,
      )
    }
    await this.throttle.reset()
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

  /** What the user must be told about how the settings and the signing identity were read (nothing, usually). */
  notices(): ReadonlyArray<StoreNotice> {
    return [this.councilSettings?.notice ?? null, this.chairIdentity?.notice ?? null].filter(
      (notice): notice is StoreNotice => notice !== null,
    )
  }

  /** The capture box's drafts, or a 'locked' failure before the user has unlocked Convene. */
  drafts(): Result<DraftStore> {
    if (this.noteDrafts) return ok(this.noteDrafts)
    return fail('locked', 'Convene is locked. Enter your passphrase to open your meetings.')
  }

  /** The handovers opened on this laptop, or a 'locked' failure before the user has unlocked Convene. */
  handovers(): Result<HandoverFiles> {
    if (this.handedOver) return ok(this.handedOver)
    return fail('locked', 'Convene is locked. Enter your passphrase to open your meetings.')
  }

  /** The outcomes files a service lead imported, or a 'locked' failure before the user has unlocked Convene. */
  outcomes(): Result<OutcomesStore> {
    if (this.importedOutcomes) return ok(this.importedOutcomes)
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
      if (keychain && (await keychainAvailable(keychain))) {
        const key = await this.vault.createWithKeychain(keychain)
        if (!key.ok) {
          this.vaultStatus = { state: 'unavailable', protection: 'os-keychain', problem: key.error.message }
          return
        }
        await this.openStore(key.value, 'os-keychain')
        this.options.logger.info('vault.created', { protection: 'os-keychain' })
      } else {
        this.vaultStatus = { state: 'needs-setup', protection: 'passphrase' }
      }
      return
    }
    if (state.value.protection === 'passphrase') {
      const waitSeconds = waitSecondsAfter(await this.throttle.failures())
      this.vaultStatus = {
        state: 'locked',
        protection: 'passphrase',
        ...(waitSeconds > 0 ? { waitSeconds } : {}),
      }
      return
    }
    if (!keychain || !(await keychainAvailable(keychain))) {
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
    const writeFile = this.options.writeFile ? { writeFile: this.options.writeFile } : {}
    const store = await MeetingStore.open({
      folder: this.options.dataFolder,
      key,
      now: this.options.now,
      logger: this.options.logger,
      ...writeFile,
      ...(this.options.appendFile ? { appendFile: this.options.appendFile } : {}),
    })
    store.onDidUpdate((change) => {
      if (change.type === 'meeting-saved') {
        this.options.emit('meeting-changed', {
          meetingId: change.meeting.id,
          revision: change.meeting.revision,
        })
        // Only a kind the room may be shown has a room's view to send.
        if (moduleOf(change.meeting.kind).hasRoomView)
          this.options.emit('room-view-changed', { view: projectFor(change.meeting, familyAudience) })
      } else this.options.emit('meetings-changed', { reason: change.reason })
    })
    const settings = await SettingsStore.open({
      folder: this.options.dataFolder,
      key,
      now: this.options.now,
      logger: this.options.logger,
      ...writeFile,
    })
    settings.onDidUpdate((saved) => this.options.emit('settings-changed', { settings: saved }))
    this.councilSettings = settings
    this.chairIdentity = await IdentityStore.open({
      folder: this.options.dataFolder,
      key,
      now: this.options.now,
      logger: this.options.logger,
      ...writeFile,
    })
    this.noteDrafts = new DraftStore({
      folder: this.options.dataFolder,
      key,
      now: this.options.now,
      logger: this.options.logger,
      ...writeFile,
    })
    this.handedOver = new HandoverFiles({
      folder: this.options.dataFolder,
      key,
      now: this.options.now,
      ...writeFile,
    })
    this.importedOutcomes = new OutcomesStore({
      folder: this.options.dataFolder,
      key,
      now: this.options.now,
      ...writeFile,
    })
    this.store = store
    this.vaultStatus = { state: 'unlocked', protection }
    this.options.logger.info('store.opened', { protection, meetings: store.list().length })
    return ok(this.vaultStatus)
  }
}
