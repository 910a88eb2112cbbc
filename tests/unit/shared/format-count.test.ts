import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCount } from '../../../shared/text/format-count.ts'

describe('formatCount', () => {
  it('writes whole numbers as en-GB does, with commas between the thousands', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(999)).toBe('999')
    expect(formatCount(1000)).toBe('1,000')
    expect(formatCount(50_000)).toBe('50,000')
    expect(formatCount(1_234_567)).toBe('1,234,567')
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (count) => {
        expect(formatCount(count)).toBe(count.toLocaleString('en-GB'))
      }),
    )
  })
})
