let marked = false
const waiting: Array<() => void> = []

/** Marks the moment the first screen shows real data, for the benchmark's 'navigation to interactive'. */
export function markInteractive(): void {
  if (marked) return
  marked = true
  performance.mark('convene-interactive')
  for (const run of waiting.splice(0)) run()
}

/** Runs once the first screen is interactive (at once if it already is): for work that must not delay it. */
export function afterInteractive(run: () => void): void {
  if (marked) run()
  else waiting.push(run)
}
