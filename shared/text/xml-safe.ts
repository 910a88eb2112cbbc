/**
 * Characters XML 1.0 cannot hold (most control characters, U+FFFE and U+FFFF, a surrogate without its
 * pair): a Word document holding one is refused by Word and LibreOffice alike. They carry nothing a reader
 * could see.
 */
// With the u flag a surrogate range matches only a surrogate without its pair.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to take out
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu

/** The text without what XML cannot hold. */
export const xmlSafeText = (text: string): string => text.replace(notInXml, '')

/** A value with every string in it made safe for XML, whatever its shape (a meeting, a letter's content). */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafe(item)) as T
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafe(item)])) as T
}
