import { z } from 'zod'
import { sha256 } from '@noble/hashes/sha2.js'
import { NameSchema } from '../model/primitives.ts'

/**
 * An administrator's card: who they are and the public key a chair seals handovers to. The administrator's
 * Convene writes it; the chair's adds it once, after hearing its fingerprint read aloud (a card swapped on
 * the way would show a different one). It holds nothing secret.
 */
export const AdministratorCardSchema = z.object({
  format: z.literal('convene-administrator'),
  version: z.literal(1),
  name: NameSchema,
  /** The X25519 public key, base64 (32 bytes). */
  publicKey: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9+/]{43}=$/, { error: 'This is not an administrator’s key' }),
})
/** An administrator's card. */
export type AdministratorCard = z.infer<typeof AdministratorCardSchema>

/** Crockford's base 32: no I, L, O or U, so what is read aloud is never misheard as another letter. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * A key's fingerprint, short enough to read aloud and to compare: the first 80 bits of its SHA-256 in four
 * groups of four ('7KQ2-M9XD-4TRA-P6WE').
 */
export function fingerprintOf(publicKey: Uint8Array): string {
  const digest = sha256(publicKey)
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of digest.subarray(0, 10)) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += alphabet[(value >> (bits - 5)) & 31]
      bits -= 5
    }
  }
  return out.match(/.{4}/g)?.join('-') ?? out
}

/**
 * A fingerprint as typed from what was heard: case, spaces and dashes ignored, and the letters base 32
 * leaves out read as the digits they look like (O as 0, I and L as 1).
 */
export function normaliseFingerprint(typed: string): string {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  return plain.match(/.{1,4}/g)?.join('-') ?? plain
}
