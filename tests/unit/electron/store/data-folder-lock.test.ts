import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
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

  it('can be taken again once released', async () => {
    const folder = await tempFolder()
    const first = await lockDataFolder(folder)
    if (first.ok) await first.value.release()
    expect((await lockDataFolder(folder)).ok).toBe(true)
  })
})
