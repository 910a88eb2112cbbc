import { z } from 'zod'
import { SignatureMarkSchema } from './identity.ts'
import { readLeniently } from './read-leniently.ts'

/** The version of the stored identity this build writes. */
export const currentIdentityVersion = 1

/** What the chair signs with: the visible mark and the certificate with its private key. */
export const IdentitySchema = z.object({
  signature: SignatureMarkSchema.nullable(),
  certificate: z
    .object({
      certificatePem: z.string().max(20_000),
      privateKeyPem: z.string().max(20_000),
      source: z.enum(['self-signed', 'pkcs12']),
    })
    .nullable(),
  /**
   * This laptop's key pair for handovers (X25519, base64), made when Convene is first set up for an
   * administrator: chairs seal handovers to its public half. Absent from identities saved before.
   */
  handoverKey: z
    .object({ publicKey: z.string().max(100), privateKey: z.string().max(100) })
    .nullable()
    .default(null),
  /**
   * Who uses this laptop: a chair or mediator (their meetings), or an administrator (the desk alone: what
   * chairs hand over, in the administrator's projection). Identities saved before it are a chair's.
   */
  role: z.enum(['chair', 'administrator', 'service-lead']).default('chair'),
  /**
   * This laptop's outcomes files for the service lead: a random identifier made at the first export (it
   * names no record, only that two files came from the same laptop, so the newer replaces the older) and
   * how many have been made.
   */
  outcomesSource: z
    .object({ sourceId: z.uuid(), exports: z.int().min(0) })
    .nullable()
    .default(null),
  /** The name this laptop's administrator gave on their card: the log says who did what by it. */
  deskName: z.string().max(200).default(''),
  /**
   * The key pair a chair's laptop opens correction requests with (X25519, base64): its public half goes in
   * each handover, so the administrator can seal an accepted correction back to this laptop alone.
   */
  replyKey: z
    .object({ publicKey: z.string().max(100), privateKey: z.string().max(100) })
    .nullable()
    .default(null),
  /** The administrators a chair has added (after hearing each fingerprint read aloud), to hand over to. */
  administrators: z
    .array(
      z.object({
        name: z.string().max(200),
        publicKey: z.string().max(100),
        fingerprint: z.string().max(30),
        addedAt: z.string().max(40),
      }),
    )
    .max(50)
    .default([]),
})
/** What the chair signs with, and the keys handovers are sealed and opened with. */
export type Identity = z.infer<typeof IdentitySchema>

/** The identity as it is stored: with the version it was written in. */
export type StoredIdentity = Identity & { readonly version: number }

/** An identity with nothing in it: no signature yet, no certificate yet. */
export const emptyIdentity: Identity = {
  signature: null,
  certificate: null,
  handoverKey: null,
  role: 'chair',
  outcomesSource: null,
  deskName: '',
  replyKey: null,
  administrators: [],
}

/** One numbered step from a stored identity's version to the next; pure. */
export type IdentityMigration = {
  readonly from: number
  readonly to: number
  readonly name: string
  readonly migrate: (identity: Readonly<Record<string, unknown>>) => Readonly<Record<string, unknown>>
}

/** Every identity migration, in order, ending at `currentIdentityVersion`. */
export const identityMigrations: ReadonlyArray<IdentityMigration> = [
  {
    from: 0,
    to: 1,
    name: 'stamp the version on identities written before they had one',
    migrate: (identity) => ({ ...identity, version: 1 }),
  },
]

/** What reading a stored identity found. */
export type IdentityReading = {
  readonly identity: Identity
  /** What could not be read and is empty for now ('certificate'). */
  readonly replaced: ReadonlyArray<string>
  /** Written by a newer version of Convene: read as far as this version understands it. */
  readonly newerVersion: boolean
}

/**
 * Brings a stored identity up to this version, keeping what can be kept: a signature that reads is kept
 * even if the certificate does not, and the other way round. Never throws.
 */
export function readIdentity(raw: unknown): IdentityReading {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { identity: emptyIdentity, replaced: ['(all of it)'], newerVersion: false }
  let stored = raw as Readonly<Record<string, unknown>>
  const declared = stored['version'] ?? 0
  const version = typeof declared === 'number' && Number.isInteger(declared) && declared >= 0 ? declared : 0
  const newerVersion = version > currentIdentityVersion
  let at = version
  for (const migration of identityMigrations) {
    if (newerVersion || migration.from !== at) continue
    stored = migration.migrate(stored)
    at = migration.to
  }
  const { value, replaced } = readLeniently(IdentitySchema, stored, emptyIdentity)
  return { identity: value, replaced, newerVersion }
}
