import { app, BrowserWindow, dialog, Menu, powerMonitor, session as electronSession } from 'electron'
import { join } from 'node:path'
import {
  hears,
  type ConveneEvents,
  type EventListenerWindow,
  type EventName,
  type MenuCommand,
} from '../shared/contract/events.ts'
import { createHandlers } from './ipc/handlers.ts'
import { bindIpcMain } from './ipc/bind-ipc-main.ts'
import { ConveneSession } from './services/session.ts'
import { lockDataFolder } from './services/store/data-folder-lock.ts'
import { createNodeLogger } from './services/node-logger.ts'
import type { Logger } from './services/logger.ts'
import { startUpProblem } from './services/start-up-problem.ts'
import { appOrigin, registerAppScheme, serveRenderer } from './platform/app-protocol.ts'
import { electronKeychain } from './platform/keychain.ts'
import { hardenSession, hardenWebContents } from './platform/window-security.ts'
import { buildApplicationMenu } from './platform/menu.ts'
import { electronFiles } from './platform/file-dialogs.ts'
import { createPresenterWindow, type PresenterWindow } from './platform/presenter-window.ts'
import { secureWebPreferences } from './platform/web-preferences.ts'

/**
 * The main process: one window, one session, one data folder. Everything it does lives in services/ (plain
 * Node, tested there); this file only wires it to Electron. Its start-up runs under Node in
 * tests/unit/electron/main-start.test.ts against a recording stand-in of the Electron API.
 *
 * The order matters: the scheme is registered and 'second-instance' is listened for before the app is
 * ready (Electron refuses the first after ready, and a second launch during a slow start must still find
 * the first window); the data folder is made before it is locked; and a start that fails says why in a
 * dialog and exits, releasing both locks, so no process is left holding them with no window.
 */
const devServerUrl = process.env['ELECTRON_RENDERER_URL'] ?? null
const isDevelopment = !app.isPackaged && devServerUrl !== null

// Tests (and administrators who keep data on another drive) can choose the data folder.
const userDataOverride = process.env['CONVENE_USER_DATA']
if (userDataOverride) app.setPath('userData', userDataOverride)

let mainWindow: BrowserWindow | null = null
let presenter: PresenterWindow | null = null
let releaseDataFolder: (() => Promise<void>) | null = null
let quitting = false
const preload = join(import.meta.dirname, '../preload/preload.cjs')

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.commandLine.appendSwitch('lang', 'en-GB')
  registerAppScheme()
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failedToStart(error))
}

function windowFor(webContentsId: number): EventListenerWindow {
  return presenter?.webContentsId() === webContentsId
    ? { role: 'presenter', meetingId: presenter.shownMeeting() }
    : { role: 'main' }
}

/** Sends an event to the windows that may hear it: the room's window hears only its meeting's family view. */
function broadcast<E extends EventName>(event: E, payload: ConveneEvents[E]): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (hears(windowFor(window.webContents.id), event, payload)) window.webContents.send(event, payload)
  }
}

let startLogger: Logger | null = null

async function start(): Promise<void> {
  const logFolder = app.getPath('logs')
  const logger = createNodeLogger(logFolder, 'main.log')
  startLogger = logger
  process.on('uncaughtException', (error) => logger.error('main.uncaught-exception', {}, error))
  process.on('unhandledRejection', (error) => logger.error('main.unhandled-rejection', {}, error))
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, logger))
  hardenSession(electronSession.defaultSession, devServerUrl ? new URL(devServerUrl).origin : null, logger)

  const dataFolder = join(app.getPath('userData'), 'data')
  const lock = await lockDataFolder(dataFolder)
  if (!lock.ok) {
    logger.warn('main.data-folder-refused', { code: lock.error.code })
    return stopWithMessage(lock.error.message)
  }
  releaseDataFolder = lock.value.release

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
    createHandlers(session, () => new Date(), {
      presenter: presenterWindow,
      files: electronFiles(() => mainWindow),
    }),
    () => ({
      windows: new Map(
        BrowserWindow.getAllWindows().map(
          (window) => [window.webContents.id, windowFor(window.webContents.id).role] as const,
        ),
      ),
      origins,
    }),
    logger,
    () => presenterWindow.shownMeeting(),
  )
  serveRenderer(join(import.meta.dirname, '../renderer'))

  const send = (command: MenuCommand): void => mainWindow?.webContents.send('menu-command', { command })
  Menu.setApplicationMenu(buildApplicationMenu({ send, dataFolder, logFolder, isDevelopment }))

  // Every acknowledged change is already on disk; what is left is a save under way, and the lock.
  const finish = async (): Promise<void> => {
    await session.close().catch((error: unknown) => logger.error('main.flush-failed', {}, error))
    await releaseDataFolder?.()
    releaseDataFolder = null
  }
  app.on('before-quit', (event) => {
    if (quitting) return
    event.preventDefault()
    quitting = true
    void finish().finally(() => app.quit())
  })
  // Windows ends the session without 'before-quit'; Linux and macOS say so through powerMonitor.
  // Electron's typings give this listener no event; its documentation says preventDefault() delays the
  // shutdown until the app quits. Use it where it is given.
  powerMonitor.on('shutdown', (...args: unknown[]) => {
    if (quitting) return
    const [event] = args
    if (typeof event === 'object' && event !== null && 'preventDefault' in event)
      (event as { preventDefault: () => void }).preventDefault()
    quitting = true
    void finish().finally(() => app.quit())
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(finish)
  })
  mainWindow = createMainWindow(finish)
  logger.info('app.started', { runtime: 'electron', protection: session.status().protection })
}

/** Says in a dialog why Convene cannot go on, lets go of both locks, and exits. */
async function stopWithMessage(message: string): Promise<void> {
  dialog.showErrorBox('Convene could not start', message)
  await releaseDataFolder?.().catch(() => undefined)
  releaseDataFolder = null
  app.releaseSingleInstanceLock()
  app.exit(1)
}

async function failedToStart(error: unknown): Promise<void> {
  startLogger?.error('main.start-failed', {}, error)
  await stopWithMessage(startUpProblem(error, app.getPath('logs')))
}

function createMainWindow(finish: () => Promise<void>): BrowserWindow {
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
  window.on('session-end', () => void finish())
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
    void presenter?.close()
  })
  void window.loadURL(isDevelopment && devServerUrl ? devServerUrl : `${appOrigin}/index.html`)
  return window
}
