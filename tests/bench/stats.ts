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
