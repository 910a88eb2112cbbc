import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MeetingStore } from '../../../../electron/services/store/meeting-store.ts'
import { SaveError, writeFileDurably } from '../../../../electron/services/store/durable-write.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { aClock, aDraft, aKey } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

describe('a save that cannot reach the disk', () => {
  it('is refused with a plain message, keeps the change, and saves it with the next change', async () => {
    const folder = await tempFolder()
    const key = aKey()
    let diskFull = false
    const writeFile = async (path: string, contents: Buffer): Promise<void> => {
      if (diskFull) throw new SaveError('disk-full', new Error('ENOSPC'))
      await writeFileDurably(path, contents)
    }
    const store = await MeetingStore.open({
      folder,
      key,
      now: aClock().now,
      logger: createMemoryLogger(),
      writeFile,
    })
    const created = await store.create(aDraft())
    if (!created.ok) throw new Error('create failed')

    diskFull = true
    const refused = await store.update(created.value.id, (meeting) => ({
      ...meeting,
      purpose: 'words typed while the disk was full',
    }))
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'disk-full',
        message:
          'Convene could not save because the disk is full. What you typed is still on screen and everything saved before is safe. Free some space and it will be saved at your next change.',
      },
    })

    diskFull = false
    const next = await store.update(created.value.id, (meeting) => ({ ...meeting, location: 'Room 4' }))
    expect(next.ok).toBe(true)
    const reopened = await MeetingStore.open({ folder, key, now: aClock().now, logger: createMemoryLogger() })
    const loaded = await reopened.get(created.value.id)
    expect(loaded.ok && loaded.value.meeting).toMatchObject({
      purpose: 'words typed while the disk was full',
      location: 'Room 4',
    })
  })
})

describe('a really full disk (a 1 MB tmpfs)', () => {
  let mountPoint = ''
  let mounted = false
  beforeAll(async () => {
    mountPoint = await mkdtemp(join(tmpdir(), 'convene-full-'))
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { stdio: 'ignore' })
      mounted = true
    } catch {
      mounted = false
    }
  })
  afterAll(async () => {
    if (mounted) execFileSync('umount', [mountPoint])
    await rmdir(mountPoint).catch(() => rm(mountPoint, { recursive: true, force: true }))
  })

  it('reports disk-full, leaves no temporary files and keeps the last good save readable', async (context) => {
    if (!mounted)
      context.skip(
        'this machine does not allow mounting a small tmpfs (needs root); the fault-injection test above covers the logic',
      )
    const key = aKey()
    const store = await MeetingStore.open({
      folder: mountPoint,
      key,
      now: aClock().now,
      logger: createMemoryLogger(),
      keep: 2,
    })
    const created = await store.create(aDraft())
    if (!created.ok) throw new Error('create failed')
    await writeFile(join(mountPoint, 'ballast'), Buffer.alloc(700 * 1024))
    const huge = 'The family says mornings are calmer. '.repeat(12_000)
    const refused = await store.update(created.value.id, (meeting) => ({ ...meeting, purpose: huge }))
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.code).toBe('disk-full')

    const reopened = await MeetingStore.open({
      folder: mountPoint,
      key,
      now: aClock().now,
      logger: createMemoryLogger(),
    })
    const loaded = await reopened.get(created.value.id)
    expect(loaded.ok && loaded.value.recovery).toBeNull()
    expect(loaded.ok && loaded.value.meeting.purpose).toBe('')
    const leftovers = execFileSync('find', [mountPoint, '-name', '*.tmp']).toString().trim()
    expect(leftovers).toBe('')
  })
})
