import { z } from 'zod'

/** The chair's drawn signature (a PNG, base64) or typed name. */
export const SignatureMarkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drawn'), png: z.base64().max(2_000_000) }),
  z.object({
    kind: z.literal('typed'),
    text: z.string().trim().min(1, { error: 'Type your name' }).max(200),
  }),
])
/** The chair's drawn signature or typed name. */
export type SignatureMark = z.infer<typeof SignatureMarkSchema>

/** What the app shows of the chair's signing identity: never the private key. */
export type IdentitySummary = {
  readonly signature: SignatureMark | null
  readonly certificate: {
    readonly signer: string
    readonly source: 'self-signed' | 'pkcs12'
    readonly validUntil: string
  } | null
}

/** A document exported from the app: its file name and its bytes, base64. */
export type ExportedDocument = { readonly fileName: string; readonly base64: string }

/** What checking a document's signature found. */
export type VerifyOutcome =
  | { readonly signed: false; readonly problem: string }
  | {
      readonly signed: true
      readonly valid: boolean
      readonly signer: string
      readonly signedAt: string
      /** Why it is not valid, in plain words; null when it is. */
      readonly problem: string | null
    }
