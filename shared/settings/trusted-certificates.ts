import { z } from 'zod'

/**
 * A certificate the council trusts when documents are verified: a chair's own certificate, or a certificate
 * authority (the council's own) whose certificates are trusted in turn. The PEM is what verification uses;
 * the name, fingerprint, kind and expiry are read from it when it is added, for the Settings screen.
 */
export const TrustedCertificateSchema = z.object({
  certificatePem: z
    .string()
    .max(20_000)
    .regex(/^-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----\s*$/, {
      error: 'Expected a certificate in PEM form',
    }),
  name: z.string().max(1_000),
  fingerprint: z
    .string()
    .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, { error: 'Expected a SHA-256 fingerprint' }),
  authority: z.boolean(),
  validUntil: z.iso.datetime(),
})
/** A certificate the council trusts. */
export type TrustedCertificate = z.infer<typeof TrustedCertificateSchema>

/** The trust list: at most 100 certificates, each once. */
export const TrustedCertificatesSchema = z
  .array(TrustedCertificateSchema)
  .max(100, { error: 'At most 100 trusted certificates' })
  .refine((list) => new Set(list.map((item) => item.fingerprint)).size === list.length, {
    error: 'A certificate is listed twice',
  })
