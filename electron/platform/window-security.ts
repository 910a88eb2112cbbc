import { shell, type Session, type WebContents } from 'electron'
import { isAllowedExternalUrl } from '../services/external-links.ts'
import type { Logger } from '../services/logger.ts'

/**
 * Locks down a session: every permission refused (camera, microphone, notifications, geolocation…), and no
 * request may leave the machine. Only the dev server is let through in development.
 */
export function hardenSession(session: Session, devServerOrigin: string | null, logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn('security.permission-refused', { code: permission })
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => {
      const allowed = devServerOrigin !== null && new URL(details.url).origin === devServerOrigin
      if (!allowed) logger.warn('security.network-request-blocked', {})
      callback({ cancel: !allowed })
    },
  )
}

/**
 * Locks down every web contents the app creates: no new windows (allow-listed links go to the system
 * browser instead), no navigation away from the app, no <webview>.
 */
export function hardenWebContents(contents: WebContents, logger: Logger): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    else logger.warn('security.window-open-refused', {})
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    logger.warn('security.navigation-refused', {})
  })
  contents.on('will-redirect', (event) => {
    event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}
