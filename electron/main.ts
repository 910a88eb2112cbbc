import { app, BrowserWindow, dialog, Menu, session as electronSession } from 'electron'
import { join } from 'node:path'
import {
  eventAudience,
  type ConveneEvents,
  type EventName,
  type MenuCommand,
} from '../shared/contract/events.ts'
import { createHandlers } from './ipc/handlers.ts'
import { bindIpcMain } from './ipc/bind-ipc-main.ts'
import { ConveneSession } from './services/session.ts'
import { lockDataFolder } from './services/store/data-folder-lock.ts'
import { appOrigin, registerAppScheme, serveRenderer } from './platform/app-protocol.ts'
import { electronKeychain } from './platform/keychain.ts'
import { hardenSession, hardenWebContents } from './platform/window-security.ts'
import { buildApplicationMenu } from './platform/menu.ts'
import { createElectronLogger } from './platform/electron-logger.ts'
import { createPresenterWindow, type PresenterWindow } from './platform/presenter-window.ts'
import { secureWebPreferences } from './platform/web-preferences.ts'
import type { WindowRole } from './ipc/trusted-sender.ts'

/**
 * The main process: one window, one session, one data folder. Everything it does lives in services/ (plain
 * Node, tested there); this file only wires it to Electron.
 */
const devServerUrl = process.env['ELECTRON_RENDERER_URL'] ?? null
const isDevelopment = !app.isPackaged && devServerUrl !== null

// Tests (and administrators who keep data on another drive) can choose the data folder.
const userDataOverride = process.env['CONVENE_USER_DATA']
if (userDataOverride) app.setPath('userData', userDataOverride)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.commandLine.appendSwitch('lang', 'en-GB')
  registerAppScheme()
  void app.whenReady().then(start)
}

let mainWindow: BrowserWindow | null = null
let presenter: PresenterWindow | null = null
const preload = join(import.meta.dirname, '../preload/preload.cjs')

function roleOf(webContentsId: number): WindowRole {
  return presenter?.webContentsId() === webContentsId ? 'presenter' : 'main'
}

/** Sends an event to the windows it is for: the room's presenter window hears only family-safe events. */
function broadcast<E extends EventName>(event: E, payload: ConveneEvents[E]): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (roleOf(window.webContents.id) === eventAudience[event]) window.webContents.send(event, payload)
  }
}

async function start(): Promise<void> {
  const logFolder = app.getPath('logs')
  const logger = createElectronLogger(logFolder)
  process.on('uncaughtException', (error) => logger.error('main.uncaught-exception', {}, error))
  process.on('unhandledRejection', (error) => logger.error('main.unhandled-rejection', {}, error))
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, logger))
  hardenSession(electronSession.defaultSession, devServerUrl ? new URL(devServerUrl).origin : null, logger)

  const dataFolder = join(app.getPath('userData'), 'data')
  const lock = await lockDataFolder(dataFolder).catch(() => null)
  if (!lock?.ok) {
    dialog.showErrorBox('Convene', lock?.error.message ?? 'Convene could not open its data folder.')
    app.quit()
    return
  }

  const session = await ConveneSession.start({
    dataFolder,
    logFolder,
    keychain: electronKeychain(),
    now: () => new Date(),
    logger,
    emit: broadcast,
    version: app.getVersion(),
    runtime: 'electron',
  })
  const origins = [appOrigin, ...(isDevelopment && devServerUrl ? [new URL(devServerUrl).origin] : [])]
  const pageUrl = (route: string): string =>
    isDevelopment && devServerUrl ? `${devServerUrl}#${route}` : `${appOrigin}/index.html#${route}`
  const presenterWindow = createPresenterWindow({
    preload,
    url: (meetingId) => pageUrl(`/presenter/${meetingId}`),
    logger,
    onClosed: (meetingId) => broadcast('presenter-closed', { meetingId }),
  })
  presenter = presenterWindow
  bindIpcMain(
    createHandlers(session, () => new Date(), { presenter: presenterWindow }),
    () => ({
      windows: new Map(
        BrowserWindow.getAllWindows().map(
          (window) => [window.webContents.id, roleOf(window.webContents.id)] as const,
        ),
      ),
      origins,
    }),
    logger,
  )
  serveRenderer(join(import.meta.dirname, '../renderer'))

  const send = (command: MenuCommand): void => mainWindow?.webContents.send('menu-command', { command })
  Menu.setApplicationMenu(buildApplicationMenu({ send, dataFolder, logFolder, isDevelopment }))

  app.on('before-quit', (event) => {
    if (closing) return
    event.preventDefault()
    closing = true
    void session.close().finally(() => {
      void lock.value.release().finally(() => app.quit())
    })
  })
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })
  mainWindow = createMainWindow()
  logger.info('app.started', { runtime: 'electron', protection: session.status().protection })
}

let closing = false

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Convene',
    autoHideMenuBar: false,
    webPreferences: {
      ...secureWebPreferences(preload),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      // Middle-click would otherwise try to open links in a new window (denied anyway, but never offered).
      disableBlinkFeatures: 'Auxclick',
    },
  })
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
    void presenter?.close()
  })
  void window.loadURL(isDevelopment && devServerUrl ? devServerUrl : `${appOrigin}/index.html`)
  return window
}
