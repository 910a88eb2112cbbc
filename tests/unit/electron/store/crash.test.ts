import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MeetingStore } from '../../../../electron/services/store/meeting-store.ts'
import { open } from '../../../../electron/services/store/envelope.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { aKey } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

const kills = 200
const writer = join(import.meta.dirname, '../../../helpers/crash-writer.ts')

/** Runs the writer until a random moment after it is ready, kills it, and returns the last save it acknowledged. */
function runAndKill(folder: string, key: Buffer, meetingId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, folder, key.toString('hex'), meetingId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let acknowledged = 0
    let buffered = ''
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), Math.random() * 40)
        else if (/^\d+$/.test(line)) acknowledged = Math.max(acknowledged, Number(line))
      }
    })
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`The writer stopped by itself: ${errors}`))
      else resolve(acknowledged)
    })
  })
}

describe('a crash at any moment of a save', () => {
  it(
    `never leaves a meeting unreadable nor loses an acknowledged save (${kills} kills)`,
    { timeout: 240_000 },
    async () => {
      const folder = await tempFolder()
      const key = aKey()
      const meetingId = randomUUID()
      let highest = 0
      for (let kill = 1; kill <= kills; kill += 1) {
        const acknowledged = await runAndKill(folder, key, meetingId)
        highest = Math.max(highest, acknowledged)

        const store = await MeetingStore.open({
          folder,
          key,
          now: () => new Date(),
          logger: createMemoryLogger(),
        })
        const loaded = await store.get(meetingId)
        expect(loaded.ok, `kill ${kill}: the meeting opens`).toBe(true)
        if (!loaded.ok) return
        expect(loaded.value.recovery, `kill ${kill}: the newest save is whole`).toBeNull()
        const saved = Number(/save (\d+)/.exec(loaded.value.meeting.purpose)?.[1])
        expect(saved, `kill ${kill}: save ${highest} was acknowledged`).toBeGreaterThanOrEqual(highest)
        expect(store.list().map((entry) => entry.id)).toEqual([meetingId])

        const meetingFolder = join(folder, 'meetings', meetingId)
        for (const name of await readdir(meetingFolder)) {
          if (!name.endsWith('.cvn')) continue
          const bytes = await readFile(join(meetingFolder, name))
          expect(
            () => open(key, bytes, { purpose: 'meeting', id: meetingId }),
            `kill ${kill}: ${name} opens`,
          ).not.toThrow()
        }
      }
      expect(highest, 'the writer made real progress between kills').toBeGreaterThan(kills)
    },
  )
})
