import { describe, expect, it } from 'vitest'
import {
  EnvelopeError,
  open,
  peek,
  peekLength,
  seal,
  sealedSize,
  sealFirstFormat,
} from '../../../../electron/services/store/envelope.ts'
import { aKey } from '../../../helpers/builders.ts'

const header = { purpose: 'meeting' as const, id: 'a1', generation: 3, savedAt: '2026-11-22T10:00:00.000Z' }

describe('the sealed envelope', () => {
  it('opens with the same key and gives back the contents and header', () => {
    const key = aKey()
    const sealed = seal(key, header, Buffer.from('Sarah said the mornings are hard'))
    const opened = open(key, sealed, { purpose: 'meeting', id: 'a1' })
    expect(opened.contents.toString()).toBe('Sarah said the mornings are hard')
    expect(opened.header).toEqual(header)
  })

  it('holds no plain text of its contents', () => {
    const sealed = seal(aKey(), header, Buffer.from('Sarah said the mornings are hard'))
    expect(sealed.includes(Buffer.from('Sarah'))).toBe(false)
  })

  it('is damaged when any byte of the contents changes', () => {
    const key = aKey()
    const sealed = seal(key, header, Buffer.from('The school reports full attendance'))
    sealed[sealed.length - 20] = (sealed[sealed.length - 20] ?? 0) ^ 1
    expect(() => open(key, sealed, { purpose: 'meeting', id: 'a1' })).toThrow(EnvelopeError)
  })

  it('is damaged when the sealed save number is altered, so an old save cannot pass for a new one', () => {
    const key = aKey()
    const sealed = seal(key, header, Buffer.from('x'))
    // The number is encrypted; changing its bytes (counter mode: a bit flip flips the same plaintext bit)
    // must still fail the tag.
    const where = 4 + 12 + 4 + '{"generation":'.length
    sealed[where] = (sealed[where] ?? 0) ^ ('3'.charCodeAt(0) ^ '9'.charCodeAt(0))
    expect(() => open(key, sealed, { purpose: 'meeting', id: 'a1' })).toThrow(/integrity/)
  })

  it("refuses another meeting's file, although nothing in the file names the meeting", () => {
    const key = aKey()
    const sealed = seal(key, header, Buffer.from('x'))
    expect(() => open(key, sealed, { purpose: 'meeting', id: 'b2' })).toThrow(EnvelopeError)
    expect(() => open(key, sealed, { purpose: 'settings', id: 'a1' })).toThrow(EnvelopeError)
  })

  it('shows nothing in the clear but the format: no time, no save number, no purpose, no id', () => {
    const sealed = seal(aKey(), { ...header, id: '0b9a8f55-3c3e-4a55-9d1c-3c6a2f1f8a11' }, Buffer.from('x'))
    expect(sealed.subarray(0, 4).toString('ascii')).toBe('CVN2')
    for (const clear of ['2026', 'T10:00', 'generation', 'savedAt', 'meeting', '0b9a8f55'])
      expect(sealed.includes(Buffer.from(clear)), clear).toBe(false)
  })

  it('gives saves that differ by a few characters the same size', () => {
    const key = aKey()
    const small = (text: string) => seal(key, header, Buffer.from(JSON.stringify({ notes: [text] }))).length
    expect(small('Sarah said yes')).toBe(small('Sarah said yes, and that the mornings are hard'))
    const notes = Array.from(
      { length: 1000 },
      (_, index) => `Note ${index}: ${'the family spoke. '.repeat(15)}`,
    )
    const big = (extra: string) =>
      seal(key, header, Buffer.from(JSON.stringify({ notes: [...notes, extra] }))).length
    expect(big('Mum agreed.')).toBe(big('Mum agreed to walk Zosia to school on Mondays and Thursdays.'))
  })

  it('pads to buckets that add at most an eighth, and grow with the file', () => {
    expect(sealedSize(1)).toBe(4096)
    expect(sealedSize(4096)).toBe(4096)
    for (const length of [4097, 10_000, 123_457, 1_000_003, 31_234_567]) {
      const padded = sealedSize(length)
      expect(padded).toBeGreaterThanOrEqual(length)
      expect(padded / length).toBeLessThanOrEqual(1.125)
      expect(sealedSize(padded)).toBe(padded)
    }
  })

  it('still opens files of the first format, with their plain header, and refuses another file of it', () => {
    const key = aKey()
    const old = sealFirstFormat(key, header, Buffer.from('Sarah said the mornings are hard'))
    expect(old.subarray(0, 4).toString('ascii')).toBe('CVN1')
    const opened = open(key, old, { purpose: 'meeting', id: 'a1' })
    expect(opened.contents.toString()).toBe('Sarah said the mornings are hard')
    expect(opened.header).toEqual(header)
    expect(() => open(key, old, { purpose: 'meeting', id: 'b2' })).toThrow(/belongs to something else/)
    const text = old.toString('latin1').replace('"generation":3', '"generation":9')
    expect(() => open(key, Buffer.from(text, 'latin1'), { purpose: 'meeting', id: 'a1' })).toThrow(
      /integrity/,
    )
  })

  it('tells which save a file is from its first bytes, for ordering only', () => {
    const key = aKey()
    const contents = Buffer.from(JSON.stringify({ text: 'x'.repeat(20_000) }))
    const sealed = seal(key, { ...header, generation: 42 }, contents)
    expect(peek(key, sealed.subarray(0, peekLength), { purpose: 'meeting', id: 'a1' })).toBe(42)
    expect(peek(key, sealFirstFormat(key, header, contents), { purpose: 'meeting', id: 'a1' })).toBe(3)
    expect(peek(key, Buffer.from('damaged'), { purpose: 'meeting', id: 'a1' })).toBeNull()
  })

  it('refuses a different key', () => {
    const sealed = seal(aKey(), header, Buffer.from('x'))
    expect(() => open(aKey(), sealed, { purpose: 'meeting', id: 'a1' })).toThrow(EnvelopeError)
  })

  it('refuses a truncated or foreign file', () => {
    const key = aKey()
    const sealed = seal(key, header, Buffer.from('x'))
    expect(() => open(key, sealed.subarray(0, 20), { purpose: 'meeting', id: 'a1' })).toThrow(EnvelopeError)
    expect(() => open(key, Buffer.from('{"not":"ours"}'), { purpose: 'meeting', id: 'a1' })).toThrow(
      /not a Convene file/,
    )
  })
})
