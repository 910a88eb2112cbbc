import { createPrivateKey, createSign, X509Certificate } from 'node:crypto'
import JSZip from 'jszip'
import { algorithm, canonical, element, ns, text } from './ooxml-xml.ts'
import { distinguishedName, namesOf, type SigningIdentity } from './certificate.ts'
import {
  contentTypes,
  manifestReference,
  originPart,
  originType,
  sha256,
  signaturePart,
  signatureType,
  signedParts,
  type PartSource,
} from './ooxml-parts.ts'

const objectType = 'http://www.w3.org/2000/09/xmldsig#Object'
const signedPropertiesType = 'http://uri.etsi.org/01903#SignedProperties'

/** Parts of a package held in memory by JSZip: the signer's own, freshly rendered, document. */
const zipSource = (zip: JSZip): PartSource => ({
  text: async (path) => (await zip.file(path)?.async('string')) ?? '',
  digest: async (path) => sha256((await zip.file(path)?.async('uint8array')) ?? new Uint8Array()),
})

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

/** RFC 4514 issuer name and decimal serial number, as XAdES names the signing certificate. */
function issuerSerial(certificatePem: string): { readonly issuer: string; readonly serial: string } {
  const certificate = new X509Certificate(certificatePem)
  return {
    issuer: distinguishedName(namesOf(certificatePem, 'issuer')),
    serial: BigInt(`0x${certificate.serialNumber}`).toString(10),
  }
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
  const source = zipSource(zip)
  const names = Object.keys(zip.files).filter((path) => !zip.files[path]?.dir)
  for (const path of signedParts(names)) references.push(await manifestReference(path, typeOf, source))
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
