import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { channelNames } from '../../../shared/contract/channel-names.ts'
import type { Result } from '../../../shared/util/result.ts'
import { createElectronStandIn, type ElectronStandIn } from '../../helpers/electron-stand-in.ts'
import { tempFolder } from '../../helpers/temp-folder.ts'

/**
 * main.ts's start sequence, run under Node against a recording stand-in of the Electron API, on an empty
 * userData. It checks what Electron requires and what a user depends on: the scheme registered before
 * ready, the data folder made before it is locked, a window loaded from app://, every channel bound through
 * the one wrapper, and, when something goes wrong, a plain dialog, an exit and both locks released.
 */
const current = vi.hoisted(() => ({ electron: null as unknown }))
vi.mock('electron', () => {
  const names = [
    'app',
    'BrowserWindow',
    'session',
    'protocol',
    'ipcMain',
    'Menu',
    'dialog',
    'safeStorage',
    'shell',
    'screen',
    'powerMonitor',
  ]
  const module: Record<string, unknown> = {}
  for (const name of names)
    Object.defineProperty(module, name, {
      enumerable: true,
      get: () => (current.electron as Record<string, unknown>)[name],
    })
  return module
})

afterAll(() => {
  // The stand-in replaces Electron for the whole start-up: the real package (which downloads its binary
  // when loaded) must never have been required by anything main.ts pulled in.
  const loaded = Object.keys(createRequire(import.meta.url).cache)
  expect(loaded.filter((path) => /node_modules[\\/]electron[\\/]index\.js$/.test(path))).toEqual([])
})

let standIn: ElectronStandIn
let userData: string
let sleeper: ChildProcess | null = null
const processListeners = { uncaught: 0, unhandled: 0 }

beforeEach(() => {
  processListeners.uncaught = process.listenerCount('uncaughtException')
  processListeners.unhandled = process.listenerCount('unhandledRejection')
})

afterEach(() => {
  sleeper?.kill()
  sleeper = null
  // main.ts listens for stray errors for the life of the process; each test starts a new one.
  for (const listener of process.listeners('uncaughtException').slice(processListeners.uncaught))
    process.off('uncaughtException', listener)
  for (const listener of process.listeners('unhandledRejection').slice(processListeners.unhandled))
    process.off('unhandledRejection', listener)
  delete process.env['CONVENE_USER_DATA']
})

/** A fresh install: an app folder path that does not exist yet, as on a new laptop. */
async function freshInstall(options: Parameters<typeof createElectronStandIn>[0]['keychain'] = 'works') {
  const root = await tempFolder('convene-main-')
  userData = join(root, 'Convene')
  standIn = createElectronStandIn({
    paths: { userData, logs: join(root, 'logs'), documents: join(root, 'Documents') },
    keychain: options,
  })
  current.electron = standIn.electron
  return root
}

/** Loads main.ts as Electron would, then makes the app ready and waits for start-up to settle. */
async function launch(): Promise<void> {
  vi.resetModules()
  await import('../../../electron/main.ts')
  await standIn.becomeReady()
  await until(() => standIn.windows.length > 0 || standIn.exitCode !== null)
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now()
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('start-up did not settle')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const mainWindow = () => {
  const window = standIn.windows[0]
  if (!window) throw new Error('no window')
  return window
}

const lockFile = () => join(userData, 'data', 'convene.lock')
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

function menuItem(label: string): MenuItemConstructorOptions {
  const search = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions | null => {
    for (const item of items) {
      if (item.label === label) return item
      const inner = Array.isArray(item.submenu) ? search(item.submenu) : null
      if (inner) return inner
    }
    return null
  }
  const found = search(standIn.applicationMenu?.template ?? [])
  if (!found) throw new Error(`No menu item ${label}`)
  return found
}

describe('main.ts starting on a fresh install', () => {
  it('registers app:// before ready and listens for a second launch before anything can fail', async () => {
    await freshInstall()
    vi.resetModules()
    await import('../../../electron/main.ts')
    expect(standIn.journal).toContain('protocol.registerSchemesAsPrivileged app')
    // A standard, secure origin of its own, whose scripts V8 keeps compiled between starts.
    expect(standIn.schemePrivileges.get('app')).toMatchObject({
      standard: true,
      secure: true,
      codeCache: true,
    })
    expect(standIn.electron.app.listenerCount('second-instance')).toBe(1)
    await standIn.becomeReady()
    await until(() => standIn.windows.length > 0 || standIn.exitCode !== null)
    const order = standIn.journal
    expect(order.indexOf('protocol.registerSchemesAsPrivileged app')).toBeLessThan(order.indexOf('app.ready'))
  })

  it('makes the data folder, locks it, opens one window from app:// and binds every channel', async () => {
    await freshInstall()
    await launch()
    expect(standIn.errorBoxes).toEqual([])
    expect(standIn.exitCode).toBeNull()
    expect(await readFile(lockFile(), 'utf8')).toBe(String(process.pid))
    expect((await stat(join(userData, 'data'))).mode & 0o777).toBe(0o700)
    expect(standIn.windows).toHaveLength(1)
    expect(mainWindow().loaded).toEqual(['app://convene/index.html'])
    expect(mainWindow().options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    })
    expect(String((mainWindow().options['webPreferences'] as { preload: string }).preload)).toMatch(
      /preload[\\/]preload\.cjs$/,
    )
    expect([...standIn.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort())
    expect(standIn.journal).toContain('protocol.handle app')
  })

  it('answers the page through the one wrapper, and refuses anything that is not our window', async () => {
    await freshInstall()
    await launch()
    expect(await standIn.invoke(mainWindow(), 'vault.status')).toEqual({
      ok: true,
      value: { state: 'unlocked', protection: 'os-keychain' },
    })
    const stranger = { webContents: Object.assign(Object.create(mainWindow().webContents), { id: 999 }) }
    expect(await standIn.invoke(stranger, 'vault.status')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await standIn.invoke(mainWindow(), 'meetings.get', 'not an id')).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    })
  })

  it('serves the page over app:// with its security headers, and nothing outside the renderer folder', async () => {
    await freshInstall()
    await launch()
    const serve = standIn.protocolHandlers.get('app')
    if (!serve) throw new Error('app:// is not served')
    const page = await serve(new Request('app://convene/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect((await serve(new Request('app://convene/../package.json'))).status).toBe(404)
    expect((await serve(new Request('app://elsewhere/index.html'))).status).toBe(404)
  })

  it('blocks the network and points the spellchecker at no download, before any window exists', async () => {
    await freshInstall()
    await launch()
    const order = standIn.journal
    const spelling = order.find((line) => line.startsWith('session.setSpellCheckerDictionaryDownloadURL'))
    expect(spelling).toBe('session.setSpellCheckerDictionaryDownloadURL app://convene/no-dictionaries/')
    expect(order.indexOf(spelling ?? '')).toBeLessThan(order.indexOf('BrowserWindow.new Convene'))
    expect(order.indexOf('session.webRequest.onBeforeRequest')).toBeLessThan(
      order.indexOf('BrowserWindow.new Convene'),
    )
  })

  it('brings the first window forward when Convene is started again', async () => {
    await freshInstall()
    await launch()
    mainWindow().minimized = true
    standIn.electron.app.emit('second-instance')
    expect(mainWindow().minimized).toBe(false)
    expect(mainWindow().focused).toBe(1)
  })
})

describe('main.ts when something is wrong at start-up', () => {
  it('says the data folder is in use by another Convene, exits, and lets go of the single-instance lock', async () => {
    await freshInstall()
    await mkdir(join(userData, 'data'), { recursive: true })
    sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
    await writeFile(lockFile(), String(sleeper.pid))
    await launch()
    expect(standIn.windows).toHaveLength(0)
    expect(standIn.errorBoxes).toEqual([
      {
        title: 'Convene could not start',
        content: 'Convene is already open on this computer. Switch to that window to carry on.',
      },
    ])
    expect(standIn.exitCode).toBe(1)
    expect(standIn.singleInstanceHeld).toBe(false)
    expect(await readFile(lockFile(), 'utf8')).toBe(String(sleeper.pid))
  })

  it('opens with a passphrase when the keychain throws instead of answering (no ghost process)', async () => {
    await freshInstall('throws')
    await launch()
    expect(standIn.errorBoxes).toEqual([])
    expect(standIn.windows).toHaveLength(1)
    expect(await standIn.invoke(mainWindow(), 'vault.status')).toEqual({
      ok: true,
      value: { state: 'needs-setup', protection: 'passphrase' },
    })
  })

  it('explains a failed start in a plain dialog, exits, and releases both locks', async () => {
    await freshInstall()
    await mkdir(join(userData, 'data'), { recursive: true })
    // A damaged data folder: a file where the meetings folder should be.
    await writeFile(join(userData, 'data', 'meetings'), 'not a folder')
    await launch()
    expect(standIn.windows).toHaveLength(0)
    expect(standIn.errorBoxes).toHaveLength(1)
    expect(standIn.errorBoxes[0]?.content).toMatch(
      /^Convene could not start because something in its data folder is not what it expects/,
    )
    expect(standIn.errorBoxes[0]?.content).toContain('Nothing you saved has been changed.')
    expect(standIn.exitCode).toBe(1)
    expect(standIn.singleInstanceHeld).toBe(false)
    expect(await exists(lockFile())).toBe(false)
  })

  it('quits at once, doing nothing, when another Convene holds the single-instance lock', async () => {
    const root = await tempFolder('convene-main-')
    userData = join(root, 'Convene')
    standIn = createElectronStandIn({
      paths: { userData, logs: join(root, 'logs'), documents: root },
      firstInstance: false,
    })
    current.electron = standIn.electron
    vi.resetModules()
    await import('../../../electron/main.ts')
    expect(standIn.quits).toBe(1)
    expect(standIn.journal).not.toContain('protocol.registerSchemesAsPrivileged app')
    expect(await exists(userData)).toBe(false)
  })
})

describe('main.ts while running', () => {
  it('finishes saving and releases the data folder before it quits', async () => {
    await freshInstall()
    await launch()
    standIn.electron.app.quit()
    await until(() => standIn.quits >= 2)
    expect(await exists(lockFile())).toBe(false)
  })

  it("releases the data folder when Windows ends the session (which sends no 'before-quit')", async () => {
    await freshInstall()
    await launch()
    mainWindow().emit('session-end')
    await until(async () => !(await exists(lockFile())))
    expect(await exists(lockFile())).toBe(false)
  })

  it("imports by the File menu through the app's own dialog, with no click in the page", async () => {
    await freshInstall()
    await launch()
    menuItem('Import meeting file…').click?.({} as never, undefined, {} as never)
    expect(mainWindow().webContents.sent).toContainEqual({
      channel: 'menu-command',
      payload: { command: 'import-meeting' },
    })
    const file = join(userData, 'meeting.json')
    await writeFile(file, '{"format":"convene-meeting"}')
    standIn.answerDialog({ canceled: false, filePaths: [file] })
    expect(await standIn.invoke(mainWindow(), 'files.openMeetingFile')).toEqual({
      ok: true,
      value: { mode: 'dialog', file: { name: 'meeting.json', text: '{"format":"convene-meeting"}' } },
    })
    expect(standIn.dialogsShown.at(-1)).toMatchObject({ title: 'Import a meeting file' })
  })

  it('saves four documents into one folder chosen once, beside (never over) what is there', async () => {
    await freshInstall()
    await launch()
    const folder = join(userData, 'exports')
    await mkdir(folder)
    await writeFile(join(folder, 'minutes.docx'), 'an earlier export')
    standIn.answerDialog({ canceled: false, filePaths: [folder] })
    const files = ['minutes.docx', 'family-copy.docx', 'decision-letter.docx', 'outline-plan.docx'].map(
      (fileName) => ({ fileName, base64: Buffer.from(`contents of ${fileName}`).toString('base64') }),
    )
    const saved = (await standIn.invoke(mainWindow(), 'files.save', { files })) as Result<unknown>
    expect(saved).toEqual({
      ok: true,
      value: {
        mode: 'saved',
        folder,
        fileNames: ['minutes (2).docx', 'family-copy.docx', 'decision-letter.docx', 'outline-plan.docx'],
      },
    })
    expect(standIn.dialogsShown).toHaveLength(1)
    expect(standIn.dialogsShown[0]).toMatchObject({ title: 'Choose a folder for the 4 documents' })
    expect((await readdir(folder)).sort()).toEqual(
      [
        'decision-letter.docx',
        'family-copy.docx',
        'minutes (2).docx',
        'minutes.docx',
        'outline-plan.docx',
      ].sort(),
    )
    expect(await readFile(join(folder, 'minutes.docx'), 'utf8')).toBe('an earlier export')
  })

  it('gives a right-click menu with spelling suggestions and the edit roles', async () => {
    await freshInstall()
    await launch()
    standIn.rightClick(mainWindow(), {
      isEditable: true,
      misspelledWord: 'recieved',
      dictionarySuggestions: ['received', 'relieved'],
      selectionText: '',
      editFlags: {
        canUndo: true,
        canRedo: false,
        canCut: false,
        canCopy: false,
        canPaste: true,
        canSelectAll: true,
        canDelete: false,
        canEditRichly: false,
      },
    })
    const menu = standIn.menus.at(-1)
    expect(menu?.popups).toBe(1)
    const items = menu?.template ?? []
    expect(items.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'received',
      'relieved',
      'Add to dictionary',
      'separator',
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ])
    items[0]?.click?.({} as never, undefined, {} as never)
    expect(mainWindow().webContents.replaced).toEqual(['received'])
  })
})

describe("main.ts and the room's window", () => {
  it('shows the room one meeting, with no menu, and lets it hear and ask about nothing else', async () => {
    await freshInstall()
    await launch()
    const chair = mainWindow()
    const create = async (familyName: string) => {
      const created = (await standIn.invoke(chair, 'meetings.create', {
        kind: 'icpc',
        familyName,
        date: '2026-12-02',
        children: [],
      })) as Result<{ id: string }>
      if (!created.ok) throw new Error(created.error.message)
      return created.value.id
    }
    const shown = await create('Kowalski')
    const other = await create('Nowak')
    expect(await standIn.invoke(chair, 'presenter.open', shown)).toEqual({
      ok: true,
      value: { mode: 'window' },
    })
    const room = standIn.windows[1]
    if (!room) throw new Error('no room window')
    expect(room.menuRemoved).toBe(true)
    expect(room.loaded).toEqual([`app://convene/index.html#/presenter/${shown}`])

    const addNote = {
      type: 'add-note',
      sectionKey: null,
      speakerId: null,
      visibility: { to: 'everyone' },
      verbatim: false,
    }
    const note = (text: string) => ({ ...addNote, noteId: randomUUID(), text })
    await standIn.invoke(chair, 'meetings.apply', other, note('About the other family'))
    await standIn.invoke(chair, 'meetings.apply', shown, note('About this family'))
    const heard = JSON.stringify(room.webContents.sent)
    expect(heard).toContain('About this family')
    expect(heard).not.toContain('About the other family')
    expect(room.webContents.sent.map((message) => message.channel)).toEqual(['room-view-changed'])

    expect(await standIn.invoke(room, 'meetings.roomView', shown)).toMatchObject({ ok: true })
    expect(await standIn.invoke(room, 'meetings.roomView', other)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await standIn.invoke(room, 'meetings.get', shown)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
  })
})
