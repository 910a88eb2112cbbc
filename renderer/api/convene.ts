import { useEffect, useRef } from 'react'
import type { ConveneApi } from '../../shared/contract/api.ts'
import type { ConveneEvents, EventName } from '../../shared/contract/events.ts'

declare global {
  interface Window {
    /** Exposed by the preload (or the test host's bridge). The renderer's only way to the main process. */
    readonly convene?: ConveneApi
  }
}

/** The typed API over window.convene. */
export function convene(): ConveneApi {
  const api = window.convene
  if (!api) throw new Error('window.convene is missing: this page must be opened by Convene')
  return api
}

/** True when the page was opened by Convene (and not, say, straight from the file in a browser). */
export function hasConvene(): boolean {
  return window.convene !== undefined
}

/** Listens to an event main pushes, for as long as the component is mounted. */
export function useConveneEvent<E extends EventName>(
  event: E,
  listener: (payload: ConveneEvents[E]) => void,
): void {
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => convene().on(event, (payload) => latest.current(payload)), [event])
}
