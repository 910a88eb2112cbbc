/**
 * The renderer's Content-Security-Policy, sent as a header by the app's protocol handler and by the test
 * host, and written into the built index.html. Scripts only from the app itself; no network at all
 * (connect-src 'self' is the app's own origin, which in the packaged app is served from disk). Styles allow
 * inline because MUI's styling engine (Emotion) inserts <style> elements at run time; see docs/security.md.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "worker-src 'none'",
  // The note frame (capture.html), the one frame the app has; nothing else may be framed.
  "frame-src 'self'",
  "child-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (browsers ignore it there). */
export const contentSecurityPolicyForMeta = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')

/** Headers every renderer response carries. */
export const rendererSecurityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}

/**
 * The note frame's policy: its own script and inline styles only, and framed by the app alone. It is
 * sandboxed by the page (no origin, no storage, no reaching into the page), and it reaches nothing: it has
 * no connect-src, and what it knows comes through the one port the page gives it.
 */
export const noteFrameSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'unsafe-inline'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ')

/** The note frame's page, the one page the app lets be framed (by itself). */
export const noteFramePath = '/capture.html'

/** True for the one frame the app lets load: its note frame, from the page's own origin. */
export function isNoteFrame(frameUrl: string, pageUrl: string): boolean {
  if (!URL.canParse(frameUrl) || !URL.canParse(pageUrl)) return false
  const frame = new URL(frameUrl)
  const page = new URL(pageUrl)
  // Scheme and host, not `origin`: Node's URL gives 'null' as the origin of app:// (not a special scheme).
  const sameSite = frame.protocol === page.protocol && frame.host === page.host && frame.host !== ''
  return sameSite && ['app:', 'http:'].includes(frame.protocol) && frame.pathname === noteFramePath
}

/** The headers for a file of the renderer build, by its path. */
export function securityHeadersFor(urlPath: string): Readonly<Record<string, string>> {
  return urlPath === noteFramePath
    ? { ...rendererSecurityHeaders, 'Content-Security-Policy': noteFrameSecurityPolicy }
    : rendererSecurityHeaders
}

/** Content types of the files the renderer build contains. */
export function contentTypeOf(path: string): string {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    mjs: 'text/javascript; charset=utf-8',
    css: 'text/css; charset=utf-8',
    json: 'application/json; charset=utf-8',
    svg: 'image/svg+xml',
    png: 'image/png',
    ico: 'image/x-icon',
    woff2: 'font/woff2',
    woff: 'font/woff',
    txt: 'text/plain; charset=utf-8',
  }
  return types[extension] ?? 'application/octet-stream'
}
