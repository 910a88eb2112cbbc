import { randomUUID } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MeetingStore } from '../../../../electron/services/store/meeting-store.ts'
import { SaveError, writeFileDurably } from '../../../../electron/services/store/durable-write.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { appendFileDurably } from '../../../../electron/services/store/journal.ts'
import { MeetingCommandSchema, type MeetingCommand } from '../../../../shared/meeting/meeting-command.ts'
import { aClock, aDraft, aKey } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

/** A store whose writes fail while `full.disk` is true, as a full disk would make them. */
async function aStoreOnADiskThatFills(folder: string, key: Buffer) {
  const full = { disk: false, failedWrites: 0 }
  const writeFile = async (path: string, contents: Buffer): Promise<void> => {
    if (full.disk) {
      full.failedWrites += 1
      throw new SaveError('disk-full', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
    }
    await writeFileDurably(path, contents)
  }
  // A full disk takes part of an append before it refuses the rest, as a real one can.
  const appendFile = async (path: string, contents: Buffer): Promise<void> => {
    if (full.disk) {
      full.failedWrites += 1
      await appendFileDurably(path, contents.subarray(0, Math.floor(contents.length / 2)))
      throw new SaveError('disk-full', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
    }
    await appendFileDurably(path, contents)
  }
  const store = await MeetingStore.open({
    folder,
    key,
    now: aClock().now,
    logger: createMemoryLogger(),
    writeFile,
    appendFile,
  })
  return { store, full }
}

const reopen = async (folder: string, key: Buffer) =>
  MeetingStore.open({ folder, key, now: aClock().now, logger: createMemoryLogger() })

const aNote = (text: string): MeetingCommand =>
  MeetingCommandSchema.parse({
    type: 'add-note',
    noteId: randomUUID(),
    sectionKey: null,
    speakerId: null,
    text,
    visibility: { to: 'everyone' },
    verbatim: false,
  })

const applyTo = (store: MeetingStore, meetingId: string, command: MeetingCommand) =>
  store.apply(meetingId, command)

describe('a save that cannot reach the disk', () => {
  it('is refused with a plain message, and the change is undone in memory as well as on disk', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const { store, full } = await aStoreOnADiskThatFills(folder, key)
    const created = await store.create(aDraft())
    if (!created.ok) throw new Error('create failed')

    full.disk = true
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
    const held = await store.get(created.value.id)
    expect(held.ok && held.value.meeting).toMatchObject({ purpose: '', revision: 0 })

    full.disk = false
    const next = await store.update(created.value.id, (meeting) => ({ ...meeting, location: 'Room 4' }))
    expect(next.ok && next.value).toMatchObject({ purpose: '', location: 'Room 4', revision: 1 })
    const loaded = await (await reopen(folder, key)).get(created.value.id)
    expect(loaded.ok && loaded.value.meeting).toMatchObject({ purpose: '', location: 'Room 4' })
  })

  it("keeps a note sent again after 'Try again' exactly once, after a restart", async () => {
    const folder = await tempFolder()
    const key = aKey()
    const { store, full } = await aStoreOnADiskThatFills(folder, key)
    const created = await store.create(aDraft())
    if (!created.ok) throw new Error('create failed')
    const note = aNote('Anna said the mornings are calmer since the school run changed.')

    full.disk = true
    const refused = await applyTo(store, created.value.id, note)
    expect(refused.ok || refused.error.code).toBe('disk-full')
    expect(full.failedWrites).toBe(1)

    full.disk = false
    const retried = await applyTo(store, created.value.id, note)
    expect(retried.ok && retried.value.notes.map((saved) => saved.text)).toEqual([
      'Anna said the mornings are calmer since the school run changed.',
    ])
    // The answer to the retry is lost too, and the renderer sends it a third time: still once.
    const again = await applyTo(store, created.value.id, note)
    expect(again.ok && again.value.notes).toHaveLength(1)

    const loaded = await (await reopen(folder, key)).get(created.value.id)
    expect(loaded.ok && loaded.value.meeting.notes.map((saved) => saved.id)).toEqual([
      note.type === 'add-note' ? note.noteId : '',
    ])
  })

  it('fails a change made while the failing save was under way, since it was made on top of it', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const { store, full } = await aStoreOnADiskThatFills(folder, key)
    const created = await store.create(aDraft())
    if (!created.ok) throw new Error('create failed')
    full.disk = true
    const first = applyTo(store, created.value.id, aNote('First'))
    const second = applyTo(store, created.value.id, aNote('Second'))
    const answers = await Promise.all([first, second])
    expect(answers.map((answer) => answer.ok || answer.error.code)).toEqual(['disk-full', 'disk-full'])
    full.disk = false
    const third = await applyTo(store, created.value.id, aNote('Third'))
    expect(third.ok && third.value.notes.map((saved) => saved.text)).toEqual(['Third'])
    const loaded = await (await reopen(folder, key)).get(created.value.id)
    expect(loaded.ok && loaded.value.meeting.notes.map((saved) => saved.text)).toEqual(['Third'])
  })

  it('keeps the list in step: a name change refused on a full disk is not shown in the list', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const { store, full } = await aStoreOnADiskThatFills(folder, key)
    const created = await store.create(aDraft({ familyName: 'Osei' }))
    if (!created.ok) throw new Error('create failed')
    full.disk = true
    await store.update(created.value.id, (meeting) => ({ ...meeting, familyName: 'Nowak' }))
    expect(store.list().map((entry) => entry.readable && entry.familyName)).toEqual(['Osei'])
    full.disk = false
    await store.update(created.value.id, (meeting) => ({ ...meeting, familyName: 'Nowak' }))
    expect((await reopen(folder, key)).list().map((entry) => entry.readable && entry.familyName)).toEqual([
      'Nowak',
    ])
  })
})

describe('a save of the meeting that succeeds when the list cannot be written', () => {
  it('is acknowledged (the words are safe) and the list catches up at the next change', async () => {
    const folder = await tempFolder()
    const key = aKey()
    let indexFull = false
    const writeFile = async (path: string, contents: Buffer): Promise<void> => {
      if (indexFull && path.includes(`${join('index', '')}`))
        throw new SaveError('disk-full', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
      await writeFileDurably(path, contents)
    }
    const logger = createMemoryLogger()
    const store = await MeetingStore.open({ folder, key, now: aClock().now, logger, writeFile })
    const created = await store.create(aDraft({ familyName: 'Osei' }))
    if (!created.ok) throw new Error('create failed')
    indexFull = true
    const renamed = await store.update(created.value.id, (meeting) => ({ ...meeting, familyName: 'Nowak' }))
    expect(renamed.ok && renamed.value.familyName).toBe('Nowak')
    expect(logger.lines.some((line) => line.startsWith('index.save-failed'))).toBe(true)
    indexFull = false
    await store.update(created.value.id, (meeting) => ({ ...meeting, location: 'Room 4' }))
    const reopened = await reopen(folder, key)
    expect(reopened.list().map((entry) => entry.readable && entry.familyName)).toEqual(['Nowak'])
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
