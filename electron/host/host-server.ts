import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import {
  hears,
  type ConveneEvents,
  type EventListenerWindow,
  type EventName,
} from '../../shared/contract/events.ts'
import { dispatch, type Handlers } from '../ipc/dispatch.ts'
import { readRendererFile } from '../services/renderer-files.ts'
import {
  noteFramePath,
  rendererSecurityHeaders,
  securityHeadersFor,
} from '../services/content-security-policy.ts'
import type { Logger } from '../services/logger.ts'

/** How the host is set up. */
export type HostServerOptions = {
  readonly handlers: Handlers
  readonly logger: Logger
  readonly rendererFolder: string
  /** The page bridge (out/host/bridge.js): builds window.convene over this server. */
  readonly bridgeScript: Buffer
  readonly token: string
  readonly port: number
}

/** A running host. */
export type HostServer = {
  readonly url: string
  readonly emit: <E extends EventName>(event: E, payload: ConveneEvents[E]) => void
  readonly close: () => Promise<void>
}

const maxBodyBytes = 256 * 1024 * 1024

/**
 * The test host's HTTP side. It listens on 127.0.0.1 only; every call must carry the run's random token;
 * the Host header must name this server (against DNS rebinding); and it sends no CORS headers, so no other
 * web page can call it. Calls go through the very same `dispatch` as Electron's IPC. A page that is the
 * presenter view asks for the presenter's events for its meeting only (family-safe), as Electron's
 * presenter window gets.
 */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const streams = new Map<ServerResponse, EventListenerWindow>()
  const expectedToken = Buffer.from(options.token)
  let expectedHost = ''

  const authorised = (presented: string | null): boolean => {
    if (presented === null) return false
    const candidate = Buffer.from(presented)
    return candidate.length === expectedToken.length && timingSafeEqual(candidate, expectedToken)
  }

  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      options.logger.error('host.request-failed', {}, error)
      if (!response.headersSent) response.writeHead(500).end()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== expectedHost) {
      response.writeHead(421).end()
      return
    }
    const url = new URL(request.url ?? '/', `http://${expectedHost}`)
    if (request.method === 'POST' && url.pathname.startsWith('/rpc/')) {
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? null
      if (!authorised(bearer)) {
        response.writeHead(403).end()
        return
      }
      const body = await readBody(request)
      let args: unknown
      try {
        args = JSON.parse(body.toString('utf8'))
      } catch {
        args = undefined
      }
      const result = await dispatch(
        options.handlers,
        url.pathname.slice('/rpc/'.length),
        args,
        options.logger,
      )
      response.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      response.end(JSON.stringify(result))
      return
    }
    if (request.method === 'GET' && url.pathname === '/events') {
      if (!authorised(url.searchParams.get('token'))) {
        response.writeHead(403).end()
        return
      }
      response.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      })
      response.write(': connected\n\n')
      streams.set(
        response,
        url.searchParams.get('audience') === 'presenter'
          ? { role: 'presenter', meetingId: url.searchParams.get('meeting') }
          : { role: 'main' },
      )
      request.on('close', () => streams.delete(response))
      return
    }
    if (request.method === 'GET' && url.pathname === '/host-bridge.js') {
      response.writeHead(200, {
        ...rendererSecurityHeaders,
        'Content-Type': 'text/javascript; charset=utf-8',
      })
      response.end(options.bridgeScript)
      return
    }
    if (request.method === 'GET') {
      const file = await readRendererFile(options.rendererFolder, url.pathname)
      if (!file) {
        response.writeHead(404).end()
        return
      }
      // The note frame is given nothing of main's: it talks to the page alone.
      const bridged = file.contentType.startsWith('text/html') && url.pathname !== noteFramePath
      const body = bridged ? withBridge(file.body) : file.body
      response.writeHead(200, { ...securityHeadersFor(url.pathname), 'Content-Type': file.contentType })
      response.end(body)
      return
    }
    response.writeHead(405).end()
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  expectedHost = `127.0.0.1:${port}`

  return {
    url: `http://${expectedHost}/`,
    emit: (event, payload) => {
      const listening = [...streams].filter(([, window]) => hears(window, event, payload))
      if (listening.length === 0) return
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
      for (const [stream] of listening) stream.write(frame)
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams.keys()) stream.end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/**
 * The page bridge must define window.convene before the app's module script runs: a deferred classic script
 * first, which runs before the module scripts after it (deferred scripts and module scripts run in the
 * order they appear), without holding up the reading of the page and the fetching of the app's code, as
 * Electron's preload does not.
 */
function withBridge(html: Buffer): Buffer {
  const text = html.toString('utf8')
  return Buffer.from(
    text.replace('<head>', '<head>\n    <script defer src="/host-bridge.js"></script>'),
    'utf8',
  )
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) {
        reject(new Error('request too large'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}
