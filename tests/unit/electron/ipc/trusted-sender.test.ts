import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../../electron/ipc/trusted-sender.ts'

const trusted = { webContentsIds: new Set([7]), origins: ['app://convene'] }
const ours = { webContentsId: 7, frameUrl: 'app://convene/index.html#/meetings', isMainFrame: true }

describe('isTrustedSender', () => {
  it('accepts our window, our origin, its main frame', () => {
    expect(isTrustedSender(ours, trusted)).toBe(true)
  })
  it('refuses an iframe', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false }, trusted)).toBe(false)
  })
  it('refuses another web contents', () => {
    expect(isTrustedSender({ ...ours, webContentsId: 8 }, trusted)).toBe(false)
  })
  it('refuses a page from another origin, even in our window', () => {
    expect(isTrustedSender({ ...ours, frameUrl: 'https://example.org/' }, trusted)).toBe(false)
    expect(isTrustedSender({ ...ours, frameUrl: 'app://evil/index.html' }, trusted)).toBe(false)
    expect(isTrustedSender({ ...ours, frameUrl: 'file:///etc/passwd' }, trusted)).toBe(false)
  })
  it('refuses a frame that has gone', () => {
    expect(isTrustedSender({ ...ours, frameUrl: null }, trusted)).toBe(false)
  })
  it('accepts the dev server only when it is listed', () => {
    const dev = { ...ours, frameUrl: 'http://localhost:5173/' }
    expect(isTrustedSender(dev, trusted)).toBe(false)
    expect(isTrustedSender(dev, { ...trusted, origins: ['app://convene', 'http://localhost:5173'] })).toBe(
      true,
    )
  })
})
