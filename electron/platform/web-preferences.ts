import type { WebPreferences } from 'electron'

/**
 * The web preferences every Convene window shares. The four that matter most (contextIsolation, sandbox,
 * nodeIntegration, disableBlinkFeatures) are written out at each `new BrowserWindow` instead, where a
 * reviewer and Electronegativity look for them.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    webviewTag: false,
    // macOS and Windows check spelling with the system's own dictionaries. Linux has none, and Chromium
    // would download Hunspell's: there it is off (and the download address points nowhere anyway).
    spellcheck: process.platform !== 'linux',
  }
}
