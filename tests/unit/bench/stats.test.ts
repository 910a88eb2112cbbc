import { describe, expect, it } from 'vitest'
import { percentile, percentileRatioRange } from '../../bench/stats.ts'

describe('the bench’s figures', () => {
  it('takes a percentile by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => index + 1)
    expect(percentile(samples, 0.95)).toBe(95)
    expect(percentile(samples, 0.5)).toBe(50)
    expect(percentile([], 0.5)).toBeNaN()
  })

  it('gives a range for a ratio of percentiles that holds the ratio itself and narrows with more samples', () => {
    const spread = (count: number, scale: number): number[] =>
      Array.from({ length: count }, (_, index) => scale * (1 + ((index * 7919) % count) / count))
    const few = percentileRatioRange(spread(100, 1.3), spread(100, 1), 0.95)
    const many = percentileRatioRange(spread(2000, 1.3), spread(2000, 1), 0.95)
    for (const range of [few, many]) {
      expect(range.low).toBeLessThanOrEqual(1.3)
      expect(range.high).toBeGreaterThanOrEqual(1.3)
    }
    expect(many.high - many.low).toBeLessThan(few.high - few.low)
  })

  it('prints the same range for the same samples', () => {
    const top = [3, 4, 5, 4.5, 3.9, 6, 4.2, 4.4]
    const bottom = [3, 3.1, 3.3, 2.9, 3.5, 3.2, 3, 3.4]
    expect(percentileRatioRange(top, bottom, 0.95)).toEqual(percentileRatioRange(top, bottom, 0.95))
  })
})
