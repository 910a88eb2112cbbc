/**
 * The XML of an OOXML package signature, written directly in the canonical form (inclusive C14N 1.0) that
 * its digests are taken over: no whitespace between elements, attributes in canonical order, every element
 * closed with an end tag. So the bytes hashed are the bytes written, and there is no canonicaliser to get
 * wrong; the one difference, a subset's in-scope namespace declarations, is added by `canonical` below.
 */

export const ns = {
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
  mdssi: 'http://schemas.openxmlformats.org/package/2006/digital-signature',
  xades: 'http://uri.etsi.org/01903/v1.3.2#',
  office: 'http://schemas.microsoft.com/office/2006/digsig',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const

export const algorithm = {
  c14n: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  sha256: 'http://www.w3.org/2001/04/xmlenc#sha256',
  rsaSha256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  relationshipTransform: 'http://schemas.openxmlformats.org/package/2006/RelationshipTransform',
} as const

/** Text as C14N writes it. */
export const text = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;')

/** An attribute value as C14N writes it. */
export const attribute = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;')

/** An element with attributes in the order given (callers give them in canonical order) and content. */
export const element = (
  name: string,
  attributes: ReadonlyArray<readonly [string, string]>,
  content = '',
): string =>
  `<${name}${attributes.map(([key, value]) => ` ${key}="${attribute(value)}"`).join('')}>${content}</${name}>`

/**
 * The canonical form of an element taken out of the signature: the namespace declarations it inherits are
 * written on it, before its own attributes (the default namespace first, then by prefix).
 */
export function canonical(xml: string, inherited: ReadonlyArray<readonly [string, string]>): string {
  const declarations = [...inherited]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1))
    .map(([prefix, uri]) => ` ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${attribute(uri)}"`)
    .join('')
  return xml.replace(/^<([^\s>]+)/, `<$1${declarations}`)
}

/** A relationship as the relationship transform leaves it. */
export type Relationship = {
  readonly id: string
  readonly type: string
  readonly target: string
  readonly targetMode: string
}

/** The relationships of a .rels part. */
export function readRelationships(xml: string): Relationship[] {
  const found: Relationship[] = []
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)) {
    const attributes = new Map<string, string>()
    for (const pair of (match[1] ?? '').matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g))
      attributes.set(
        pair[1] ?? '',
        (pair[2] ?? '')
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      )
    found.push({
      id: attributes.get('Id') ?? '',
      type: attributes.get('Type') ?? '',
      target: attributes.get('Target') ?? '',
      targetMode: attributes.get('TargetMode') ?? 'Internal',
    })
  }
  return found
}

/**
 * ECMA-376 Part 2's relationship transform, then C14N: only the relationships named, in order of their
 * identifiers, each with its target mode written out.
 */
export function transformRelationships(xml: string, sourceIds: ReadonlyArray<string>): string {
  const kept = readRelationships(xml)
    .filter((relationship) => sourceIds.includes(relationship.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return element(
    'Relationships',
    [['xmlns', ns.relationships]],
    kept
      .map((relationship) =>
        element('Relationship', [
          ['Id', relationship.id],
          ['Target', relationship.target],
          ['TargetMode', relationship.targetMode],
          ['Type', relationship.type],
        ]),
      )
      .join(''),
  )
}
