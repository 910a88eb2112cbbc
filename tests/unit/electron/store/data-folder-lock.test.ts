import { spawn } from 'node:child_process'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lockDataFolder } from '../../../../electron/services/store/data-folder-lock.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

describe('lockDataFolder', () => {
  it('refuses a second owner while the first is running', async () => {
    const folder = await tempFolder()
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'])
    await writeFile(join(folder, 'convene.lock'), String(sleeper.pid))
    const second = await lockDataFolder(folder)
    sleeper.kill()
    expect(second).toEqual({
      ok: false,
      error: {
        code: 'already-running',
        message: 'Convene is already open on this computer. Switch to that window to carry on.',
      },
    })
  })

  it('takes over a lock left by a process that died', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, 'convene.lock'), '999999999')
    const lock = await lockDataFolder(folder)
    expect(lock.ok).toBe(true)
  })

  it('makes the data folder on a fresh install, where only the app folder exists', async () => {
    const appFolder = await tempFolder()
    const dataFolder = join(appFolder, 'data')
    const lock = await lockDataFolder(dataFolder)
    expect(lock.ok).toBe(true)
    expect((await stat(dataFolder)).isDirectory()).toBe(true)
    expect((await stat(dataFolder)).mode & 0o777).toBe(0o700)
    expect(await readFile(join(dataFolder, 'convene.lock'), 'utf8')).toBe(String(process.pid))
  })

  it('says in plain words when the data folder cannot be made', async () => {
    const appFolder = await tempFolder()
    await writeFile(join(appFolder, 'data'), 'a file where the folder should be')
    const lock = await lockDataFolder(join(appFolder, 'data', 'inner'))
    expect(lock.ok).toBe(false)
    if (!lock.ok) expect(lock.error.message).toMatch(/^Convene could not create its data folder \(ENOTDIR\)/)
  })

  it('can be taken again once released', async () => {
    const folder = await tempFolder()
    const first = await lockDataFolder(folder)
    if (first.ok) await first.value.release()
    expect((await lockDataFolder(folder)).ok).toBe(true)
  })
})
