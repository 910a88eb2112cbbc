import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GenerationalFile, UnreadableError } from '../../../../electron/services/store/generational-file.ts'
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
    const { folder, file } = await aFile(3)
    for (let i = 1; i <= 7; i += 1) await file.write({ text: String(i) })
    expect(await readdir(folder)).toEqual(['000000000005.cvn', '000000000006.cvn', '000000000007.cvn'])
  })

  it('falls back to the newest good save when the latest is damaged, and says which', async () => {
    const { folder, clock, key, file } = await aFile()
    await file.write({ text: 'morning' })
    clock.advance(60_000)
    await file.write({ text: 'afternoon' })
    const latest = join(folder, '000000000002.cvn')
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
    expect(fresh.lastLoad).toEqual({ generation: 1, savedAt: '2026-11-22T09:00:00.000Z', damagedNewer: 1 })
  })

  it('writes after a damaged save with a newer number, so the damaged one is never preferred again', async () => {
    const { folder, file } = await aFile()
    await file.write({ text: 'a' })
    await file.write({ text: 'b' })
    await writeFile(join(folder, '000000000002.cvn'), 'garbage')
    await file.read()
    await file.write({ text: 'c' })
    expect(await file.read()).toEqual({ text: 'c' })
    expect(file.lastLoad?.generation).toBe(3)
  })

  it('throws UnreadableError when every save is damaged', async () => {
    const { folder, file } = await aFile()
    await file.write({ text: 'a' })
    await writeFile(join(folder, '000000000001.cvn'), 'garbage')
    await expect(file.read()).rejects.toBeInstanceOf(UnreadableError)
  })

  it('clears away temporary files left by an interrupted save', async () => {
    const { folder, file } = await aFile()
    await file.write({ text: 'a' })
    await writeFile(join(folder, '.000000000002.cvn.abc123.tmp'), 'half a save')
    expect(await file.read()).toEqual({ text: 'a' })
    expect(await readdir(folder)).toEqual(['000000000001.cvn'])
  })
})
