import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IdentityStore } from '../../../../electron/services/store/identity-store.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { createSelfSigned } from '../../../../electron/services/signing/certificate.ts'
import { SaveError, writeFileDurably } from '../../../../electron/services/store/durable-write.ts'
import { aClock, aKey } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

const open = (folder: string, key: Buffer) =>
  IdentityStore.open({ folder, key, now: aClock().now, logger: createMemoryLogger() })

describe('IdentityStore', () => {
  it('keeps the signature and the signing key across a restart, encrypted on disk', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const store = await open(folder, key)
    expect(store.get()).toEqual({ signature: null, certificate: null })
    const identity = createSelfSigned({ name: 'Helen Okafor', role: 'Chair', organisation: 'Portsmouth' })
    await store.update({ signature: { kind: 'typed', text: 'Helen Okafor' } })
    await store.update({ certificate: { ...identity, source: 'self-signed' } })

    expect((await open(folder, key)).get()).toEqual({
      signature: { kind: 'typed', text: 'Helen Okafor' },
      certificate: { ...identity, source: 'self-signed' },
    })
    const files = await readdir(join(folder, 'identity'))
    expect(files.length).toBeGreaterThan(0)
    for (const name of files) {
      const bytes = await readFile(join(folder, 'identity', name))
      expect(bytes.includes(Buffer.from('PRIVATE KEY'))).toBe(false)
      expect(bytes.includes(Buffer.from('Helen Okafor'))).toBe(false)
    }
  })

  it('starts again, rather than failing, when opened with another key', async () => {
    const folder = await tempFolder()
    await (await open(folder, aKey())).update({ signature: { kind: 'typed', text: 'Helen Okafor' } })
    expect((await open(folder, aKey())).get()).toEqual({ signature: null, certificate: null })
  })

  it('a signature saved on a full disk: the plain disk-full message, nothing changed, saved on the next try', async () => {
    const folder = await tempFolder()
    const key = aKey()
    let diskFull = true
    const store = await IdentityStore.open({
      folder,
      key,
      now: aClock().now,
      logger: createMemoryLogger(),
      writeFile: async (path, contents) => {
        if (diskFull) throw new SaveError('disk-full', new Error('ENOSPC'))
        await writeFileDurably(path, contents)
      },
    })
    const refused = await store.update({ signature: { kind: 'typed', text: 'Siobhán Ní Bhriain' } })
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'disk-full',
        message:
          'Convene could not save because the disk is full. What you typed is still on screen and everything saved before is safe. Free some space and it will be saved at your next change.',
      },
    })
    expect(store.get().signature).toBeNull()
    diskFull = false
    expect(await store.update({ signature: { kind: 'typed', text: 'Siobhán Ní Bhriain' } })).toMatchObject({
      ok: true,
    })
    expect((await open(folder, key)).get().signature).toEqual({ kind: 'typed', text: 'Siobhán Ní Bhriain' })
  })
})
