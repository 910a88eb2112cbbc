import type { WebPreferences } from 'electron'

/** The web preferences of every Convene window: isolated, sandboxed, no Node, no webviews. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    webviewTag: false,
    // Middle-click would otherwise try to open links in a new window (denied anyway, but never offered).
    disableBlinkFeatures: 'Auxclick',
    // Chromium's spellchecker downloads dictionaries on Linux; Windows and macOS use the system's own.
    spellcheck: process.platform !== 'linux',
  }
}
