import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * The sealed form of every file Convene stores: AES-256-GCM under the data key.
 *
 *   'CVN2' | IV (12 bytes) | ciphertext | tag (16 bytes)
 *
 * Nothing but the format's name is in the clear. What the file is (its purpose and id) is authenticated as
 * additional data supplied by the reader, never stored, so a file cannot be swapped for another meeting's
 * without the tag failing; which save it is and when it was made travel inside the ciphertext:
 *
 *   plaintext = meta length (u32, big-endian) | meta (JSON: generation, savedAt, length) | contents | zeros
 *
 * The zeros pad the file to a size bucket (`sealedSize`), so its size tells little more than roughly how
 * big the meeting is: not the length of the note just added.
 *
 * Files of the first format ('CVN1', with a plain JSON header holding purpose, id, generation and time)
 * are still opened, and are replaced by this format at the next saves.
 */
export type EnvelopeHeader = {
  readonly purpose: 'meeting' | 'case' | 'index' | 'settings' | 'identity' | 'draft' | 'handover' | 'outcomes'
  readonly id: string
  readonly generation: number
  readonly savedAt: string
}

/** What the reader expects a file to be: checked by the tag, never read from the file. */
export type EnvelopeIdentity = Pick<EnvelopeHeader, 'purpose' | 'id'>

/** Why a file could not be opened. Corruption and tampering look the same to GCM, and both mean 'damaged'. */
export class EnvelopeError extends Error {
  readonly reason: 'not-an-envelope' | 'damaged' | 'wrong-file'
  constructor(reason: 'not-an-envelope' | 'damaged' | 'wrong-file', message: string) {
    super(message)
    this.name = 'EnvelopeError'
    this.reason = reason
  }
}

const magic = Buffer.from('CVN2', 'ascii')
const firstMagic = Buffer.from('CVN1', 'ascii')
const ivLength = 12
const tagLength = 16
const maxHeaderLength = 4096
/** Every sealed file is at least this big, so small files (settings, a new meeting) all look alike. */
const smallestFile = 4096
/** How many bytes of a file `peek` needs: the magic, the IV and the start of the plaintext. */
export const peekLength = magic.length + ivLength + 4 + 512

/**
 * The size a sealed file of `length` bytes is padded to: at least `smallest` (4 KiB for a file), then Padmé buckets (Nikitin et
 * al., 'Reducing metadata leakage from encrypted files and communication with PURBs', 2019): a size is
 * rounded up keeping only its top few bits, so at most about 12% is added and a size reveals
 * O(log log n) bits. A 300 KB meeting is rounded to a multiple of 8 KiB: a note's length disappears in it.
 */
export function sealedSize(length: number, smallest = smallestFile): number {
  if (length <= smallest) return smallest
  const exponent = Math.floor(Math.log2(length))
  const significant = Math.floor(Math.log2(exponent)) + 1
  const step = 2 ** (exponent - significant)
  return Math.ceil(length / step) * step
}

function additionalData(expected: EnvelopeIdentity): Buffer {
  const purpose = Buffer.from(expected.purpose, 'utf8')
  const id = Buffer.from(expected.id, 'utf8')
  return Buffer.concat([magic, Buffer.from([purpose.length]), purpose, Buffer.from([id.length]), id])
}

/** Seals contents under a 32-byte key, padded to its size bucket. */
export function seal(key: Buffer, header: EnvelopeHeader, contents: Buffer): Buffer {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes')
  const meta = Buffer.from(
    JSON.stringify({ generation: header.generation, savedAt: header.savedAt, length: contents.length }),
    'utf8',
  )
  const metaLength = Buffer.alloc(4)
  metaLength.writeUInt32BE(meta.length)
  const unpadded = 4 + meta.length + contents.length
  const overhead = magic.length + ivLength + tagLength
  const padding = Buffer.alloc(sealedSize(unpadded + overhead) - overhead - unpadded)
  const iv = randomBytes(ivLength)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(additionalData(header))
  const body = Buffer.concat([
    cipher.update(metaLength),
    cipher.update(meta),
    cipher.update(contents),
    cipher.update(padding),
    cipher.final(),
  ])
  return Buffer.concat([magic, iv, body, cipher.getAuthTag()])
}

/** Opens a sealed file (of either format), checking its tag and that it is the file expected. */
export function open(
  key: Buffer,
  bytes: Buffer,
  expected: EnvelopeIdentity,
): { readonly header: EnvelopeHeader; readonly contents: Buffer } {
  if (bytes.subarray(0, firstMagic.length).equals(firstMagic)) return openFirstFormat(key, bytes, expected)
  if (bytes.length < magic.length + ivLength + tagLength || !bytes.subarray(0, magic.length).equals(magic)) {
    throw new EnvelopeError('not-an-envelope', 'The file is not a Convene file')
  }
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(magic.length, magic.length + ivLength))
  decipher.setAAD(additionalData(expected))
  decipher.setAuthTag(bytes.subarray(bytes.length - tagLength))
  let plain: Buffer
  try {
    plain = Buffer.concat([
      decipher.update(bytes.subarray(magic.length + ivLength, bytes.length - tagLength)),
      decipher.final(),
    ])
  } catch {
    // A wrong key, a changed byte, or another file's purpose or id: GCM cannot tell them apart.
    throw new EnvelopeError('damaged', 'The file failed its integrity check')
  }
  const meta = readMeta(plain)
  if (!meta) throw new EnvelopeError('damaged', 'The file failed its integrity check')
  const start = 4 + meta.metaLength
  return {
    header: { ...expected, generation: meta.generation, savedAt: meta.savedAt },
    contents: plain.subarray(start, start + meta.length),
  }
}

/**
 * Which save a file says it is, read from the start of its ciphertext without checking the tag (which
 * needs the whole file). For putting saves in order only: `open` checks each before it is trusted, so a
 * forged number only makes Convene try that file first and find it damaged. Null if it cannot tell.
 */
export function peek(key: Buffer, head: Buffer, expected: EnvelopeIdentity): number | null {
  try {
    if (head.subarray(0, firstMagic.length).equals(firstMagic)) {
      const header = splitFirstFormat(head, false).header
      return header.purpose === expected.purpose && header.id === expected.id ? header.generation : null
    }
    if (!head.subarray(0, magic.length).equals(magic) || head.length < magic.length + ivLength + 4)
      return null
    // GCM is counter mode underneath: the first bytes decrypt on their own.
    const decipher = createDecipheriv(
      'aes-256-gcm',
      key,
      head.subarray(magic.length, magic.length + ivLength),
    )
    decipher.setAAD(additionalData(expected))
    return readMeta(decipher.update(head.subarray(magic.length + ivLength)), false)?.generation ?? null
  } catch {
    return null
  }
}

/** The meta at the start of a plaintext; `whole` when the plaintext is all there, so its length can be checked. */
function readMeta(
  plain: Buffer,
  whole = true,
): { metaLength: number; generation: number; savedAt: string; length: number } | null {
  if (plain.length < 4) return null
  const metaLength = plain.readUInt32BE(0)
  if (metaLength > maxHeaderLength || 4 + metaLength > plain.length) return null
  try {
    const meta = JSON.parse(plain.subarray(4, 4 + metaLength).toString('utf8')) as Record<string, unknown>
    const { generation, savedAt, length } = meta
    if (
      typeof generation !== 'number' ||
      typeof savedAt !== 'string' ||
      typeof length !== 'number' ||
      (whole && 4 + metaLength + length > plain.length)
    )
      return null
    return { metaLength, generation, savedAt, length }
  } catch {
    return null
  }
}

/** The first format: 'CVN1' | header length (u32) | plain JSON header | IV | ciphertext | tag. */
function openFirstFormat(key: Buffer, bytes: Buffer, expected: EnvelopeIdentity) {
  const { header, aad, rest } = splitFirstFormat(bytes, true)
  const decipher = createDecipheriv('aes-256-gcm', key, rest.subarray(0, ivLength))
  decipher.setAAD(aad)
  decipher.setAuthTag(rest.subarray(rest.length - tagLength))
  let contents: Buffer
  try {
    contents = Buffer.concat([
      decipher.update(rest.subarray(ivLength, rest.length - tagLength)),
      decipher.final(),
    ])
  } catch {
    throw new EnvelopeError('damaged', 'The file failed its integrity check')
  }
  if (header.purpose !== expected.purpose || header.id !== expected.id) {
    throw new EnvelopeError('wrong-file', 'The file belongs to something else')
  }
  return { header, contents }
}

function splitFirstFormat(bytes: Buffer, whole: boolean) {
  if (bytes.length < firstMagic.length + 4) throw new EnvelopeError('damaged', 'The file is truncated')
  const headerLength = bytes.readUInt32BE(firstMagic.length)
  const headerEnd = firstMagic.length + 4 + headerLength
  if (
    headerLength > maxHeaderLength ||
    headerEnd > bytes.length ||
    (whole && headerEnd + ivLength + tagLength > bytes.length)
  ) {
    throw new EnvelopeError('damaged', 'The file is truncated')
  }
  let header: EnvelopeHeader
  try {
    header = JSON.parse(bytes.subarray(firstMagic.length + 4, headerEnd).toString('utf8')) as EnvelopeHeader
  } catch {
    throw new EnvelopeError('damaged', 'The file header is damaged')
  }
  return { header, aad: bytes.subarray(0, headerEnd), rest: bytes.subarray(headerEnd) }
}

/** Seals in the first format. Kept only so that tests can make the files older versions wrote. */
export function sealFirstFormat(key: Buffer, header: EnvelopeHeader, contents: Buffer): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8')
  const prefix = Buffer.alloc(firstMagic.length + 4)
  firstMagic.copy(prefix, 0)
  prefix.writeUInt32BE(headerBytes.length, firstMagic.length)
  const aad = Buffer.concat([prefix, headerBytes])
  const iv = randomBytes(ivLength)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(aad)
  const body = Buffer.concat([cipher.update(contents), cipher.final()])
  return Buffer.concat([aad, iv, body, cipher.getAuthTag()])
}
