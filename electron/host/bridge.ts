import { buildConveneApi } from '../../shared/contract/api.ts'
import type { ConveneEvents, EventName } from '../../shared/contract/events.ts'

/**
 * The test host's stand-in for the preload: window.convene built from the same contract, carried over HTTP
 * to the host instead of over Electron's IPC. The run's token arrives in the URL fragment (never sent to a
 * server, never in history) and is kept for this tab only.
 */
const tokenKey = 'convene-host-token'

function takeToken(): string {
  const hash = window.location.hash.replace(/^#/, '')
  const match = /(?:^|[&?])token=([A-Za-z0-9_-]+)/.exec(hash)
  if (match?.[1]) {
    const token = match[1]
    const rest = hash.replace(/(?:^|[&?])token=[A-Za-z0-9_-]+/, '').replace(/^[&?]/, '')
    history.replaceState(null, '', `${window.location.pathname}#${rest === '' ? '/' : rest}`)
    // Kept for a reload of this tab, once the page is idle or as it goes, whichever comes first: the first
    // use of the page's storage is a synchronous trip to the browser process, tens of milliseconds that
    // Electron's preload, which this stands in for, does not spend as the first screen is drawn.
    let kept = false
    const keep = (): void => {
      if (!kept) sessionStorage.setItem(tokenKey, token)
      kept = true
    }
    requestIdleCallback(keep, { timeout: 2000 })
    window.addEventListener('pagehide', keep, { once: true })
    return token
  }
  return sessionStorage.getItem(tokenKey) ?? ''
}

const token = takeToken()
let events: EventSource | null = null

const api = buildConveneApi(
  async (channel, args) => {
    try {
      const body = JSON.stringify(args)
      const response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body,
        // A small call made as the page goes (the capture box's draft) still arrives, as Electron's IPC
        // would deliver it; the browser allows this only for small bodies.
        keepalive: body.length < 60_000,
      })
      if (!response.ok) {
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'The test host refused this page. Open the address the host printed.',
          },
        }
      }
      return await response.json()
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Convene is not running. Start it again; everything saved is safe.',
        },
      }
    }
  },
  <E extends EventName>(event: E, listener: (payload: ConveneEvents[E]) => void) => {
    const presenting = /^#\/presenter\/([0-9a-f-]+)/i.exec(window.location.hash)?.[1]
    const audience = presenting ? `presenter&meeting=${encodeURIComponent(presenting)}` : 'main'
    events ??= new EventSource(`/events?token=${encodeURIComponent(token)}&audience=${audience}`)
    const forward = (message: MessageEvent<string>): void =>
      listener(JSON.parse(message.data) as ConveneEvents[E])
    events.addEventListener(event, forward)
    return () => events?.removeEventListener(event, forward)
  },
)

Object.defineProperty(window, 'convene', { value: api, writable: false, configurable: false })
