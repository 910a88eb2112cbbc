import type { Result } from '../../shared/util/result.ts'

/** Calls a channel of a running test host, from the test's own process. */
export type HostCall = (channel: string, ...args: unknown[]) => Promise<Result<unknown>>

/**
 * A test host's channels, called from the test's process over the host's HTTP side with the run's token,
 * as the page's bridge calls them: for setting up what a test does not exercise on screen. The vault must
 * already be open (the page unlocks it).
 */
export function hostCaller(url: string): HostCall {
  const parsed = new URL(url)
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? ''
  return async (channel, ...args) => {
    const response = await fetch(`${parsed.origin}/rpc/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    })
    if (!response.ok) throw new Error(`${channel}: the host answered ${response.status}`)
    return (await response.json()) as Result<unknown>
  }
}
