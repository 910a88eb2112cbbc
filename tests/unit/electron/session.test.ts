import { describe, expect, it } from 'vitest'
import { ConveneSession, type SessionOptions } from '../../../electron/services/session.ts'
import { createMemoryLogger } from '../../../electron/services/logger.ts'
import type { Keychain } from '../../../electron/services/store/key-vault.ts'
import { aClock, aDraft } from '../../helpers/builders.ts'
import { tempFolder } from '../../helpers/temp-folder.ts'

async function options(overrides: Partial<SessionOptions> = {}): Promise<SessionOptions> {
  const folder = await tempFolder()
  return {
    dataFolder: folder,
    logFolder: folder,
    keychain: null,
    now: aClock().now,
    logger: createMemoryLogger(),
    emit: () => undefined,
    version: '0.0.0',
    runtime: 'test-host',
    scrypt: { N: 2 ** 12, r: 8, p: 1 },
    ...overrides,
  }
}

const keychain: Keychain = {
  isAvailable: async () => true,
  protect: async (secret) => Buffer.from(secret),
  unprotect: async (blob) => Buffer.from(blob),
}

describe('ConveneSession', () => {
  it('asks for a passphrase on first use where there is no keychain, and keeps meetings locked until then', async () => {
    const session = await ConveneSession.start(await options())
    expect(session.status()).toEqual({ state: 'needs-setup', protection: 'passphrase' })
    expect(session.meetings()).toMatchObject({ ok: false, error: { code: 'locked' } })
    const created = await session.createPassphrase('ten or more characters')
    expect(created).toEqual({ ok: true, value: { state: 'unlocked', protection: 'passphrase' } })
  })

  it('is locked at the next start, opens with the right passphrase and refuses a wrong one', async () => {
    const settings = await options()
    const first = await ConveneSession.start(settings)
    await first.createPassphrase('ten or more characters')
    const second = await ConveneSession.start(settings)
    expect(second.status().state).toBe('locked')
    expect(await second.unlock('wrong passphrase!')).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    })
    expect(await second.unlock('ten or more characters')).toMatchObject({ ok: true })
  })

  it('opens by itself with a keychain', async () => {
    const settings = await options({ keychain })
    const session = await ConveneSession.start(settings)
    expect(session.status()).toEqual({ state: 'unlocked', protection: 'os-keychain' })
    const again = await ConveneSession.start(settings)
    expect(again.status().state).toBe('unlocked')
  })

  it('explains itself when the keychain that holds the key is gone', async () => {
    const settings = await options({ keychain })
    await ConveneSession.start(settings)
    const session = await ConveneSession.start({
      ...settings,
      keychain: { ...keychain, isAvailable: async () => false },
    })
    expect(session.status().state).toBe('unavailable')
    expect(session.status().problem).toMatch(/keychain, which is not available/)
  })

  it('offers a passphrase on first use when the keychain throws instead of answering', async () => {
    const throwing: Keychain = {
      ...keychain,
      isAvailable: async () => {
        throw new Error('The name org.freedesktop.secrets was not provided by any .service files')
      },
    }
    const session = await ConveneSession.start(await options({ keychain: throwing }))
    expect(session.status()).toEqual({ state: 'needs-setup', protection: 'passphrase' })
  })

  it('explains itself when the keychain refuses to wrap a new key', async () => {
    const refusing: Keychain = {
      ...keychain,
      protect: async () => {
        throw new Error('Encryption is not available.')
      },
    }
    const session = await ConveneSession.start(await options({ keychain: refusing }))
    expect(session.status().state).toBe('unavailable')
    expect(session.status().problem).toMatch(/keychain did not release/)
  })

  it('pushes saved meetings and list changes to the windows', async () => {
    const heard: string[] = []
    const session = await ConveneSession.start(
      await options({ keychain, emit: (event) => heard.push(event) }),
    )
    const store = session.meetings()
    if (!store.ok) throw new Error('locked')
    const created = await store.value.create(aDraft())
    if (created.ok)
      await store.value.update(created.value.id, (meeting) => ({ ...meeting, location: 'Room 2' }))
    expect(heard).toEqual(['meetings-changed', 'meeting-changed', 'room-view-changed'])
  })

  it('waits longer before checking each passphrase after wrong ones, across restarts, until the right one', async () => {
    const waits: number[] = []
    const settings = await options({
      sleep: async (milliseconds) => {
        waits.push(milliseconds)
      },
    })
    await (await ConveneSession.start(settings)).createPassphrase('ten or more characters')
    const session = await ConveneSession.start(settings)
    const wrong = await session.unlock('harbour lantern meadows')
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } })
    if (!wrong.ok)
      expect(wrong.error.message).toBe(
        'That passphrase is not right. Check Caps Lock and try again. To slow down anyone guessing, Convene waits a little longer after each wrong passphrase: the next try will take 1 second longer.',
      )
    await session.unlock('harbour lantern meadow')
    expect(session.status()).toMatchObject({ state: 'locked', waitSeconds: 2 })

    // Guesses sent together are taken one at a time, each waiting its turn.
    await Promise.all([session.unlock('guess one'), session.unlock('guess two')])
    expect(waits).toEqual([1000, 2000, 4000])

    const restarted = await ConveneSession.start(settings)
    expect(restarted.status()).toMatchObject({ state: 'locked', waitSeconds: 8 })
    expect(await restarted.unlock('ten or more characters')).toMatchObject({ ok: true })
    expect(waits).toEqual([1000, 2000, 4000, 8000])
    const after = await ConveneSession.start(settings)
    expect(after.status()).toEqual({ state: 'locked', protection: 'passphrase' })
  })

  it('refuses to set a passphrase that would be quick to guess', async () => {
    const session = await ConveneSession.start(await options())
    expect(await session.createPassphrase('password12')).toMatchObject({
      ok: false,
      error: { code: 'weak-passphrase' },
    })
    expect(session.status().state).toBe('needs-setup')
  })
})
