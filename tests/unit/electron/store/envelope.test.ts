import { describe, expect, it } from 'vitest'
import { EnvelopeError, open, seal } from '../../../../electron/services/store/envelope.ts'
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

  it('is damaged when the header is altered, so an old save cannot pass for a new one', () => {
    const key = aKey()
    const sealed = seal(key, header, Buffer.from('x'))
    const text = sealed.toString('latin1').replace('"generation":3', '"generation":9')
    expect(() => open(key, Buffer.from(text, 'latin1'), { purpose: 'meeting', id: 'a1' })).toThrow(
      /integrity/,
    )
  })

  it("refuses another meeting's file", () => {
    const key = aKey()
    const sealed = seal(key, header, Buffer.from('x'))
    expect(() => open(key, sealed, { purpose: 'meeting', id: 'b2' })).toThrow(/belongs to something else/)
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
