import { BrowserWindow, screen } from 'electron'
import type { PresenterOpened } from '../../shared/contract/values.ts'
import type { Logger } from '../services/logger.ts'
import { secureWebPreferences } from './web-preferences.ts'

/** The presenter view: one extra window, shown to the room, that only ever displays the family view. */
export type PresenterWindow = {
  readonly open: (meetingId: string) => Promise<PresenterOpened>
  readonly close: () => Promise<void>
  /** The web contents id of the presenter window, if open (for the sender check). */
  readonly webContentsId: () => number | null
  /** The meeting the room is shown, if the window is open: the only one whose events it hears. */
  readonly shownMeeting: () => string | null
}

/** Opens and closes the presenter window; full screen on a second display where there is one. */
export function createPresenterWindow(options: {
  readonly preload: string
  readonly url: (meetingId: string) => string
  readonly logger: Logger
  readonly onClosed: (meetingId: string | null) => void
}): PresenterWindow {
  let window: BrowserWindow | null = null
  let shownMeeting: string | null = null
  return {
    open: async (meetingId) => {
      if (window && !window.isDestroyed()) {
        shownMeeting = meetingId
        await window.loadURL(options.url(meetingId))
        window.show()
        return { mode: 'window' }
      }
      const primary = screen.getPrimaryDisplay()
      const external = screen.getAllDisplays().find((display) => display.id !== primary.id)
      const bounds = (external ?? primary).workArea
      const created = new BrowserWindow({
        x: bounds.x + 40,
        y: bounds.y + 40,
        width: Math.min(1280, bounds.width - 80),
        height: Math.min(800, bounds.height - 80),
        title: 'Convene: presenter view',
        fullscreen: external !== undefined,
        autoHideMenuBar: true,
        show: false,
        webPreferences: {
          ...secureWebPreferences(options.preload),
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          // Middle-click would otherwise try to open links in a new window (denied anyway, but never offered).
          disableBlinkFeatures: 'Auxclick',
        },
      })
      // No menu at all: Alt would otherwise show File and Help (with 'Show data folder') to the room.
      created.removeMenu()
      created.once('ready-to-show', () => created.show())
      created.on('closed', () => {
        window = null
        options.onClosed(shownMeeting)
        shownMeeting = null
      })
      window = created
      shownMeeting = meetingId
      await created.loadURL(options.url(meetingId))
      options.logger.info('presenter.opened', { meetingId, external: external !== undefined })
      return { mode: 'window' }
    },
    close: async () => {
      if (window && !window.isDestroyed()) window.close()
    },
    webContentsId: () => (window && !window.isDestroyed() ? window.webContents.id : null),
    shownMeeting: () => (window && !window.isDestroyed() ? shownMeeting : null),
  }
}
