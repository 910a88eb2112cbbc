import { protocol } from 'electron'
import { readRendererFile } from '../services/renderer-files.ts'
import { securityHeadersFor } from '../services/content-security-policy.ts'

/** The scheme and host the packaged renderer is served from: app://convene/. */
export const appOrigin = 'app://convene'

/**
 * Must run before the app is ready: makes app:// a standard, secure scheme (so the page gets a real origin),
 * whose scripts V8 may keep compiled in the app's cache between starts (codeCache), as it does for a web
 * site's: from the second start on, the first screen's code is not parsed and compiled again.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        codeCache: true,
      },
    },
  ])
}

/**
 * Serves the renderer build from disk under app://convene/ with the security headers, rather than file://
 * (which would give the page the whole disk as its origin).
 */
export function serveRenderer(rendererFolder: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url)
    if (url.host !== 'convene') return new Response('Not found', { status: 404 })
    const file = await readRendererFile(rendererFolder, url.pathname)
    if (!file) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...securityHeadersFor(url.pathname), 'Content-Type': file.contentType },
    })
  })
}
