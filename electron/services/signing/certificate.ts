import { generateKeyPairSync } from 'node:crypto'
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
  const subject = [
    { shortName: 'CN', value: details.name },
    { name: 'title', value: details.role || 'Chair' },
    { shortName: 'O', value: details.organisation || 'Convene' },
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

/** A certificate's subject as people read it ('Helen Okafor, Chair, Portsmouth City Council'). */
export function signerName(certificatePem: string): string {
  const field = subjectField(certificatePem)
  return [field('CN'), field('title'), field('O')].filter(Boolean).join(', ') || 'Unnamed signer'
}

/** Reads one attribute of a certificate's subject, by short name ('CN') or name ('title'). */
function subjectField(certificatePem: string): (name: string) => string {
  const attributes = forge.pki.certificateFromPem(certificatePem).subject.attributes
  return (name) =>
    String(attributes.find((item) => item.shortName === name || item.name === name)?.value ?? '')
}

/** The name and role a certificate gives its holder, for the visible signature block. */
export function holderOf(certificatePem: string): { readonly name: string; readonly role: string } {
  const field = subjectField(certificatePem)
  return { name: field('CN') || 'The chair', role: field('title') || field('OU') || 'Chair' }
}
