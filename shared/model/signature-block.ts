/** The chair's signature as it goes in the signature block. */
export type SignatureBlock = {
  readonly name: string
  readonly role: string
  readonly signedAt: string
  /** The drawn signature as a PNG, or null where the chair typed their name. */
  readonly image: Uint8Array | null
  /**
   * Which signed version this is, in words ('Version 2, correcting version 1 of 02/12/2026: …'); absent
   * from blocks made before versions were named.
   */
  readonly version?: string
}
