import type { ChannelArgs, ChannelName, ChannelResult } from './contract.ts'
import type { ConveneEvents, EventName } from './events.ts'
import type { Result } from '../util/result.ts'
import { channelNames } from './channel-names.ts'
import { eventNames } from './events.ts'

type Namespace = ChannelName extends `${infer N}.${string}` ? N : never

/** A listener for a pushed event; the returned function unsubscribes. */
export type Subscribe = <E extends EventName>(
  event: E,
  listener: (payload: ConveneEvents[E]) => void,
) => () => void

/**
 * `window.convene`: a named method per channel, grouped by namespace (`convene.meetings.get(id)`), each
 * resolving to a result value; and `on(event, listener)` for what main pushes.
 */
export type ConveneApi = {
  readonly [N in Namespace]: {
    readonly [C in ChannelName as C extends `${N}.${infer M}` ? M : never]: (
      ...args: ChannelArgs<C>
    ) => Promise<Result<ChannelResult<C>>>
  }
} & { readonly on: Subscribe }

/** Sends one call across the boundary; the transport (Electron IPC, or the test host's HTTP) is the caller's. */
export type Invoke = (channel: ChannelName, args: ReadonlyArray<unknown>) => Promise<unknown>

/** Builds `window.convene` from the channel list. Used by the preload and by the test host's page bridge. */
export function buildConveneApi(invoke: Invoke, subscribe: Subscribe): ConveneApi {
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {}
  for (const channel of channelNames) {
    const [namespace = '', method = ''] = channel.split('.')
    const group = (api[namespace] ??= {})
    group[method] = (...args: unknown[]) => invoke(channel, args)
  }
  const on: Subscribe = (event, listener) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event: ${String(event)}`)
    return subscribe(event, listener)
  }
  for (const group of Object.values(api)) Object.freeze(group)
  return Object.freeze({ ...api, on }) as unknown as ConveneApi
}
