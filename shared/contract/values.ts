import type { Meeting } from '../meeting/meeting.ts'
import type { Problem } from '../meeting/migrations.ts'

/** How the data key is protected on this laptop. */
export type KeyProtection = 'os-keychain' | 'passphrase'

/**
 * Whether the encrypted store is open. With the OS keychain it opens by itself; with a passphrase the user
 * sets one on first use ('needs-setup') and types it at each start ('locked'). 'unavailable' means the key
 * cannot be reached at all, and `problem` says why in plain words.
 */
export type VaultStatus = {
  readonly state: 'needs-setup' | 'locked' | 'unlocked' | 'unavailable'
  readonly protection: KeyProtection
  readonly problem?: string
  /** When locked: how long the next passphrase waits before it is checked, after wrong ones before it. */
  readonly waitSeconds?: number
}

/** Facts about this installation that the user may need (where data and logs live). */
export type AppInfo = {
  readonly version: string
  readonly dataFolder: string
  readonly logFolder: string
  readonly runtime: 'electron' | 'test-host'
}

/** Told to the user when a meeting's newest save was damaged and an earlier one was opened instead. */
export type RecoveryNotice = {
  /** When the save that was opened was made. */
  readonly restoredSavedAt: string
  /** Later saves that failed their integrity check (the file was damaged). */
  readonly damagedSaves: number
  /** Later saves that opened but could not be used (they break the rules a meeting keeps). */
  readonly unusableSaves: number
  /** Where copies of those saves were kept, in the data folder ('kept-aside/…'), or null if they could not be. */
  readonly keptAsideIn: string | null
  /**
   * True when nothing is missing all the same: only a snapshot was damaged, and every change after the one
   * opened was replayed from the journal. (Absent from notices of versions before the journal.)
   */
  readonly restoredAll?: boolean
}

/**
 * Something found when Convene opened that the user must be told: settings or a signing identity that
 * could not be read whole (and were kept aside, not replaced).
 */
export type StoreNotice = {
  readonly about: 'settings' | 'identity'
  readonly title: string
  readonly message: string
}

/** A meeting as opened, with a notice if it had to be restored from an earlier save. */
export type LoadedMeeting = {
  readonly meeting: Meeting
  readonly recovery: RecoveryNotice | null
}

/** The outcome of importing an interchange file: the new meeting, or every problem found in the file. */
export type ImportOutcome =
  | { readonly imported: true; readonly meeting: Meeting }
  | { readonly imported: false; readonly problems: ReadonlyArray<Problem> }

/**
 * How the presenter view was opened: as its own window by the app (Electron), or as a page the renderer
 * opens at `path` itself (the test host, which has no windows of its own).
 */
export type PresenterOpened = { readonly mode: 'window' } | { readonly mode: 'page'; readonly path: string }

/**
 * A meeting file chosen to import: through the app's own open dialog (Electron, where a menu can ask for
 * one), with `file` null when the user cancelled; or 'page' where the page must ask with its own file
 * input (the test host).
 */
export type OpenedFile =
  | { readonly mode: 'dialog'; readonly file: { readonly name: string; readonly text: string } | null }
  | { readonly mode: 'page' }

/**
 * Files saved for the user: in the folder (or at the path) they chose in one dialog (Electron); nothing,
 * when they cancelled; or 'page' where the page saves them itself, as downloads (the test host).
 */
export type SavedFiles =
  | { readonly mode: 'saved'; readonly folder: string; readonly fileNames: ReadonlyArray<string> }
  | { readonly mode: 'cancelled' }
  | { readonly mode: 'page' }
