import { describe, expect, it } from 'vitest'
import { isNoteFrame, securityHeadersFor } from '../../../electron/services/content-security-policy.ts'

describe('the one frame the app lets load', () => {
  it('is the note frame from the page’s own origin, and nothing else', () => {
    expect(isNoteFrame('app://convene/capture.html', 'app://convene/index.html#/meetings')).toBe(true)
    expect(isNoteFrame('http://127.0.0.1:5173/capture.html', 'http://127.0.0.1:5173/')).toBe(true)
    expect(isNoteFrame('https://example.org/capture.html', 'app://convene/')).toBe(false)
    expect(isNoteFrame('app://convene/index.html', 'app://convene/')).toBe(false)
    expect(isNoteFrame('about:blank', 'app://convene/')).toBe(false)
    expect(isNoteFrame('data:text/html,<p>x</p>', 'app://convene/')).toBe(false)
    expect(isNoteFrame('not a url', 'app://convene/')).toBe(false)
  })

  it('is served framed by the app alone, and the app itself by no one', () => {
    expect(securityHeadersFor('/capture.html')['Content-Security-Policy']).toContain("frame-ancestors 'self'")
    expect(securityHeadersFor('/index.html')['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    expect(securityHeadersFor('/')['Content-Security-Policy']).toContain("frame-src 'self'")
  })
})
