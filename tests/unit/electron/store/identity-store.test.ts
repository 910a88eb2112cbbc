import { emptyIdentity } from '../../../../shared/model/stored-identity.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IdentityStore } from '../../../../electron/services/store/identity-store.ts'
import { GenerationalFile } from '../../../../electron/services/store/generational-file.ts'
import { open as openEnvelope } from '../../../../electron/services/store/envelope.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { createSelfSigned } from '../../../../electron/services/signing/certificate.ts'
import { SaveError, writeFileDurably } from '../../../../electron/services/store/durable-write.ts'
import { aClock, aKey } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

const identityFile = { purpose: 'identity' as const, id: '00000000-0000-4000-8000-000000000002' }

/** Writes an identity as another build (older or newer) would have saved it. */
async function writeIdentityAsAnotherBuildWould(folder: string, key: Buffer, identity: unknown) {
  const file = new GenerationalFile<unknown>({
    folder: join(folder, 'identity'),
    ...identityFile,
    key,
    now: aClock().now,
    keep: 3,
  })
  await file.write(identity)
}

const open = (folder: string, key: Buffer) =>
  IdentityStore.open({ folder, key, now: aClock().now, logger: createMemoryLogger() })

describe('IdentityStore', () => {
  it('keeps the signature and the signing key across a restart, encrypted on disk', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const store = await open(folder, key)
    expect(store.get()).toEqual(emptyIdentity)
    const identity = createSelfSigned({ name: 'Helen Okafor', role: 'Chair', organisation: 'Portsmouth' })
    await store.update({ signature: { kind: 'typed', text: 'Helen Okafor' } })
    await store.update({ certificate: { ...identity, source: 'self-signed' } })

    expect((await open(folder, key)).get()).toEqual({
      ...emptyIdentity,
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

  it('opens, rather than failing, with another key: tells the user, keeps the saves aside, writes over nothing', async () => {
    const folder = await tempFolder()
    await (await open(folder, aKey())).update({ signature: { kind: 'typed', text: 'Helen Okafor' } })
    const before = await readdir(join(folder, 'identity'))
    const store = await open(folder, aKey())
    expect(store.get()).toEqual(emptyIdentity)
    expect(store.notice?.title).toBe('Your signing identity could not be read')
    expect(store.notice?.message).toMatch(/has not made a new one/)
    expect(await readdir(join(folder, 'identity'))).toEqual(before)
    expect(await readdir(join(folder, 'kept-aside', 'signing identity'))).toEqual(before)
  })

  it('reads the identity as this version stored it before identities had a version', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const identity = createSelfSigned({ name: 'Siobhán Ní Bhriain', role: 'Chair', organisation: 'Cork' })
    await writeIdentityAsAnotherBuildWould(folder, key, {
      signature: { kind: 'typed', text: 'Siobhán Ní Bhriain' },
      certificate: { ...identity, source: 'self-signed' },
    })
    const store = await open(folder, key)
    expect(store.get().certificate?.privateKeyPem).toBe(identity.privateKeyPem)
    expect(store.notice).toBeNull()
  })

  it('keeps an identity in a newer shape aside and tells the user, never making it again in silence', async () => {
    const folder = await tempFolder()
    const key = aKey()
    const identity = createSelfSigned({ name: 'Helen Okafor', role: 'Chair', organisation: 'Portsmouth' })
    await writeIdentityAsAnotherBuildWould(folder, key, {
      version: 2,
      signature: { kind: 'typed', text: 'Helen Okafor' },
      certificate: {
        chain: [identity.certificatePem],
        key: identity.privateKeyPem,
        source: 'hardware-token',
      },
    })
    const store = await open(folder, key)
    expect(store.get()).toEqual({ ...emptyIdentity, signature: { kind: 'typed', text: 'Helen Okafor' } })
    expect(store.notice?.title).toBe('Your signing identity was saved by a newer version of Convene')
    expect(store.notice?.message).toMatch(
      /could not read your signing certificate, and has not made a new one/,
    )
    expect(store.notice?.message).toContain(join('kept-aside', 'signing identity'))

    // Three saves of a signature later (the identity keeps three), the key is still kept aside.
    for (const text of ['Helen Okafor', 'H. Okafor', 'Helen A. Okafor'])
      await store.update({ signature: { kind: 'typed', text } })
    const keptFolder = join(folder, 'kept-aside', 'signing identity')
    const [kept = ''] = await readdir(keptFolder)
    const original = JSON.parse(
      openEnvelope(key, await readFile(join(keptFolder, kept)), identityFile).contents.toString(),
    )
    expect(original.certificate.key).toBe(identity.privateKeyPem)
    expect(store.notice).toBeNull()
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
