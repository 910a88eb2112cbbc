/**
 * Runs `work` once the page is next idle, and at the latest after `withinMs`; returns what cancels it.
 * Where the browser cannot say when it is idle (jsdom in the component tests), it runs after `fallbackMs`.
 */
export function whenIdle(work: () => void, withinMs: number, fallbackMs = 0): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => work(), { timeout: withinMs })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(work, fallbackMs)
  return () => window.clearTimeout(handle)
}
