import { describe, expect, it } from 'vitest'
import { fingerprintOf, normaliseFingerprint } from '../../../shared/handover/administrator-card.ts'
import {
  newHandoverKeyPair,
  openHandover,
  sealHandover,
} from '../../../electron/services/handover/sealed-handover.ts'

const contents = new TextEncoder().encode(
  JSON.stringify({ family: 'Wiśniewska', note: 'Ní Bhriain · 王芳 · अनन्या · أمينة' }),
)
const sealedAt = new Date('2026-12-02T15:04:00.000Z')

describe('a sealed handover', () => {
  it('opens for the administrator it was sealed for, and says nothing readable to anyone else', async () => {
    const administrator = await newHandoverKeyPair()
    const file = await sealHandover(contents, administrator.publicKey, sealedAt)
    expect(file.includes(Buffer.from('Wiśniewska'))).toBe(false)
    const opened = await openHandover(file, administrator)
    expect(opened.ok && new TextDecoder().decode(opened.value.contents)).toBe(
      new TextDecoder().decode(contents),
    )
    expect(opened.ok && opened.value.header).toEqual({
      forFingerprint: fingerprintOf(administrator.publicKey),
      sealedAt: '2026-12-02T15:04:00.000Z',
    })
  })

  it('refuses, in plain words, a file sealed for someone else, a byte changed anywhere, and what is not a handover', async () => {
    const administrator = await newHandoverKeyPair()
    const someoneElse = await newHandoverKeyPair()
    const file = await sealHandover(contents, administrator.publicKey, sealedAt)
    const other = await openHandover(file, someoneElse)
    expect(other.ok).toBe(false)
    expect(!other.ok && other.error.message).toContain('sealed for another administrator')
    // The right key's fingerprint forged into the header: the contents still do not open.
    const forged = Buffer.from(
      file
        .toString('latin1')
        .replace(fingerprintOf(administrator.publicKey), fingerprintOf(someoneElse.publicKey)),
      'latin1',
    )
    const forgedOpen = await openHandover(forged, someoneElse)
    expect(!forgedOpen.ok && forgedOpen.error.message).toContain('changed or damaged')
    for (const at of [25, Math.floor(file.length / 2), file.length - 1]) {
      const changed = Buffer.from(file)
      changed[at] = (changed[at] ?? 0) ^ 0x01
      const result = await openHandover(changed, administrator)
      expect(result.ok).toBe(false)
      expect(!result.ok && result.error.message).toMatch(
        /changed or damaged|not a Convene handover|another administrator/,
      )
    }
    const truncated = await openHandover(file.subarray(0, file.length - 10), administrator)
    expect(!truncated.ok && truncated.error.message).toContain('changed or damaged')
    for (const junk of [
      Buffer.alloc(0),
      Buffer.from('PK\u0003\u0004 a Word file'),
      Buffer.from('CONVENE-HANDOVER 1\n{not json\n'),
    ]) {
      const result = await openHandover(junk, administrator)
      expect(!result.ok && result.error.message).toContain('not a Convene handover file')
    }
  })

  it('reads a fingerprint as heard: no letters to mishear, and typed any old way', async () => {
    const { publicKey } = await newHandoverKeyPair()
    const fingerprint = fingerprintOf(publicKey)
    expect(fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    expect(normaliseFingerprint(fingerprint.toLowerCase().replace(/-/g, ' '))).toBe(fingerprint)
    expect(normaliseFingerprint('o1il-0000-0000-0000')).toBe('0111-0000-0000-0000')
  })
})
