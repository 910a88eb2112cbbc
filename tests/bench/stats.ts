/** The value below which the given share of samples fall (nearest-rank). */
export function percentile(samples: ReadonlyArray<number>, share: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

/** Milliseconds, to two decimal places, for printing. */
export function ms(value: number): string {
  return `${value.toFixed(2)} ms`
}

/** Prints a benchmark line: a name, then the figures. */
export function report(name: string, figures: Readonly<Record<string, string>>): void {
  const parts = Object.entries(figures).map(([key, value]) => `${key} ${value}`)
  process.stdout.write(`${name.padEnd(58)} ${parts.join('   ')}\n`)
}

/**
 * How far a ratio of two percentiles (`top`'s to `bottom`'s) could move by chance in samples like these: the
 * range holding the middle 90 % of the ratio over `draws` resamplings of each (a bootstrap). Seeded, so a
 * run prints the same range for the same samples.
 */
export function percentileRatioRange(
  top: ReadonlyArray<number>,
  bottom: ReadonlyArray<number>,
  share: number,
  draws = 1000,
): { readonly low: number; readonly high: number } {
  let seed = 0x2f6b_9a1d
  const random = (): number => {
    // mulberry32: small, seeded, good enough to pick samples.
    seed = (seed + 0x6d2b_79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const resample = (samples: ReadonlyArray<number>): number[] =>
    Array.from({ length: samples.length }, () => samples[Math.floor(random() * samples.length)] ?? Number.NaN)
  const ratios = Array.from(
    { length: draws },
    () => percentile(resample(top), share) / percentile(resample(bottom), share),
  )
  return { low: percentile(ratios, 0.05), high: percentile(ratios, 0.95) }
}
