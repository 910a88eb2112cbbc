import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import {
  GenerationalFile,
  NewerVersionError,
  UnreadableError,
} from '../../../../electron/services/store/generational-file.ts'
import { open, sealFirstFormat } from '../../../../electron/services/store/envelope.ts'
import { savesNewestFirst } from '../../../helpers/files.ts'
import { aClock, aKey } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

async function aFile(keep = 3) {
  const folder = await tempFolder()
  const clock = aClock()
  const key = aKey()
  const file = new GenerationalFile<{ text: string }>({
    folder,
    purpose: 'meeting',
    id: 'm1',
    key,
    now: clock.now,
    keep,
  })
  return { folder, clock, key, file }
}

describe('GenerationalFile', () => {
  it('reads null before anything is saved', async () => {
    const { file } = await aFile()
    expect(await file.read()).toBeNull()
  })

  it('reads back the newest save', async () => {
    const { file } = await aFile()
    await file.write({ text: 'one' })
    await file.write({ text: 'two' })
    expect(await file.read()).toEqual({ text: 'two' })
    expect(file.lastLoad).toMatchObject({ generation: 2, damagedNewer: 0 })
  })

  it('keeps only the newest few saves', async () => {
    const { folder, key, file } = await aFile(3)
    for (let i = 1; i <= 7; i += 1) await file.write({ text: String(i) })
    const kept = await savesNewestFirst(folder, key, { purpose: 'meeting', id: 'm1' })
    const texts = kept.map(
      (path) =>
        JSON.parse(open(key, readFileSync(path), { purpose: 'meeting', id: 'm1' }).contents.toString()).text,
    )
    expect(texts).toEqual(['7', '6', '5'])
  })

  it('names each save at random, so the folder does not count how often it was saved', async () => {
    const { folder, file } = await aFile(3)
    for (let i = 1; i <= 4; i += 1) await file.write({ text: String(i) })
    const names = await readdir(folder)
    expect(names).toHaveLength(3)
    for (const name of names) expect(name).toMatch(/^[0-9a-f]{24}\.cvn$/)
  })

  it('reads saves of the first format (numbered names, a plain header) and carries on after them', async () => {
    const { folder, clock, key, file } = await aFile(3)
    const first = { purpose: 'meeting' as const, id: 'm1', savedAt: '2026-11-01T09:00:00.000Z' }
    await writeFile(
      join(folder, '000000000041.cvn'),
      sealFirstFormat(key, { ...first, generation: 41 }, Buffer.from('{"text":"older"}')),
    )
    await writeFile(
      join(folder, '000000000042.cvn'),
      sealFirstFormat(key, { ...first, generation: 42 }, Buffer.from('{"text":"old"}')),
    )
    expect(await file.read()).toEqual({ text: 'old' })
    expect(file.lastLoad).toMatchObject({ generation: 42, savedAt: '2026-11-01T09:00:00.000Z' })
    clock.advance(60_000)
    await file.write({ text: 'new' })
    await file.write({ text: 'newer' })
    const again = new GenerationalFile<{ text: string }>({
      folder,
      purpose: 'meeting',
      id: 'm1',
      key,
      now: clock.now,
      keep: 3,
    })
    expect(await again.read()).toEqual({ text: 'newer' })
    expect(again.lastLoad?.generation).toBe(44)
    expect((await readdir(folder)).filter((name) => name.startsWith('0000'))).toEqual(['000000000042.cvn'])
  })

  it('falls back past a save that opens but cannot be used, as past a damaged one, and says so', async () => {
    const { folder, key, clock } = await aFile()
    const file = new GenerationalFile<{ text: string }>({
      folder,
      purpose: 'meeting',
      id: 'm1',
      key,
      now: clock.now,
      keep: 3,
      accept: (raw) => {
        const text = (raw as { text: string }).text
        return text.length <= 5 ? { ok: true, value: { text } } : { ok: false, reason: 'invalid' }
      },
    })
    await file.write({ text: 'short' })
    clock.advance(60_000)
    await file.write({ text: 'far too long' })
    expect(await file.read()).toEqual({ text: 'short' })
    expect(file.lastLoad).toMatchObject({ generation: 1, damagedNewer: 0, invalidNewer: 1 })
    expect(file.lastLoad?.passedOver).toHaveLength(1)
  })

  it('stops at a save written by a newer version, rather than quietly opening an older one', async () => {
    const { folder, key, clock } = await aFile()
    const file = new GenerationalFile<{ text: string }>({
      folder,
      purpose: 'meeting',
      id: 'm1',
      key,
      now: clock.now,
      keep: 3,
      accept: (raw) =>
        (raw as { v: number }).v > 1
          ? { ok: false, reason: 'newer-version' }
          : { ok: true, value: { text: 'v1' } },
    })
    await file.write({ text: 'a', v: 1 } as never)
    await file.write({ text: 'b', v: 2 } as never)
    await expect(file.read()).rejects.toBeInstanceOf(NewerVersionError)
  })

  it('falls back to the newest good save when the latest is damaged, and says which', async () => {
    const { folder, clock, key, file } = await aFile()
    await file.write({ text: 'morning' })
    clock.advance(60_000)
    await file.write({ text: 'afternoon' })
    const [latest = ''] = await savesNewestFirst(folder, key, { purpose: 'meeting', id: 'm1' })
    const bytes = await readFile(latest)
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff
    await writeFile(latest, bytes)
    const fresh = new GenerationalFile<{ text: string }>({
      folder,
      purpose: 'meeting',
      id: 'm1',
      key,
      now: clock.now,
      keep: 3,
    })
    expect(await fresh.read()).toEqual({ text: 'morning' })
    expect(fresh.lastLoad).toEqual({
      generation: 1,
      savedAt: '2026-11-22T09:00:00.000Z',
      damagedNewer: 1,
      invalidNewer: 0,
      passedOver: [latest],
      file: expect.any(String),
    })
  })

  it('writes after a damaged save so that the damaged one is never preferred again', async () => {
    const { folder, key, file } = await aFile()
    await file.write({ text: 'a' })
    await file.write({ text: 'b' })
    const [second = ''] = await savesNewestFirst(folder, key, { purpose: 'meeting', id: 'm1' })
    await writeFile(second, 'garbage')
    expect(await file.read()).toEqual({ text: 'a' })
    expect(file.lastLoad).toMatchObject({ damagedNewer: 1 })
    await file.write({ text: 'c' })
    expect(await file.read()).toEqual({ text: 'c' })
    expect(file.lastLoad).toMatchObject({ damagedNewer: 0 })
  })

  it('throws UnreadableError when every save is damaged', async () => {
    const { folder, file } = await aFile()
    await file.write({ text: 'a' })
    for (const name of await readdir(folder)) await writeFile(join(folder, name), 'garbage')
    await expect(file.read()).rejects.toBeInstanceOf(UnreadableError)
  })

  it('clears away temporary files left by an interrupted save', async () => {
    const { folder, file } = await aFile()
    await file.write({ text: 'a' })
    const before = await readdir(folder)
    await writeFile(join(folder, '.0123456789abcdef01234567.cvn.abc123.tmp'), 'half a save')
    expect(await file.read()).toEqual({ text: 'a' })
    expect(await readdir(folder)).toEqual(before)
  })
})
