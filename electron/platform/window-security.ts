import { shell, type Session, type WebContents } from 'electron'
import { isAllowedExternalUrl } from '../services/external-links.ts'
import { isNoteFrame } from '../services/content-security-policy.ts'
import type { Logger } from '../services/logger.ts'
import { attachContextMenu } from './context-menu.ts'

/**
 * Where Chromium would fetch Hunspell dictionaries from. It is pointed at the app's own scheme, which has
 * none, so the spellchecker never downloads: macOS and Windows check spelling with the system's own
 * dictionaries, and on Linux (where there is no system spellchecker) it is off (web-preferences.ts).
 */
export const offlineDictionaryUrl = 'app://convene/no-dictionaries/'

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
  session.setSpellCheckerDictionaryDownloadURL(offlineDictionaryUrl)
  if (process.platform === 'win32') session.setSpellCheckerLanguages(['en-GB'])
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
 * browser instead), no navigation away from the app, no frame but the note frame, no <webview>; and gives it the platform's
 * right-click menu.
 */
export function hardenWebContents(contents: WebContents, logger: Logger): void {
  attachContextMenu(contents)
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    else logger.warn('security.window-open-refused', {})
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    logger.warn('security.navigation-refused', {})
  })
  // The one frame the app has is its note frame, from the app's own origin; nothing else may load in a frame.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || isNoteFrame(event.url, contents.getURL())) return
    event.preventDefault()
    logger.warn('security.frame-navigation-refused', {})
  })
  contents.on('will-redirect', (event) => {
    event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}
