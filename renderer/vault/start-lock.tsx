import { StrictMode } from 'react'
import type { VaultStatus } from '../../shared/contract/values.ts'
import { pageRoot } from '../app/root.ts'
import { Spinner } from '../plain/plain.tsx'
import { UnlockScreen } from './unlock-screen.tsx'

/**
 * Shows the lock screen alone: React and the plain lock screen, without MUI or the app's screens, which
 * are still loading. `onUnlocked` is given the open store's status.
 */
export function startLockScreen(status: VaultStatus, onUnlocked: (status: VaultStatus) => void): void {
  pageRoot()?.render(
    <StrictMode>
      <UnlockScreen status={status} onUnlocked={onUnlocked} />
    </StrictMode>,
  )
}

/** A busy 'Starting Convene' while the app's code is still on its way (on a slow disk, or after unlocking). */
export function showStarting(): void {
  pageRoot()?.render(
    <main className="plain-starting" aria-busy="true">
      <Spinner label="Starting Convene" />
    </main>,
  )
}
