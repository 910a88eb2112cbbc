import {
  createCipheriv,
  createDecipheriv,
  randomBytes,
  scrypt as scryptCallback,
  type ScryptOptions,
} from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { fail, ok, type Failure, type Result } from '../../../shared/util/result.ts'
import type { KeyProtection } from '../../../shared/contract/values.ts'
import { writeFileDurably } from './durable-write.ts'
import { judgePassphrase } from '../../../shared/vault/passphrase-strength.ts'

/**
 * The operating system's keychain, as Electron's safeStorage offers it (its asynchronous API: the
 * synchronous one is deprecated in Electron 45). Injected, so that everything here runs under plain Node;
 * only electron/platform/ builds the real one. Any of these may reject: a keychain that is locked, missing
 * or broken is an expected failure, not a crash.
 */
export type Keychain = {
  /** False where there is no keychain, or only Linux's plain-text fallback. */
  readonly isAvailable: () => Promise<boolean>
  readonly protect: (secret: Buffer) => Promise<Buffer>
  readonly unprotect: (protectedSecret: Buffer) => Promise<Buffer>
}

const keychainRefused = (): Failure =>
  fail(
    'keychain-unavailable',
    "This computer's keychain did not release Convene's key. Sign in to your computer account as usual and start Convene again.",
  )

/** scrypt's cost parameters, stored beside the wrapped key so they can be raised later. */
export type ScryptParameters = { readonly N: number; readonly r: number; readonly p: number }

/** OWASP's recommended minimum is N=2^17, r=8, p=1 (128 MiB). */
export const defaultScrypt: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 }

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)
const VaultFileSchema = z.discriminatedUnion('protection', [
  z.object({
    format: z.literal('convene-key'),
    version: z.literal(1),
    protection: z.literal('os-keychain'),
    wrappedKey: Base64,
  }),
  z.object({
    format: z.literal('convene-key'),
    version: z.literal(1),
    protection: z.literal('passphrase'),
    wrappedKey: Base64,
    salt: Base64,
    scrypt: z.object({ N: z.int().positive(), r: z.int().positive(), p: z.int().positive() }),
  }),
])
type VaultFile = z.infer<typeof VaultFileSchema>

const vaultFileName = 'key.json'
const wrapAad = Buffer.from('convene-key-v1', 'ascii')

function scrypt(passphrase: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  const options: ScryptOptions = {
    ...parameters,
    maxmem: 256 * parameters.N * parameters.r + 16 * 1024 * 1024,
  }
  return new Promise((resolve, reject) => {
    scryptCallback(passphrase.normalize('NFC'), salt, 32, options, (error, derived) =>
      error ? reject(error) : resolve(derived),
    )
  })
}

function wrapWith(keyEncryptionKey: Buffer, dataKey: Buffer): Buffer {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyEncryptionKey, iv)
  cipher.setAAD(wrapAad)
  return Buffer.concat([iv, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()])
}

function unwrapWith(keyEncryptionKey: Buffer, wrapped: Buffer): Buffer | null {
  if (wrapped.length !== 12 + 32 + 16) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyEncryptionKey, wrapped.subarray(0, 12))
    decipher.setAAD(wrapAad)
    decipher.setAuthTag(wrapped.subarray(12 + 32))
    return Buffer.concat([decipher.update(wrapped.subarray(12, 12 + 32)), decipher.final()])
  } catch {
    return null
  }
}

/** What is on disk: no key yet, or a key protected one way or the other. */
export type VaultState =
  { readonly exists: false } | { readonly exists: true; readonly protection: KeyProtection }

/**
 * The data key's home (key.json in the data folder). The key itself is 32 random bytes that never touch the
 * disk unwrapped: the OS keychain wraps it where there is one, otherwise a key derived from the user's
 * passphrase with scrypt does.
 */
export class KeyVault {
  private readonly folder: string
  private readonly scryptParameters: ScryptParameters

  constructor(folder: string, scryptParameters: ScryptParameters = defaultScrypt) {
    this.folder = folder
    this.scryptParameters = scryptParameters
  }

  /** Whether a key exists and how it is protected. */
  async state(): Promise<Result<VaultState>> {
    const file = await this.readVaultFile()
    if (!file.ok) return file
    return ok(file.value === null ? { exists: false } : { exists: true, protection: file.value.protection })
  }

  /** Makes a new data key protected by the keychain. */
  async createWithKeychain(keychain: Keychain): Promise<Result<Buffer>> {
    const dataKey = randomBytes(32)
    let wrappedKey: Buffer
    try {
      wrappedKey = await keychain.protect(dataKey)
    } catch {
      return keychainRefused()
    }
    const file: VaultFile = {
      format: 'convene-key',
      version: 1,
      protection: 'os-keychain',
      wrappedKey: wrappedKey.toString('base64'),
    }
    return this.writeNew(file, dataKey)
  }

  /**
   * Makes a new data key protected by a passphrase, refusing one that a strength estimator rates quick to
   * guess (the screen says so as it is typed; this is where it is enforced).
   */
  async createWithPassphrase(passphrase: string): Promise<Result<Buffer>> {
    const judged = judgePassphrase(passphrase)
    if (!judged.strong)
      return fail(
        'weak-passphrase',
        `That passphrase would be quick to guess. ${judged.reason} ${judged.suggestion}`,
      )
    const dataKey = randomBytes(32)
    const salt = randomBytes(16)
    const keyEncryptionKey = await scrypt(passphrase, salt, this.scryptParameters)
    const file: VaultFile = {
      format: 'convene-key',
      version: 1,
      protection: 'passphrase',
      wrappedKey: wrapWith(keyEncryptionKey, dataKey).toString('base64'),
      salt: salt.toString('base64'),
      scrypt: this.scryptParameters,
    }
    return this.writeNew(file, dataKey)
  }

  /** Unwraps the data key with the keychain. */
  async unlockWithKeychain(keychain: Keychain): Promise<Result<Buffer>> {
    const file = await this.readVaultFile()
    if (!file.ok) return file
    if (file.value?.protection !== 'os-keychain')
      return fail('not-found', 'There is no key protected by the keychain.')
    try {
      const dataKey = await keychain.unprotect(Buffer.from(file.value.wrappedKey, 'base64'))
      if (dataKey.length !== 32) throw new Error('wrong length')
      return ok(dataKey)
    } catch {
      return keychainRefused()
    }
  }

  /** Unwraps the data key with a passphrase; a wrong one gets a clear message. */
  async unlockWithPassphrase(passphrase: string): Promise<Result<Buffer>> {
    const file = await this.readVaultFile()
    if (!file.ok) return file
    if (file.value?.protection !== 'passphrase')
      return fail('not-found', 'There is no key protected by a passphrase.')
    const keyEncryptionKey = await scrypt(
      passphrase,
      Buffer.from(file.value.salt, 'base64'),
      file.value.scrypt,
    )
    const dataKey = unwrapWith(keyEncryptionKey, Buffer.from(file.value.wrappedKey, 'base64'))
    if (!dataKey) {
      return fail('wrong-passphrase', 'That passphrase is not right. Check Caps Lock and try again.')
    }
    return ok(dataKey)
  }

  private async writeNew(file: VaultFile, dataKey: Buffer): Promise<Result<Buffer>> {
    const existing = await this.readVaultFile()
    if (!existing.ok) return existing
    if (existing.value !== null) return fail('already-set-up', 'Convene is already set up on this computer.')
    await writeFileDurably(
      join(this.folder, vaultFileName),
      Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8'),
    )
    return ok(dataKey)
  }

  private async readVaultFile(): Promise<Result<VaultFile | null>> {
    let text: string
    try {
      text = await readFile(join(this.folder, vaultFileName), 'utf8')
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
        return ok(null)
      throw error
    }
    try {
      const parsed = VaultFileSchema.safeParse(JSON.parse(text))
      if (parsed.success) return ok(parsed.data)
    } catch {
      // fall through: a damaged key file
    }
    return fail(
      'unreadable',
      `Convene's key file (${vaultFileName} in the data folder) is damaged, so the meetings cannot be opened. Restore it from a backup; do not delete it.`,
    )
  }
}
