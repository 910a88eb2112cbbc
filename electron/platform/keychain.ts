import { safeStorage } from 'electron'
import type { Keychain } from '../services/store/key-vault.ts'

/**
 * Electron's safeStorage as our Keychain: DPAPI on Windows, the Keychain on macOS, libsecret or KWallet on
 * Linux. Linux's 'basic_text' backend is a fixed, public key in all but name, so there we use a passphrase.
 */
export function electronKeychain(): Keychain {
  return {
    isAvailable: () => {
      if (!safeStorage.isEncryptionAvailable()) return false
      if (process.platform === 'linux') {
        const backend = safeStorage.getSelectedStorageBackend()
        return backend !== 'basic_text' && backend !== 'unknown'
      }
      return true
    },
    protect: (secret) => safeStorage.encryptString(secret.toString('base64')),
    unprotect: (protectedSecret) => Buffer.from(safeStorage.decryptString(protectedSecret), 'base64'),
  }
}
