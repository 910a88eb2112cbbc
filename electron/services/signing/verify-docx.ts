import { createVerify, X509Certificate } from 'node:crypto'
import type { VerifyOutcome } from '../../../shared/model/identity.ts'
import { signerName } from './certificate.ts'
import { contentTypes, partDigest, sha256, signaturePart, signedParts } from './ooxml-parts.ts'
import { canonical, ns } from './ooxml-xml.ts'
import { noAnchors, trustOf, type TrustAnchors } from './trust.ts'
import { PackageRefused, packageLimits, ZipPackage, type PackageLimits } from './zip-package.ts'

const between = (xml: string, open: RegExp, close: string): string | null => {
  const start = open.exec(xml)
  if (!start) return null
  const end = xml.indexOf(close, start.index)
  return end < 0 ? null : xml.slice(start.index, end + close.length)
}

/** A list of part names for a message, kept short however many there are. */
const listed = (names: ReadonlyArray<string>): string =>
  names.length <= 5
    ? names.join(', ')
    : `${names.slice(0, 5).join(', ')} and ${(names.length - 5).toLocaleString('en-GB')} more`

/** Reads the certificate of a signature, or null when it is damaged. */
function certificateOf(base64: string): X509Certificate | null {
  try {
    return new X509Certificate(Buffer.from(base64, 'base64'))
  } catch {
    return null
  }
}

/**
 * Checks a .docx signed by Convene: that the signature's own digests and value are right, that every part it
 * lists is unchanged and has the content type it was signed with, that no part was added since, and whether
 * the certificate is one Convene knows (`anchors`). The package is read within `packageLimits`, each part
 * hashed as it is unpacked; a package over them, or with two parts of one name, is refused unchecked.
 * Never throws: whatever the file, the answer is an outcome in plain words.
 */
export async function verifyDocx(
  docx: Uint8Array,
  anchors: TrustAnchors = noAnchors,
  limits: PackageLimits = packageLimits,
): Promise<VerifyOutcome> {
  try {
    return await check(Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength), anchors, limits)
  } catch (error) {
    return {
      status: 'refused',
      problem:
        error instanceof PackageRefused
          ? error.message
          : 'This document could not be checked: it is damaged, or not a Word document Convene can read.',
    }
  }
}

async function check(docx: Buffer, anchors: TrustAnchors, limits: PackageLimits): Promise<VerifyOutcome> {
  const zip = await ZipPackage.open(docx, limits)
  if (!zip.has(signaturePart))
    return { status: 'unsigned', problem: 'This document has no digital signature.' }
  const signature = await zip.text(signaturePart)
  const certificateBase64 = /<X509Certificate>([^<]+)<\/X509Certificate>/.exec(signature)?.[1]
  const signedInfo = between(signature, /<SignedInfo>/, '</SignedInfo>')
  const value = /<SignatureValue>([^<]+)<\/SignatureValue>/.exec(signature)?.[1]
  const packageObject = between(signature, /<Object Id="idPackageObject">/, '</Object>')
  const officeObject = between(signature, /<Object Id="idOfficeObject">/, '</Object>')
  const signedProperties = between(
    signature,
    /<xd:SignedProperties Id="idSignedProperties">/,
    '</xd:SignedProperties>',
  )
  if (!certificateBase64 || !signedInfo || !value || !packageObject || !officeObject || !signedProperties)
    return {
      status: 'unsigned',
      problem: 'This document has a signature Convene cannot check. Open it in Word or LibreOffice.',
    }
  const signedAt = /<mdssi:Value>([^<]+)<\/mdssi:Value>/.exec(packageObject)?.[1] ?? ''
  const certificate = certificateOf(certificateBase64)
  if (!certificate)
    return {
      status: 'broken',
      signer: 'an unreadable certificate',
      signedAt,
      fingerprint: null,
      problem: 'The certificate inside the signature is damaged, so the signature cannot be checked.',
    }
  let signer: string
  try {
    signer = signerName(certificate.raw)
  } catch {
    signer = 'Unnamed signer'
  }
  const fingerprint = certificate.fingerprint256
  const broken = (problem: string): VerifyOutcome => ({
    status: 'broken',
    signer,
    signedAt,
    fingerprint,
    problem,
  })

  const dsig: ReadonlyArray<readonly [string, string]> = [['', ns.dsig]]
  let okValue: boolean
  try {
    okValue = createVerify('RSA-SHA256')
      .update(canonical(signedInfo, dsig))
      .verify(certificate.publicKey, value, 'base64')
  } catch {
    okValue = false
  }
  if (!okValue) return broken('The signature does not match what was signed: it has been tampered with.')
  const digests = [...signedInfo.matchAll(/URI="([^"]+)">(?:.*?)<DigestValue>([^<]+)<\/DigestValue>/g)].map(
    (match) => [match[1], match[2]] as const,
  )
  const expected = new Map(digests)
  if (
    expected.get('#idPackageObject') !== sha256(canonical(packageObject, dsig)) ||
    expected.get('#idOfficeObject') !== sha256(canonical(officeObject, dsig)) ||
    expected.get('#idSignedProperties') !== sha256(canonical(signedProperties, [...dsig, ['xd', ns.xades]]))
  )
    return broken('The signature has been changed since it was made.')
  const certificateDigest = /<xd:CertDigest>.*?<DigestValue>([^<]+)<\/DigestValue>/.exec(
    signedProperties,
  )?.[1]
  if (certificateDigest !== sha256(certificate.raw))
    return broken('The certificate in the signature is not the one that was signed with.')

  const typeOf = zip.has('[Content_Types].xml')
    ? contentTypes(await zip.text('[Content_Types].xml'))
    : () => ''
  const seen = new Set<string>()
  const source = { text: (path: string) => zip.text(path), digest: (path: string) => zip.digest(path) }
  for (const match of packageObject.matchAll(
    /<Reference URI="\/([^"?]+)\?ContentType=([^"]*)">.*?<\/Reference>/g,
  )) {
    const path = match[1] ?? ''
    seen.add(path)
    if (!zip.has(path)) return broken(`Part of the document (${path}) has been removed since it was signed.`)
    // [Content_Types].xml is not itself signed, so each reference carries the type its part had: a part whose
    // type has changed (the main document turned into something else) is an altered document.
    if ((typeOf(path) || 'application/octet-stream') !== match[2])
      return broken(`The document has been changed since it was signed (the type of ${path}).`)
    const wanted = /<DigestValue>([^<]+)<\/DigestValue>/.exec(match[0])?.[1]
    if (wanted !== (await partDigest(path, source)))
      return broken(`The document has been changed since it was signed (in ${path}).`)
  }
  const added = signedParts(zip.names()).filter((path) => !seen.has(path))
  if (added.length > 0)
    return broken(`Something was added to the document after it was signed (${listed(added)}).`)
  return { status: 'valid', signer, signedAt, fingerprint, trust: trustOf(certificate, anchors) }
}
