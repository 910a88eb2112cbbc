import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { DraftStore } from '../../../../electron/services/store/draft-store.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import type { NoteDraft } from '../../../../shared/model/note-draft.ts'
import { aClock, aKey } from '../../../helpers/builders.ts'
import { filesUnder } from '../../../helpers/files.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

const open = (folder: string, key: Buffer, writeFile?: (path: string, contents: Buffer) => Promise<void>) =>
  new DraftStore({ folder, key, now: aClock().now, logger: createMemoryLogger(), writeFile })

const draft = (text: string): NoteDraft => ({
  noteId: randomUUID(),
  text,
  speakerId: randomUUID(),
  notForFamily: true,
  verbatim: false,
})

describe('DraftStore', () => {
  it('keeps a meeting’s draft across a restart, encrypted on disk', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const meetingId = randomUUID()
    const kept = draft('Anna said the heating is fixed and Zosia sleeps better')
    expect(await open(folder, key).get(meetingId)).toBeNull()
    await open(folder, key).save(meetingId, kept)
    expect(await open(folder, key).get(meetingId)).toEqual(kept)
    const files = await filesUnder(folder)
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect((await readFile(file)).includes(Buffer.from('heating'))).toBe(false)
  })

  it('writes only the latest of drafts saved while one is on its way, and never goes back to an earlier one', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const meetingId = randomUUID()
    let writes = 0
    const store = open(folder, key, async (path, contents) => {
      writes += 1
      const { writeFileDurably } = await import('../../../../electron/services/store/durable-write.ts')
      await writeFileDurably(path, contents)
    })
    const typed = 'Sarah said the bus is earlier now'
    const saves = Array.from({ length: typed.length }, (_, at) =>
      store.save(meetingId, { ...draft(typed.slice(0, at + 1)), noteId: meetingId }),
    )
    expect((await Promise.all(saves)).every((result) => result.ok)).toBe(true)
    expect(writes).toBeLessThan(typed.length / 2)
    expect((await open(folder, key).get(meetingId))?.text).toBe(typed)
  })

  it('says plainly when the disk is full, and keeps the earlier draft', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const meetingId = randomUUID()
    await open(folder, key).save(meetingId, draft('first words'))
    const { SaveError } = await import('../../../../electron/services/store/durable-write.ts')
    const full = open(folder, key, async () => {
      throw new SaveError('disk-full', new Error('ENOSPC'))
    })
    const refused = await full.save(meetingId, draft('first words and more'))
    expect(refused).toMatchObject({ ok: false, error: { code: 'disk-full' } })
    expect((await open(folder, key).get(meetingId))?.text).toBe('first words')
  })

  it('is removed with its meeting', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const meetingId = randomUUID()
    const store = open(folder, key)
    await store.save(meetingId, draft('words'))
    await store.remove(meetingId)
    expect(await open(folder, key).get(meetingId)).toBeNull()
    expect(await filesUnder(folder)).toEqual([])
  })
})
