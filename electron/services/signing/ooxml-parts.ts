import { createHash } from 'node:crypto'
import { algorithm, element, ns, readRelationships, transformRelationships } from './ooxml-xml.ts'

/** Where Convene's signature lives in a package, and the relationship types that lead to it. */
export const signaturePart = '_xmlsignatures/sig1.xml'
export const originPart = '_xmlsignatures/origin.sigs'
export const originType =
  'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin'
export const signatureType =
  'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature'

/** SHA-256, base64, as XML-DSig writes digests. */
export const sha256 = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('base64')

/** How the signer and the verifier read a package's parts: the signer from memory, the verifier streamed. */
export type PartSource = {
  /** A small part's text (relationships). */
  readonly text: (path: string) => Promise<string>
  /** A part's SHA-256, base64. */
  readonly digest: (path: string) => Promise<string>
}

/** XML attribute text as written in [Content_Types].xml, its five entities undone. */
const unescape = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** The content type of each part, from [Content_Types].xml: an Override for the part, else its extension's Default. */
export function contentTypes(xml: string): (part: string) => string {
  const overrides = new Map<string, string>()
  const defaults = new Map<string, string>()
  const attribute = (attributes: string, name: string): string | undefined => {
    const found = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes)
    return found ? unescape(found[1] ?? found[2] ?? '') : undefined
  }
  for (const match of xml.matchAll(/<(?:\w+:)?Override\s([^>]*?)\/?>/g)) {
    const part = attribute(match[1] ?? '', 'PartName')
    const type = attribute(match[1] ?? '', 'ContentType')
    if (part && type) overrides.set(part.toLowerCase(), type)
  }
  for (const match of xml.matchAll(/<(?:\w+:)?Default\s([^>]*?)\/?>/g)) {
    const extension = attribute(match[1] ?? '', 'Extension')
    const type = attribute(match[1] ?? '', 'ContentType')
    if (extension && type) defaults.set(extension.toLowerCase(), type)
  }
  return (part) =>
    overrides.get(`/${part}`.toLowerCase()) ??
    defaults.get(part.includes('.') ? (part.split('.').pop()?.toLowerCase() ?? '') : '') ??
    ''
}

/** The parts a signature covers: all but [Content_Types].xml and the signature's own parts. */
export const signedParts = (names: ReadonlyArray<string>): string[] =>
  names
    .filter((path) => !path.endsWith('/'))
    .filter((path) => path !== '[Content_Types].xml' && !path.startsWith('_xmlsignatures/'))
    .sort()

/** The relationships of a .rels part that a signature covers: all but the signature origin. */
const signedRelationshipIds = (xml: string): string[] =>
  readRelationships(xml)
    .filter((relationship) => relationship.type !== originType)
    .map((relationship) => relationship.id)

/** The digest a Manifest Reference gives a part: the relationship transform for .rels, else the bytes. */
export async function partDigest(path: string, source: PartSource): Promise<string> {
  if (!path.endsWith('.rels')) return source.digest(path)
  const xml = await source.text(path)
  return sha256(transformRelationships(xml, signedRelationshipIds(xml)))
}

/** The Manifest's Reference for one part, as the signer writes it. */
export async function manifestReference(
  path: string,
  typeOf: (part: string) => string,
  source: PartSource,
): Promise<string> {
  const uri = `/${path}?ContentType=${typeOf(path) || 'application/octet-stream'}`
  if (path.endsWith('.rels')) {
    const ids = signedRelationshipIds(await source.text(path))
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
        element('DigestValue', [], await partDigest(path, source)),
    )
  }
  return element(
    'Reference',
    [['URI', uri]],
    element('DigestMethod', [['Algorithm', algorithm.sha256]]) +
      element('DigestValue', [], await partDigest(path, source)),
  )
}
