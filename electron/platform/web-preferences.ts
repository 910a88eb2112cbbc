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
    // Chromium's spellchecker downloads dictionaries on Linux; Windows and macOS use the system's own.
    spellcheck: process.platform !== 'linux',
  }
}
