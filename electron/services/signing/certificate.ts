import { xmlSafeText } from '../../../shared/text/xml-safe.ts'
import { generateKeyPairSync, X509Certificate } from 'node:crypto'
import forge from 'node-forge'
import { fail, ok, type Result } from '../../../shared/util/result.ts'

/** A certificate and its private key, in PEM: what signing needs. */
export type SigningIdentity = { readonly certificatePem: string; readonly privateKeyPem: string }

/** Who a self-signed certificate names. */
export type SignerDetails = { readonly name: string; readonly role: string; readonly organisation: string }

/**
 * A self-signed certificate for the chair, made on first use: RSA 2048 (Node's own key generation, which
 * is fast), SHA-256, valid for three years. It proves the document has not changed since it was signed and
 * whose key signed it; it is not vouched for by anyone else, and a verifier says so.
 */
export function createSelfSigned(details: SignerDetails, now: Date = new Date()): SigningIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const certificate = forge.pki.createCertificate()
  certificate.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  )
  certificate.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`
  certificate.validity.notBefore = new Date(now.getTime() - 60_000)
  certificate.validity.notAfter = new Date(now.getTime() + 3 * 365 * 86_400_000)
  // UTF8String, not forge's default PrintableString: a name in Arabic, Chinese or Polish is written as the
  // UTF-8 bytes of what the chair typed (forge encodes the value when the tag class is UTF8).
  // (@types/node-forge types valueTagClass as an asn1.Class; forge reads it as the asn1.Type it is.)
  const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class
  // Nothing a signature's XML cannot hold (a control character, a lone surrogate forge cannot encode).
  const plain = (text: string, otherwise: string): string => xmlSafeText(text).trim() || otherwise
  const subject = [
    { shortName: 'CN', value: plain(details.name, 'Chair'), valueTagClass: utf8 },
    { name: 'title', value: plain(details.role, 'Chair'), valueTagClass: utf8 },
    { shortName: 'O', value: plain(details.organisation, 'Convene'), valueTagClass: utf8 },
  ]
  certificate.setSubject(subject)
  certificate.setIssuer(subject)
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'extKeyUsage', emailProtection: true },
  ])
  certificate.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create())
  return { certificatePem: forge.pki.certificateToPem(certificate), privateKeyPem }
}

/**
 * An organisation's certificate and key from a PKCS#12 (.p12 or .pfx) file. A wrong password, a file with
 * no key, or a certificate that has expired or is not yet valid each get a message in plain words.
 */
export function readPkcs12(
  file: Uint8Array,
  password: string,
  now: Date = new Date(),
): Result<SigningIdentity> {
  let p12: forge.pkcs12.Pkcs12Pfx
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(file).toString('binary')))
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, password)
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    return /password|MAC|decrypt/i.test(message)
      ? fail(
          'invalid-argument',
          'The password for this certificate file is not right. Check it and try again.',
        )
      : fail('invalid-file', 'This is not a certificate file Convene can read (a .p12 or .pfx file).')
  }
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids['pkcs8ShroudedKeyBag'] ?? '' })[
      forge.pki.oids['pkcs8ShroudedKeyBag'] ?? ''
    ] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids['keyBag'] ?? '' })[forge.pki.oids['keyBag'] ?? ''] ?? []),
  ]
  const certBags =
    p12.getBags({ bagType: forge.pki.oids['certBag'] ?? '' })[forge.pki.oids['certBag'] ?? ''] ?? []
  const key = keyBags.find((bag) => bag.key)?.key
  if (!key) return fail('invalid-file', 'This certificate file has no private key, so it cannot sign.')
  const publicPem = forge.pki.publicKeyToPem(
    forge.pki.setRsaPublicKey((key as forge.pki.rsa.PrivateKey).n, (key as forge.pki.rsa.PrivateKey).e),
  )
  const certificate = certBags
    .map((bag) => bag.cert)
    .find((cert) => cert && forge.pki.publicKeyToPem(cert.publicKey) === publicPem)
  if (!certificate) return fail('invalid-file', 'This certificate file has no certificate for its key.')
  if (now > certificate.validity.notAfter)
    return fail(
      'invalid-argument',
      `This certificate expired on ${certificate.validity.notAfter.toLocaleDateString('en-GB')}. Ask for a new one.`,
    )
  if (now < certificate.validity.notBefore)
    return fail('invalid-argument', 'This certificate is not valid yet.')
  return ok({
    certificatePem: forge.pki.certificateToPem(certificate),
    privateKeyPem: forge.pki.privateKeyInfoToPem(
      forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key)),
    ),
  })
}

/** One attribute of a certificate's subject or issuer, its value decoded to text. */
export type NameAttribute = { readonly type: string; readonly name: string; readonly value: string }

// ASN.1 string types forge leaves as raw bytes (forge.asn1.Type lacks UniversalString and TeletexString).
const universalString = 28

/** forge's reader of a Name's attributes, which its type declarations leave out. */
type RawAttribute = {
  readonly type: string
  readonly value: string
  readonly valueTagClass: number
  readonly name?: string
  readonly shortName?: string
}
const rdnAttributes = (
  forge.pki as unknown as { RDNAttributesAsArray: (rdn: forge.asn1.Asn1) => RawAttribute[] }
).RDNAttributesAsArray

/** The children of a constructed ASN.1 value. */
const children = (value: forge.asn1.Asn1 | string | undefined): forge.asn1.Asn1[] =>
  value && typeof value !== 'string' && Array.isArray(value.value) ? value.value : []
/** Text in a name that would change how a line reads: control characters and direction overrides. */
const misleading = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/** An attribute's value as text, by its ASN.1 string type; Printable, IA5 and Teletex are read as Latin-1. */
function decodeValue(raw: string, tag: number): string {
  const bytes = Buffer.from(raw, 'binary')
  if (tag === forge.asn1.Type.UTF8) return bytes.toString('utf8')
  if (tag === forge.asn1.Type.BMPSTRING) return Buffer.from(bytes).swap16().toString('utf16le')
  if (tag === universalString) {
    let text = ''
    for (let at = 0; at + 3 < bytes.length; at += 4)
      text += String.fromCodePoint(bytes.readUInt32BE(at) % 0x110000)
    return text
  }
  return bytes.toString('latin1')
}

/**
 * A certificate's subject or issuer, each value decoded by its string type (UTF8String, BMPString,
 * PrintableString...), read from the DER directly so that any certificate, RSA or not, can be named.
 * Throws on a certificate that is not DER at all; callers that take certificates from documents catch it.
 */
export function namesOf(
  certificate: string | Uint8Array,
  which: 'subject' | 'issuer' = 'subject',
): ReadonlyArray<NameAttribute> {
  const der = new X509Certificate(certificate).raw.toString('binary')
  const fields = children(children(forge.asn1.fromDer(der))[0])
  const first = fields[0]
  const offset = first && first.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0
  const rdn = fields[offset + (which === 'issuer' ? 2 : 4)]
  if (!rdn) throw new Error('The certificate has no subject')
  return rdnAttributes(rdn).map((attribute) => ({
    type: attribute.type,
    name: attribute.shortName ?? attribute.name ?? attribute.type,
    value: decodeValue(String(attribute.value), attribute.valueTagClass),
  }))
}

/** Reads one attribute of a certificate's subject, by short name ('CN') or name ('title'). */
function subjectField(certificate: string | Uint8Array): (name: string) => string {
  const names = namesOf(certificate)
  return (name) =>
    (names.find((item) => item.name === name)?.value ?? '')
      .replace(misleading, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
}

/** A certificate's subject as people read it ('Helen Okafor, Chair, Portsmouth City Council'). */
export function signerName(certificate: string | Uint8Array): string {
  const field = subjectField(certificate)
  return [field('CN'), field('title'), field('O')].filter(Boolean).join(', ') || 'Unnamed signer'
}

/** The name and role a certificate gives its holder, for the visible signature block. */
export function holderOf(certificate: string | Uint8Array): { readonly name: string; readonly role: string } {
  const field = subjectField(certificate)
  return { name: field('CN') || 'The chair', role: field('title') || field('OU') || 'Chair' }
}

/** A name as RFC 4514 writes it (most specific first), as XAdES names a certificate's issuer. */
export function distinguishedName(attributes: ReadonlyArray<NameAttribute>): string {
  return [...attributes]
    .reverse()
    .map(
      (item) =>
        `${forge.pki.oids[item.type] && /^[A-Z]+$/.test(item.name) ? item.name : item.type}=${item.value
          .replace(/([,+"\\<>;=])/g, '\\$1')
          .replace(/^([ #])/, '\\$1')
          .replace(/ $/, '\\ ')}`,
    )
    .join(',')
}

/** A certificate's SHA-256 fingerprint, as Windows and OpenSSL show it ('AB:CD:...'). */
export function fingerprintOf(certificate: string | Uint8Array): string {
  return new X509Certificate(certificate).fingerprint256
}

/**
 * A stored certificate, unless it is a self-signed one that cannot serve: one an earlier version made for a
 * name outside Latin-1 (it cannot be read back, and signing fails), or with a name written in a string type
 * that mangles it. Such a certificate is made again; an organisation's certificate is always kept.
 */
export function stillUsable<T extends SigningIdentity & { readonly source: 'self-signed' | 'pkcs12' }>(
  certificate: T,
): T | null {
  if (certificate.source !== 'self-signed') return certificate
  try {
    const names = forge.pki.certificateFromPem(certificate.certificatePem).subject.attributes
    namesOf(certificate.certificatePem)
    return names.every(
      (item) =>
        Number(item.valueTagClass) === forge.asn1.Type.UTF8 || /^[\x20-\x7e]*$/.test(String(item.value)),
    )
      ? certificate
      : null
  } catch {
    return null
  }
}
