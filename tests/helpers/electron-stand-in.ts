import { EventEmitter } from 'node:events'
import { mkdir } from 'node:fs/promises'
import type {
  ContextMenuParams,
  MenuItemConstructorOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron'

/**
 * A recording stand-in for the parts of Electron's API that the main process uses, so that main.ts's
 * start-up can run under Node where the Electron binary cannot. It records every call in order
 * (`journal`), keeps to the rules Electron enforces that matter to start-up (privileged schemes only
 * before 'ready'; 'userData' exists, but nothing inside it, once ready), and lets a test play the user and
 * the operating system (dialogs answer as told; the keychain can throw). Only types are imported from
 * 'electron': the real module is never loaded.
 *
 * What it cannot show is how the real runtime behaves: see docs/architecture.md ('What the start-up test
 * proves, and what it cannot').
 */
export type StandInOptions = {
  readonly paths: { readonly userData: string; readonly logs: string; readonly documents: string }
  /** Whether this is the first instance (the single-instance lock is free). */
  readonly firstInstance?: boolean
  /** The OS keychain: working (default), reporting none, or throwing as a broken keyring does. */
  readonly keychain?: 'works' | 'absent' | 'throws'
}

type Handler = (event: unknown, ...args: unknown[]) => unknown

/** A fake BrowserWindow's web contents: what main and the platform files call on it. */
export class StandInWebContents extends EventEmitter {
  static nextId = 1
  readonly id = StandInWebContents.nextId++
  readonly sent: Array<{ readonly channel: string; readonly payload: unknown }> = []
  readonly mainFrame: { url: string }
  readonly session: { readonly addWordToSpellCheckerDictionary: (word: string) => boolean }
  readonly replaced: string[] = []
  windowOpenHandler: unknown = null
  constructor(journal: string[]) {
    super()
    this.mainFrame = { url: '' }
    this.session = {
      addWordToSpellCheckerDictionary: (word) => {
        journal.push(`session.addWordToSpellCheckerDictionary ${word}`)
        return true
      },
    }
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
  setWindowOpenHandler(handler: unknown): void {
    this.windowOpenHandler = handler
  }
  replaceMisspelling(word: string): void {
    this.replaced.push(word)
  }
}

/** The stand-in and everything it recorded. */
export type ElectronStandIn = ReturnType<typeof createElectronStandIn>

/** Builds a fresh stand-in: one per test, handed to main.ts through vi.mock('electron'). */
export function createElectronStandIn(options: StandInOptions) {
  const journal: string[] = []
  const errorBoxes: Array<{ readonly title: string; readonly content: string }> = []
  const windows: StandInWindow[] = []
  const ipcHandlers = new Map<string, Handler>()
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>()
  const schemePrivileges = new Map<string, Readonly<Record<string, boolean>>>()
  const menus: Array<{ readonly template: MenuItemConstructorOptions[]; popups: number }> = []
  let applicationMenu: { readonly template: MenuItemConstructorOptions[] } | null = null
  const dialogAnswers: Array<{ canceled: boolean; filePaths?: string[]; filePath?: string }> = []
  const dialogsShown: Array<OpenDialogOptions | SaveDialogOptions> = []
  let ready = false
  let markReady: () => void = () => undefined
  const whenReady = new Promise<void>((resolve) => (markReady = resolve))
  let exitCode: number | null = null
  let quits = 0
  let singleInstanceHeld = false
  const paths: Record<string, string> = { ...options.paths }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    commandLine: {
      appendSwitch: (name: string, value?: string) => journal.push(`app.commandLine ${name}=${value}`),
    },
    setPath: (name: string, path: string) => {
      journal.push(`app.setPath ${name}`)
      paths[name] = path
    },
    getPath: (name: string) => {
      const path = paths[name]
      if (path === undefined) throw new Error(`Failed to get '${name}' path`)
      return path
    },
    getVersion: () => '0.0.0-test',
    requestSingleInstanceLock: () => {
      journal.push('app.requestSingleInstanceLock')
      singleInstanceHeld = options.firstInstance ?? true
      return singleInstanceHeld
    },
    releaseSingleInstanceLock: () => {
      journal.push('app.releaseSingleInstanceLock')
      singleInstanceHeld = false
    },
    whenReady: () => whenReady,
    isReady: () => ready,
    quit: () => {
      journal.push('app.quit')
      quits += 1
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
      app.emit('before-quit', event)
      if (!event.defaultPrevented) app.emit('will-quit')
    },
    exit: (code = 0) => {
      journal.push(`app.exit ${code}`)
      exitCode = code
    },
  })

  const webRequestFilters: unknown[] = []
  const defaultSession = {
    setPermissionRequestHandler: () => journal.push('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: () => journal.push('session.setPermissionCheckHandler'),
    setSpellCheckerDictionaryDownloadURL: (url: string) =>
      journal.push(`session.setSpellCheckerDictionaryDownloadURL ${url}`),
    setSpellCheckerLanguages: (languages: string[]) =>
      journal.push(`session.setSpellCheckerLanguages ${languages.join(',')}`),
    webRequest: {
      onBeforeRequest: (filter: unknown) => {
        journal.push('session.webRequest.onBeforeRequest')
        webRequestFilters.push(filter)
      },
    },
  }

  class StandInWindow extends EventEmitter {
    readonly webContents: StandInWebContents
    readonly options: Record<string, unknown>
    readonly loaded: string[] = []
    menuRemoved = false
    destroyed = false
    minimized = false
    focused = 0
    constructor(windowOptions: Record<string, unknown>) {
      super()
      if (!ready) throw new Error('Cannot create BrowserWindow before app is ready')
      this.options = windowOptions
      this.webContents = new StandInWebContents(journal)
      journal.push(`BrowserWindow.new ${String(windowOptions['title'] ?? '')}`)
      windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    static getAllWindows(): StandInWindow[] {
      return windows.filter((window) => !window.destroyed)
    }
    async loadURL(url: string): Promise<void> {
      journal.push(`window.loadURL ${url}`)
      this.loaded.push(url)
      this.webContents.mainFrame.url = url
      this.emit('ready-to-show')
    }
    show(): void {}
    isDestroyed(): boolean {
      return this.destroyed
    }
    isMinimized(): boolean {
      return this.minimized
    }
    restore(): void {
      this.minimized = false
    }
    focus(): void {
      this.focused += 1
    }
    removeMenu(): void {
      this.menuRemoved = true
    }
    close(): void {
      this.destroyed = true
      this.emit('closed')
      if (StandInWindow.getAllWindows().length === 0) app.emit('window-all-closed')
    }
  }

  const keychainMode = options.keychain ?? 'works'
  const refuse = async (): Promise<never> => {
    throw new Error('The name org.freedesktop.secrets was not provided by any .service files')
  }
  const safeStorage = {
    isAsyncEncryptionAvailable: async () => (keychainMode === 'throws' ? refuse() : keychainMode === 'works'),
    encryptStringAsync: async (text: string) =>
      keychainMode === 'works' ? Buffer.from(`kc:${Buffer.from(text).toString('hex')}`) : refuse(),
    decryptStringAsync: async (blob: Buffer) => {
      if (keychainMode !== 'works') return refuse()
      const text = blob.toString()
      return { result: Buffer.from(text.slice(3), 'hex').toString(), shouldReEncrypt: false }
    },
    getSelectedStorageBackend: () => (ready ? 'gnome_libsecret' : 'unknown'),
  }

  const electron = {
    app,
    BrowserWindow: StandInWindow,
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged: (
        schemes: Array<{ scheme: string; privileges?: Readonly<Record<string, boolean>> }>,
      ) => {
        if (ready)
          throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
        for (const { scheme, privileges = {} } of schemes) {
          // As Electron: the V8 code cache is keyed by origin, so only a standard scheme may have it.
          if (privileges['codeCache'] && !privileges['standard'])
            throw new Error(
              'Code cache can only be enabled when the custom scheme is registered as standard scheme.',
            )
          schemePrivileges.set(scheme, privileges)
        }
        journal.push(`protocol.registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join(',')}`)
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
        if (!ready) throw new Error('protocol.handle must be called after app is ready')
        journal.push(`protocol.handle ${scheme}`)
        protocolHandlers.set(scheme, handler)
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        if (ipcHandlers.has(channel))
          throw new Error(`Attempted to register a second handler for '${channel}'`)
        ipcHandlers.set(channel, handler)
      },
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
        const menu = { template, popups: 0, popup: () => (menu.popups += 1) }
        menus.push(menu)
        return menu
      },
      setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => {
        journal.push('Menu.setApplicationMenu')
        applicationMenu = menu
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => {
        journal.push('dialog.showErrorBox')
        errorBoxes.push({ title, content })
      },
      showOpenDialog: async (...args: unknown[]) => {
        dialogsShown.push(args.at(-1) as OpenDialogOptions)
        return dialogAnswers.shift() ?? { canceled: true, filePaths: [] }
      },
      showSaveDialog: async (...args: unknown[]) => {
        dialogsShown.push(args.at(-1) as SaveDialogOptions)
        return dialogAnswers.shift() ?? { canceled: true }
      },
    },
    safeStorage,
    shell: {
      openPath: async (path: string) => (journal.push(`shell.openPath ${path}`), ''),
      openExternal: async (url: string) => void journal.push(`shell.openExternal ${url}`),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1366, height: 768 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1366, height: 768 } }],
    },
    powerMonitor: new EventEmitter(),
  }

  return {
    electron,
    journal,
    errorBoxes,
    windows,
    ipcHandlers,
    protocolHandlers,
    schemePrivileges,
    menus,
    dialogsShown,
    get applicationMenu() {
      return applicationMenu
    },
    get exitCode() {
      return exitCode
    },
    get quits() {
      return quits
    },
    get singleInstanceHeld() {
      return singleInstanceHeld
    },
    /** Electron making the app ready: it has made 'userData' (never anything inside it). */
    async becomeReady(): Promise<void> {
      await mkdir(paths['userData'] ?? '', { recursive: true })
      ready = true
      journal.push('app.ready')
      app.emit('ready')
      markReady()
    },
    /** The next dialog's answer, as the user would give it. */
    answerDialog(answer: { canceled: boolean; filePaths?: string[]; filePath?: string }): void {
      dialogAnswers.push(answer)
    },
    /** Calls a channel as a window's page would, through the handler main registered. */
    async invoke(
      from: StandInWindow | { webContents: StandInWebContents },
      channel: string,
      ...args: unknown[]
    ) {
      const handler = ipcHandlers.get(channel)
      if (!handler) throw new Error(`No handler for ${channel}`)
      const sender = from.webContents
      return handler({ sender, senderFrame: sender.mainFrame }, ...args)
    },
    /** Right-clicks in a window's page. */
    rightClick(window: StandInWindow, params: Partial<ContextMenuParams>): void {
      window.webContents.emit('context-menu', {}, params)
    },
  }
}
