import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * The sealed form of every file Convene stores: AES-256-GCM under the data key, with a small plain header
 * (what the file is, which save it is, when it was saved) that is authenticated with the contents, so a
 * file cannot be swapped for another meeting's or an older save without the tag failing.
 *
 *   'CVN1' | header length (u32, big-endian) | header (JSON) | IV (12 bytes) | ciphertext | tag (16 bytes)
 *
 * The header holds no personal data: a random identifier, a number and a time.
 */
export type EnvelopeHeader = {
  readonly purpose: 'meeting' | 'index' | 'settings' | 'identity' | 'draft'
  readonly id: string
  readonly generation: number
  readonly savedAt: string
}

/** Why a file could not be opened. Corruption and tampering look the same to GCM, and both mean 'damaged'. */
export class EnvelopeError extends Error {
  readonly reason: 'not-an-envelope' | 'damaged' | 'wrong-file'
  constructor(reason: 'not-an-envelope' | 'damaged' | 'wrong-file', message: string) {
    super(message)
    this.name = 'EnvelopeError'
    this.reason = reason
  }
}

const magic = Buffer.from('CVN1', 'ascii')
const ivLength = 12
const tagLength = 16
const maxHeaderLength = 4096

/** Seals contents under a 32-byte key. */
export function seal(key: Buffer, header: EnvelopeHeader, contents: Buffer): Buffer {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes')
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8')
  const prefix = Buffer.alloc(magic.length + 4)
  magic.copy(prefix, 0)
  prefix.writeUInt32BE(headerBytes.length, magic.length)
  const aad = Buffer.concat([prefix, headerBytes])
  const iv = randomBytes(ivLength)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(aad)
  const body = Buffer.concat([cipher.update(contents), cipher.final()])
  return Buffer.concat([aad, iv, body, cipher.getAuthTag()])
}

/** Reads the header without checking anything: for diagnostics only. */
export function peekHeader(bytes: Buffer): EnvelopeHeader | null {
  try {
    return splitEnvelope(bytes).header
  } catch {
    return null
  }
}

/** Opens a sealed file, checking its tag and that it is the file expected. */
export function open(
  key: Buffer,
  bytes: Buffer,
  expected: { readonly purpose: EnvelopeHeader['purpose']; readonly id: string },
): { readonly header: EnvelopeHeader; readonly contents: Buffer } {
  const { header, aad, iv, body, tag } = splitEnvelope(bytes)
  const decipher = createDecipheriv('aes-256-gcm', key, iv)
  decipher.setAAD(aad)
  decipher.setAuthTag(tag)
  let contents: Buffer
  try {
    contents = Buffer.concat([decipher.update(body), decipher.final()])
  } catch {
    throw new EnvelopeError('damaged', 'The file failed its integrity check')
  }
  if (header.purpose !== expected.purpose || header.id !== expected.id) {
    throw new EnvelopeError('wrong-file', 'The file belongs to something else')
  }
  return { header, contents }
}

function splitEnvelope(bytes: Buffer) {
  if (
    bytes.length < magic.length + 4 + ivLength + tagLength ||
    !bytes.subarray(0, magic.length).equals(magic)
  ) {
    throw new EnvelopeError('not-an-envelope', 'The file is not a Convene file')
  }
  const headerLength = bytes.readUInt32BE(magic.length)
  const headerEnd = magic.length + 4 + headerLength
  if (headerLength > maxHeaderLength || headerEnd + ivLength + tagLength > bytes.length) {
    throw new EnvelopeError('damaged', 'The file is truncated')
  }
  let header: EnvelopeHeader
  try {
    header = JSON.parse(bytes.subarray(magic.length + 4, headerEnd).toString('utf8')) as EnvelopeHeader
  } catch {
    throw new EnvelopeError('damaged', 'The file header is damaged')
  }
  return {
    header,
    aad: bytes.subarray(0, headerEnd),
    iv: bytes.subarray(headerEnd, headerEnd + ivLength),
    body: bytes.subarray(headerEnd + ivLength, bytes.length - tagLength),
    tag: bytes.subarray(bytes.length - tagLength),
  }
}
