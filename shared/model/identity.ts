import { z } from 'zod'

/** The chair's drawn signature (a PNG, base64) or typed name. */
export const SignatureMarkSchema = z.discriminatedUnion('kind', [
  // A PNG of any drawing is well over 64 characters of base64; an empty or blank one is not a signature.
  z.object({
    kind: z.literal('drawn'),
    png: z.base64().min(64, { error: 'Draw the signature first' }).max(2_000_000),
  }),
  z.object({
    kind: z.literal('typed'),
    text: z
      .string()
      .trim()
      .min(1, { error: 'Type your name' })
      .max(200)
      .refine((text) => /\p{L}/u.test(text), { error: 'Type your name in letters' }),
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
    /** Its SHA-256 fingerprint, to read out to whoever checks the chair's documents. */
    readonly fingerprint: string
    /** The certificate alone (public), in PEM, to give to whoever keeps the council's trust list. */
    readonly certificatePem: string
  } | null
  /** True once this laptop has a handover key (it receives handovers: an administrator's). */
  readonly receivesHandovers: boolean
  /** Who uses this laptop: a chair or mediator, an administrator (the desk alone), or a service lead. */
  readonly role: LaptopRole
}

/** Who uses a laptop. */
export const laptopRoles = ['chair', 'administrator', 'service-lead'] as const
/** Who uses a laptop. */
export type LaptopRole = (typeof laptopRoles)[number]

/** A document exported from the app: its file name and its bytes, base64. */
export type ExportedDocument = { readonly fileName: string; readonly base64: string }

/**
 * Whether Convene knows the certificate a valid signature was made with. A signature proves the document is
 * unchanged since someone with that certificate's key signed it; only a known certificate says who that was,
 * because anyone can make a certificate in anyone's name.
 */
export type SignerTrust =
  /** Nothing here vouches for it: it may be anyone's. */
  | { readonly kind: 'unknown' }
  /** This laptop's own signing certificate. */
  | { readonly kind: 'own' }
  /** The very certificate is on the trust list (Settings, or `convene verify --trust`). */
  | { readonly kind: 'listed' }
  /** Issued by a certificate authority on the trust list (the council's own). */
  | { readonly kind: 'issued'; readonly authority: string }

/** What checking a document's signature found. */
export type VerifyOutcome =
  /** No signature, or not a document Convene can check. */
  | { readonly status: 'unsigned'; readonly problem: string }
  /** Not checked: the file is over the limits Convene keeps to, or its package is ambiguous or damaged. */
  | { readonly status: 'refused'; readonly problem: string }
  /** Signed, but the document or the signature has changed since, or cannot be checked. */
  | {
      readonly status: 'broken'
      readonly signer: string
      readonly signedAt: string
      readonly fingerprint: string | null
      /** Why it is not valid, in plain words. */
      readonly problem: string
    }
  /** Unchanged since it was signed with this certificate; `trust` says whether that tells who signed. */
  | {
      readonly status: 'valid'
      readonly signer: string
      readonly signedAt: string
      /** The certificate's SHA-256 fingerprint ('AB:CD:...'), to compare with the signer's. */
      readonly fingerprint: string
      readonly trust: SignerTrust
      /** Where this laptop knows a later signed version of the same record: which, and when signed. */
      readonly replacedBy?: ReplacedBy
    }

/** A later signed version of the record a document is of. */
export type ReplacedBy = { readonly version: number; readonly number: number; readonly signedAt: string }
