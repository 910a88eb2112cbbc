import { X509Certificate } from 'node:crypto'
import type { SignerTrust } from '../../../shared/model/identity.ts'
import { signerName } from './certificate.ts'

/** The certificates a verifier knows, in PEM: this laptop's own, and those on the trust list. */
export type TrustAnchors = {
  /** This laptop's own signing certificate (known automatically). */
  readonly own: ReadonlyArray<string>
  /** The trust list: chairs' certificates, and certificate authorities (such as the council's own). */
  readonly listed: ReadonlyArray<string>
}

/** No certificate known: every valid signature is reported as by a certificate Convene does not know. */
export const noAnchors: TrustAnchors = { own: [], listed: [] }

const parsed = (pem: string | Buffer): X509Certificate | null => {
  try {
    return new X509Certificate(pem)
  } catch {
    return null
  }
}

/**
 * Whether a signing certificate is known: the very certificate (compared by its SHA-256 fingerprint, so a
 * certificate that only names the same person is not), or one issued by a listed certificate authority
 * (its signature on the certificate checked with the authority's key; the authority must be marked as a CA).
 * Only direct issue is followed: an intermediate authority is listed itself.
 */
export function trustOf(certificate: X509Certificate, anchors: TrustAnchors): SignerTrust {
  const fingerprint = certificate.fingerprint256
  if (anchors.own.some((pem) => parsed(pem)?.fingerprint256 === fingerprint)) return { kind: 'own' }
  const listed = anchors.listed.map(parsed).filter((item): item is X509Certificate => item !== null)
  if (listed.some((item) => item.fingerprint256 === fingerprint)) return { kind: 'listed' }
  for (const authority of listed) {
    if (!authority.ca) continue
    try {
      if (certificate.checkIssued(authority) && certificate.verify(authority.publicKey))
        return { kind: 'issued', authority: signerName(authority.raw) }
    } catch {
      // An authority whose key cannot check this certificate did not issue it.
    }
  }
  return { kind: 'unknown' }
}

/**
 * The certificates in a file as people save them: PEM (one or more, as .pem, .crt or .cer) or a single DER
 * certificate (.cer). A file holding a private key is refused: a trust list needs only certificates, and a
 * key should never be passed around.
 */
export function certificatesInFile(
  file: Uint8Array,
):
  | { readonly ok: true; readonly pems: ReadonlyArray<string> }
  | { readonly ok: false; readonly problem: string } {
  const text = Buffer.from(file)
    .toString('latin1')
    .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '')
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))
    return {
      ok: false,
      problem:
        'This file holds a private key. Add only the certificate (a .cer, .crt or .pem file without the key), and keep the key secret.',
    }
  const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)].map(
    (match) => match[0],
  )
  const notCertificate = {
    ok: false,
    problem: 'This is not a certificate file Convene can read (a .cer, .crt or .pem certificate).',
  } as const
  if (blocks.length === 0) {
    // No PEM: a single DER certificate, as Windows saves a .cer, or not a certificate at all.
    const der = parsed(Buffer.from(file))
    return der ? { ok: true, pems: [der.toString()] } : notCertificate
  }
  const pems: string[] = []
  for (const candidate of blocks) {
    try {
      pems.push(new X509Certificate(candidate).toString())
    } catch {
      return {
        ok: false,
        problem: 'A certificate in this file is damaged, so it cannot be added.',
      }
    }
  }
  return { ok: true, pems }
}
