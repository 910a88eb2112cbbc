import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KeyVault, type Keychain } from '../../../../electron/services/store/key-vault.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

const fastScrypt = { N: 2 ** 12, r: 8, p: 1 }

/** Stands in for the OS keychain: reversible, and tells whether it was used. */
function aKeychain(): Keychain {
  return {
    isAvailable: async () => true,
    protect: async (secret) => Buffer.concat([Buffer.from('kc:'), secret.map((byte) => byte ^ 0x5a)]),
    unprotect: async (blob) => Buffer.from(blob.subarray(3).map((byte) => byte ^ 0x5a)),
  }
}

describe('KeyVault with a passphrase', () => {
  it('gives back the same key for the right passphrase', async () => {
    const vault = new KeyVault(await tempFolder(), fastScrypt)
    const created = await vault.createWithPassphrase('marble teapot horizon')
    const unlocked = await vault.unlockWithPassphrase('marble teapot horizon')
    expect(created.ok && unlocked.ok && created.value.equals(unlocked.value)).toBe(true)
  })

  it('says plainly when the passphrase is wrong', async () => {
    const vault = new KeyVault(await tempFolder(), fastScrypt)
    await vault.createWithPassphrase('marble teapot horizon')
    const unlocked = await vault.unlockWithPassphrase('marble teapot horizn')
    expect(unlocked).toEqual({
      ok: false,
      error: {
        code: 'wrong-passphrase',
        message: 'That passphrase is not right. Check Caps Lock and try again.',
      },
    })
  })

  it('refuses a short passphrase', async () => {
    const vault = new KeyVault(await tempFolder(), fastScrypt)
    const created = await vault.createWithPassphrase('short')
    expect(created.ok).toBe(false)
    if (!created.ok) expect(created.error.code).toBe('weak-passphrase')
  })

  it.each(['aaaaaaaaaa', '1234567890', 'password12'])(
    'refuses %j, a passphrase long enough but quick to guess, with the reason and a suggestion',
    async (weak) => {
      const folder = await tempFolder()
      const created = await new KeyVault(folder, fastScrypt).createWithPassphrase(weak)
      expect(created).toMatchObject({ ok: false, error: { code: 'weak-passphrase' } })
      if (!created.ok) {
        expect(created.error.message).toMatch(
          /^That passphrase would be quick to guess\. .+\. .*Try three or four/,
        )
      }
      expect(await readdir(folder)).toEqual([])
    },
  )

  it('keeps neither the key nor the passphrase in the key file', async () => {
    const folder = await tempFolder()
    const vault = new KeyVault(folder, fastScrypt)
    const created = await vault.createWithPassphrase('marble teapot horizon')
    const file = await readFile(join(folder, 'key.json'))
    expect(created.ok).toBe(true)
    if (!created.ok) return
    expect(file.includes(created.value)).toBe(false)
    expect(file.includes(Buffer.from(created.value.toString('base64')))).toBe(false)
    expect(file.toString()).not.toContain('marble')
  })

  it('refuses to set up twice', async () => {
    const vault = new KeyVault(await tempFolder(), fastScrypt)
    await vault.createWithPassphrase('marble teapot horizon')
    const again = await vault.createWithPassphrase('another long passphrase')
    expect(again.ok).toBe(false)
  })

  it('reports a damaged key file without throwing', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, 'key.json'), '{ broken')
    const state = await new KeyVault(folder).state()
    expect(state.ok).toBe(false)
    if (!state.ok) expect(state.error.message).toMatch(/key file .* is damaged/)
  })
})

describe('KeyVault with the keychain', () => {
  it('wraps the key with the keychain and unwraps it again', async () => {
    const folder = await tempFolder()
    const vault = new KeyVault(folder)
    const keychain = aKeychain()
    const created = await vault.createWithKeychain(keychain)
    const unlocked = await vault.unlockWithKeychain(keychain)
    expect(created.ok && unlocked.ok && created.value.equals(unlocked.value)).toBe(true)
    expect(await vault.state()).toEqual({ ok: true, value: { exists: true, protection: 'os-keychain' } })
  })

  it('says so when the keychain will not release the key', async () => {
    const vault = new KeyVault(await tempFolder())
    await vault.createWithKeychain(aKeychain())
    const refusing: Keychain = {
      ...aKeychain(),
      unprotect: async () => {
        throw new Error('denied')
      },
    }
    const unlocked = await vault.unlockWithKeychain(refusing)
    expect(unlocked.ok).toBe(false)
    if (!unlocked.ok) expect(unlocked.error.code).toBe('keychain-unavailable')
  })
})
