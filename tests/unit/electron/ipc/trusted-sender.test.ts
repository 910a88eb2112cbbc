import { describe, expect, it } from 'vitest'
import { isTrustedSender, mayCall } from '../../../../electron/ipc/trusted-sender.ts'

const trusted = {
  windows: new Map([
    [7, 'main' as const],
    [9, 'presenter' as const],
  ]),
  origins: ['app://convene'],
}
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

describe('mayCall', () => {
  const family = { 'meetings.roomView': 'shown-meeting', 'app.info': 'any' } as const
  const shown = '11111111-1111-4111-8111-111111111111'
  const other = '22222222-2222-4222-8222-222222222222'

  it('lets the presenter window reach only the family-safe channels', () => {
    const call = { args: [shown], shownMeeting: shown }
    expect(mayCall('presenter', 'meetings.roomView', family, call)).toBe(true)
    expect(mayCall('presenter', 'app.info', family)).toBe(true)
    expect(mayCall('presenter', 'meetings.get', family, call)).toBe(false)
    expect(mayCall('presenter', 'meetings.apply', family, call)).toBe(false)
    expect(mayCall('presenter', 'toString', family, call)).toBe(false)
    expect(mayCall('main', 'meetings.get', family)).toBe(true)
  })

  it("lets the room's window ask only about the meeting it shows", () => {
    expect(mayCall('presenter', 'meetings.roomView', family, { args: [other], shownMeeting: shown })).toBe(
      false,
    )
    expect(mayCall('presenter', 'meetings.roomView', family, { args: [shown], shownMeeting: null })).toBe(
      false,
    )
  })
})
