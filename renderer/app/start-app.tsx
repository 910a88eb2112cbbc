import { StrictMode } from 'react'
import type { VaultStatus } from '../../shared/contract/values.ts'
import { App } from './app.tsx'
import { pageRoot } from './root.ts'

/**
 * Renders the app into the page (in place of the lock screen, if that came first). `status` is the store's
 * status when it is already known (unlocked on the lock screen); otherwise the app asks for it.
 */
export function startApp(status: VaultStatus | null = null): void {
  pageRoot()?.render(
    <StrictMode>
      <App status={status} />
    </StrictMode>,
  )
}
