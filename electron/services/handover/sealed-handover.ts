import type { z } from 'zod'
import { Aes256Gcm, CipherSuite, DhkemX25519HkdfSha256, HkdfSha256 } from '@hpke/core'
import { fingerprintOf } from '../../../shared/handover/administrator-card.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'

/**
 * A sealed handover file: something only one administrator's Convene can open. Sealed with HPKE (RFC 9180:
 * X25519, HKDF-SHA256, AES-256-GCM, through @hpke/core) to that administrator's public key; the file's
 * header (whose key it is for, when it was sealed) is bound to the contents as associated data, so a
 * single byte changed anywhere is refused. Never a cipher of our own.
 */
/** What a sealed file carries: a record handed over, or a correction request sent back to its chair. */
export type SealedKind = 'handover' | 'correction'

const words: Readonly<
  Record<
    SealedKind,
    {
      readonly magic: string
      readonly notOne: string
      readonly forAnother: (theirs: string, mine: string) => string
      readonly changed: string
      readonly unreadable: string
    }
  >
> = {
  handover: {
    magic: 'CONVENE-HANDOVER 1\n',
    notOne:
      'This is not a Convene handover file. Choose the file the chair handed over (it ends .convene-handover).',
    forAnother: (theirs, mine) =>
      `This handover was sealed for another administrator (key ${theirs}; yours is ${mine}), or it has been changed on its way. Ask the chair to add you and hand it over to you again.`,
    changed:
      'This handover file has been changed or damaged since the chair sealed it, so Convene will not open it. Ask the chair to hand it over again.',
    unreadable:
      'This handover was sealed by a version of Convene this one cannot read. Update Convene, then open it again.',
  },
  correction: {
    magic: 'CONVENE-CORRECTION 1\n',
    notOne:
      'This is not a correction request from the administrator. Choose the file they sent you (it ends .convene-correction).',
    forAnother: (theirs, mine) =>
      `This correction request was sealed for another laptop (key ${theirs}; this one's is ${mine}), or it has been changed on its way. It opens only on the laptop that handed the record over; ask the administrator to send it again if that is this one.`,
    changed:
      'This correction request has been changed or damaged since the administrator sealed it, so Convene will not open it. Ask them to send it again.',
    unreadable:
      'This correction request was sealed by a version of Convene this one cannot read. Update Convene, then open it again.',
  },
}
/** The largest handover opened: a meeting's signed documents are a few megabytes. */
export const largestHandover = 200 * 1024 * 1024

const suite = new CipherSuite({
  kem: new DhkemX25519HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes256Gcm(),
})

/** An administrator's key pair, as raw bytes (the private key is kept sealed in their data folder). */
export type HandoverKeyPair = { readonly publicKey: Uint8Array; readonly privateKey: Uint8Array }

/** A new key pair for an administrator's Convene. */
export async function newHandoverKeyPair(): Promise<HandoverKeyPair> {
  const pair = await suite.kem.generateKeyPair()
  return {
    publicKey: new Uint8Array(await suite.kem.serializePublicKey(pair.publicKey)),
    privateKey: new Uint8Array(await suite.kem.serializePrivateKey(pair.privateKey)),
  }
}

type Header = { readonly for: string; readonly sealedAt: string; readonly enc: string }

/** Seals `contents` for the holder of `publicKey`. */
export async function sealHandover(
  contents: Uint8Array,
  publicKey: Uint8Array,
  sealedAt: Date,
  kind: SealedKind = 'handover',
): Promise<Buffer> {
  const magic = words[kind].magic
  const sender = await suite.createSenderContext({
    recipientPublicKey: await suite.kem.deserializePublicKey(publicKey),
  })
  const header: Header = {
    for: fingerprintOf(publicKey),
    sealedAt: sealedAt.toISOString(),
    enc: Buffer.from(sender.enc).toString('base64'),
  }
  const head = Buffer.from(`${magic}${JSON.stringify(header)}\n`, 'utf8')
  const sealed = await sender.seal(contents, head)
  return Buffer.concat([head, Buffer.from(sealed)])
}

/** What a handover file says of itself before it is opened. */
export type HandoverHeader = { readonly forFingerprint: string; readonly sealedAt: string }

/**
 * Opens a handover file with this administrator's key pair, or says in plain words why not: not a
 * handover file, sealed for someone else, or changed since it was sealed.
 */
export async function openHandover(
  file: Uint8Array,
  keys: HandoverKeyPair,
  kind: SealedKind = 'handover',
): Promise<Result<{ readonly header: HandoverHeader; readonly contents: Uint8Array }>> {
  const { magic } = words[kind]
  const notHandover = fail('invalid-argument', words[kind].notOne)
  if (file.byteLength > largestHandover)
    return fail('invalid-argument', 'This file is far larger than any handover, so Convene will not open it.')
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength)
  if (!bytes.subarray(0, magic.length).equals(Buffer.from(magic, 'utf8'))) return notHandover
  const end = bytes.indexOf(0x0a, magic.length)
  if (end < 0 || end - magic.length > 4096) return notHandover
  let header: Header
  try {
    header = JSON.parse(bytes.subarray(magic.length, end).toString('utf8')) as Header
  } catch {
    return notHandover
  }
  if (
    typeof header?.for !== 'string' ||
    typeof header.enc !== 'string' ||
    typeof header.sealedAt !== 'string'
  )
    return notHandover
  const mine = fingerprintOf(keys.publicKey)
  if (header.for !== mine) return fail('invalid-argument', words[kind].forAnother(header.for, mine))
  const changed = fail('invalid-argument', words[kind].changed)
  try {
    const recipient = await suite.createRecipientContext({
      recipientKey: await suite.kem.deserializePrivateKey(keys.privateKey),
      enc: Buffer.from(header.enc, 'base64'),
    })
    const contents = await recipient.open(bytes.subarray(end + 1), bytes.subarray(0, end + 1))
    return ok({
      header: { forFingerprint: header.for, sealedAt: header.sealedAt },
      contents: new Uint8Array(contents),
    })
  } catch {
    return changed
  }
}

/** Opens a sealed file and reads what it holds as the schema says, or says in plain words why not. */
export async function openSealedJson<T>(
  file: Uint8Array,
  keys: HandoverKeyPair,
  kind: SealedKind,
  schema: z.ZodType<T>,
): Promise<Result<T>> {
  const opened = await openHandover(file, keys, kind)
  if (!opened.ok) return opened
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder().decode(opened.value.contents))
  } catch {
    raw = null
  }
  const read = schema.safeParse(raw)
  return read.success ? ok(read.data) : fail('invalid-file', words[kind].unreadable)
}
