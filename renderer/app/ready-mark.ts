let marked = false

/** Marks the moment the first screen shows real data, for the benchmark's 'navigation to interactive'. */
export function markInteractive(): void {
  if (marked) return
  marked = true
  performance.mark('convene-interactive')
}
