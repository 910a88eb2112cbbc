import { createHash, createPrivateKey, createSign, createVerify, X509Certificate } from 'node:crypto'
import JSZip from 'jszip'
import forge from 'node-forge'
import {
  algorithm,
  canonical,
  element,
  ns,
  readRelationships,
  text,
  transformRelationships,
} from './ooxml-xml.ts'
import type { VerifyOutcome } from '../../../shared/model/identity.ts'
import type { SigningIdentity } from './certificate.ts'
import { signerName } from './certificate.ts'

const signaturePart = '_xmlsignatures/sig1.xml'
const originPart = '_xmlsignatures/origin.sigs'
const originType = 'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin'
const signatureType =
  'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature'
const objectType = 'http://www.w3.org/2000/09/xmldsig#Object'
const signedPropertiesType = 'http://uri.etsi.org/01903#SignedProperties'

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('base64')

/** The content type of each part, from [Content_Types].xml. */
function contentTypes(xml: string): (part: string) => string {
  const overrides = new Map<string, string>()
  const defaults = new Map<string, string>()
  for (const match of xml.matchAll(/<Override\s([^>]*)\/?>/g)) {
    const part = /PartName="([^"]*)"/.exec(match[1] ?? '')?.[1]
    const type = /ContentType="([^"]*)"/.exec(match[1] ?? '')?.[1]
    if (part && type) overrides.set(part.toLowerCase(), type)
  }
  for (const match of xml.matchAll(/<Default\s([^>]*)\/?>/g)) {
    const extension = /Extension="([^"]*)"/.exec(match[1] ?? '')?.[1]
    const type = /ContentType="([^"]*)"/.exec(match[1] ?? '')?.[1]
    if (extension && type) defaults.set(extension.toLowerCase(), type)
  }
  return (part) =>
    overrides.get(`/${part}`.toLowerCase()) ??
    defaults.get(part.split('.').pop()?.toLowerCase() ?? '') ??
    'application/octet-stream'
}

/** The parts a signature covers: all but [Content_Types].xml and the signature's own parts. */
const signedParts = (zip: JSZip): string[] =>
  Object.keys(zip.files)
    .filter((path) => !zip.files[path]?.dir)
    .filter((path) => path !== '[Content_Types].xml' && !path.startsWith('_xmlsignatures/'))
    .sort()

/** The relationships of a .rels part that a signature covers: all but the signature origin. */
const signedRelationshipIds = (xml: string): string[] =>
  readRelationships(xml)
    .filter((relationship) => relationship.type !== originType)
    .map((relationship) => relationship.id)

/** The Manifest's Reference for one part. */
async function manifestReference(
  zip: JSZip,
  path: string,
  typeOf: (part: string) => string,
): Promise<string> {
  const uri = `/${path}?ContentType=${typeOf(path)}`
  if (path.endsWith('.rels')) {
    const xml = (await zip.file(path)?.async('string')) ?? ''
    const ids = signedRelationshipIds(xml)
    const transforms = element(
      'Transforms',
      [],
      element(
        'Transform',
        [['Algorithm', algorithm.relationshipTransform]],
        ids
          .map((id) =>
            element('mdssi:RelationshipReference', [
              ['xmlns:mdssi', ns.mdssi],
              ['SourceId', id],
            ]),
          )
          .join(''),
      ) + element('Transform', [['Algorithm', algorithm.c14n]]),
    )
    return element(
      'Reference',
      [['URI', uri]],
      transforms +
        element('DigestMethod', [['Algorithm', algorithm.sha256]]) +
        element('DigestValue', [], sha256(transformRelationships(xml, ids))),
    )
  }
  const data = (await zip.file(path)?.async('uint8array')) ?? new Uint8Array()
  return element(
    'Reference',
    [['URI', uri]],
    element('DigestMethod', [['Algorithm', algorithm.sha256]]) + element('DigestValue', [], sha256(data)),
  )
}

/** A reference from SignedInfo to an Object (or the signed properties) by its canonical digest. */
const objectReference = (type: string, uri: string, digest: string, transformed: boolean): string =>
  element(
    'Reference',
    [
      ['Type', type],
      ['URI', uri],
    ],
    (transformed ? element('Transforms', [], element('Transform', [['Algorithm', algorithm.c14n]])) : '') +
      element('DigestMethod', [['Algorithm', algorithm.sha256]]) +
      element('DigestValue', [], digest),
  )

/** RFC 2253 issuer name and decimal serial number, as XAdES names the signing certificate. */
function issuerSerial(certificatePem: string): { readonly issuer: string; readonly serial: string } {
  const certificate = forge.pki.certificateFromPem(certificatePem)
  const issuer = [...certificate.issuer.attributes]
    .reverse()
    .map((item) => `${item.shortName ?? item.type}=${String(item.value).replace(/([,+"\\<>;])/g, '\\$1')}`)
    .join(',')
  return { issuer, serial: BigInt(`0x${certificate.serialNumber}`).toString(10) }
}

/**
 * Signs a .docx as Word does (ECMA-376 Part 2): an XML-DSig signature over a manifest of every part (with
 * the relationship transform on relationship parts), Word's signature information, and XAdES signed
 * properties (signing time, the signing certificate's digest); SHA-256 and RSA. Returns the signed package.
 */
export async function signDocx(docx: Uint8Array, identity: SigningIdentity, signedAt: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx)
  if (zip.file(signaturePart)) throw new Error('This document is already signed.')
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? ''
  const rootRels = (await zip.file('_rels/.rels')?.async('string')) ?? ''
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/>' +
        `<Override PartName="/${signaturePart}" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/></Types>`,
    ),
  )
  zip.file(
    '_rels/.rels',
    rootRels.replace(
      '</Relationships>',
      `<Relationship Id="rIdConveneSignature" Type="${originType}" Target="${originPart}"/></Relationships>`,
    ),
  )
  zip.file(originPart, '')
  zip.file(
    '_xmlsignatures/_rels/origin.sigs.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns.relationships}"><Relationship Id="rId1" Type="${signatureType}" Target="sig1.xml"/></Relationships>`,
  )

  const typeOf = contentTypes(types)
  const references: string[] = []
  for (const path of signedParts(zip)) references.push(await manifestReference(zip, path, typeOf))
  const time = signedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const packageObject = element(
    'Object',
    [['Id', 'idPackageObject']],
    element('Manifest', [], references.join('')) +
      element(
        'SignatureProperties',
        [],
        element(
          'SignatureProperty',
          [
            ['Id', 'idSignatureTime'],
            ['Target', '#idPackageSignature'],
          ],
          element(
            'mdssi:SignatureTime',
            [['xmlns:mdssi', ns.mdssi]],
            element('mdssi:Format', [], 'YYYY-MM-DDThh:mm:ssTZD') + element('mdssi:Value', [], time),
          ),
        ),
      ),
  )
  const officeObject = element(
    'Object',
    [['Id', 'idOfficeObject']],
    element(
      'SignatureProperties',
      [],
      element(
        'SignatureProperty',
        [
          ['Id', 'idOfficeV1Details'],
          ['Target', '#idPackageSignature'],
        ],
        element(
          'SignatureInfoV1',
          [['xmlns', ns.office]],
          element('SetupID', []) +
            element('SignatureText', []) +
            element('SignatureImage', []) +
            element('SignatureComments', [], 'Signed by the chair with Convene') +
            element('WindowsVersion', [], '10.0') +
            element('OfficeVersion', [], '16.0') +
            element('ApplicationVersion', [], '16.0') +
            element('Monitors', [], '1') +
            element('HorizontalResolution', [], '1920') +
            element('VerticalResolution', [], '1080') +
            element('ColorDepth', [], '32') +
            element('SignatureProviderId', [], '{00000000-0000-0000-0000-000000000000}') +
            element('SignatureProviderUrl', []) +
            element('SignatureProviderDetails', [], '9') +
            element('SignatureType', [], '1'),
        ),
      ),
    ),
  )
  const certificateDer = new X509Certificate(identity.certificatePem).raw
  const { issuer, serial } = issuerSerial(identity.certificatePem)
  const signedProperties = element(
    'xd:SignedProperties',
    [['Id', 'idSignedProperties']],
    element(
      'xd:SignedSignatureProperties',
      [],
      element('xd:SigningTime', [], time) +
        element(
          'xd:SigningCertificate',
          [],
          element(
            'xd:Cert',
            [],
            element(
              'xd:CertDigest',
              [],
              element('DigestMethod', [['Algorithm', algorithm.sha256]]) +
                element('DigestValue', [], sha256(certificateDer)),
            ) +
              element(
                'xd:IssuerSerial',
                [],
                element('X509IssuerName', [], text(issuer)) + element('X509SerialNumber', [], serial),
              ),
          ),
        ) +
        element('xd:SignaturePolicyIdentifier', [], element('xd:SignaturePolicyImplied', [])),
    ),
  )
  const xadesObject = element(
    'Object',
    [],
    element(
      'xd:QualifyingProperties',
      [
        ['xmlns:xd', ns.xades],
        ['Target', '#idPackageSignature'],
      ],
      signedProperties,
    ),
  )
  const dsig: ReadonlyArray<readonly [string, string]> = [['', ns.dsig]]
  const signedInfo = element(
    'SignedInfo',
    [],
    element('CanonicalizationMethod', [['Algorithm', algorithm.c14n]]) +
      element('SignatureMethod', [['Algorithm', algorithm.rsaSha256]]) +
      objectReference(objectType, '#idPackageObject', sha256(canonical(packageObject, dsig)), false) +
      objectReference(objectType, '#idOfficeObject', sha256(canonical(officeObject, dsig)), false) +
      objectReference(
        signedPropertiesType,
        '#idSignedProperties',
        sha256(canonical(signedProperties, [...dsig, ['xd', ns.xades]])),
        true,
      ),
  )
  const signatureValue = createSign('RSA-SHA256')
    .update(canonical(signedInfo, dsig))
    .sign(createPrivateKey(identity.privateKeyPem), 'base64')
  const signature =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    element(
      'Signature',
      [
        ['xmlns', ns.dsig],
        ['Id', 'idPackageSignature'],
      ],
      signedInfo +
        element('SignatureValue', [], signatureValue) +
        element(
          'KeyInfo',
          [],
          element('X509Data', [], element('X509Certificate', [], certificateDer.toString('base64'))),
        ) +
        packageObject +
        officeObject +
        xadesObject,
    )
  zip.file(signaturePart, signature)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}

const between = (xml: string, open: RegExp, close: string): string | null => {
  const start = open.exec(xml)
  if (!start) return null
  const end = xml.indexOf(close, start.index)
  return end < 0 ? null : xml.slice(start.index, end + close.length)
}

/**
 * Checks a .docx signed by Convene: that the signature's own digests and value are right, that every part
 * it lists is unchanged, and that no part was added since. Other signers' documents are reported as not
 * checkable here (open them in Word or LibreOffice).
 */
export async function verifyDocx(docx: Uint8Array): Promise<VerifyOutcome> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(docx)
  } catch {
    return { signed: false, problem: 'This is not a Word document (.docx) that can be opened.' }
  }
  const signature = await zip.file(signaturePart)?.async('string')
  if (!signature) return { signed: false, problem: 'This document has no digital signature.' }
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
      signed: false,
      problem: 'This document has a signature Convene cannot check. Open it in Word or LibreOffice.',
    }
  const certificate = new X509Certificate(Buffer.from(certificateBase64, 'base64'))
  const signer = signerName(certificate.toString())
  const signedAt = /<mdssi:Value>([^<]+)<\/mdssi:Value>/.exec(packageObject)?.[1] ?? ''
  const broken = (problem: string): VerifyOutcome => ({
    signed: true,
    valid: false,
    signer,
    signedAt,
    problem,
  })
  const dsig: ReadonlyArray<readonly [string, string]> = [['', ns.dsig]]
  const okValue = createVerify('RSA-SHA256')
    .update(canonical(signedInfo, dsig))
    .verify(certificate.publicKey, value, 'base64')
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
  const typeOf = contentTypes((await zip.file('[Content_Types].xml')?.async('string')) ?? '')
  const listed = new Set<string>()
  for (const match of packageObject.matchAll(
    /<Reference URI="\/([^"?]+)\?ContentType=[^"]*">.*?<\/Reference>/g,
  )) {
    const path = match[1] ?? ''
    listed.add(path)
    if (!zip.file(path)) return broken(`Part of the document (${path}) has been removed since it was signed.`)
    const wanted = /<DigestValue>([^<]+)<\/DigestValue>/.exec(match[0])?.[1]
    const actual = /<DigestValue>([^<]+)<\/DigestValue>/.exec(await manifestReference(zip, path, typeOf))?.[1]
    if (wanted !== actual) return broken(`The document has been changed since it was signed (in ${path}).`)
  }
  const added = signedParts(zip).filter((path) => !listed.has(path))
  if (added.length > 0)
    return broken(`Something was added to the document after it was signed (${added.join(', ')}).`)
  return { signed: true, valid: true, signer, signedAt, problem: null }
}
