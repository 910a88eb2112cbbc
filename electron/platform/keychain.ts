import { safeStorage } from 'electron'
import type { Keychain } from '../services/store/key-vault.ts'

/**
 * Electron's safeStorage as our Keychain, through its asynchronous API (the synchronous one is deprecated
 * in Electron 45 and removed in 46): DPAPI on Windows, the Keychain on macOS, libsecret or KWallet on
 * Linux. Linux's 'basic_text' backend is a fixed, public key in all but name, so there we use a passphrase.
 */
export function electronKeychain(): Keychain {
  return {
    isAvailable: async () => {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return false
      if (process.platform === 'linux') {
        const backend = safeStorage.getSelectedStorageBackend()
        return backend !== 'basic_text' && backend !== 'unknown'
      }
      return true
    },
    protect: (secret) => safeStorage.encryptStringAsync(secret.toString('base64')),
    unprotect: async (protectedSecret) =>
      Buffer.from((await safeStorage.decryptStringAsync(protectedSecret)).result, 'base64'),
  }
}
