import { describe, expect, it } from 'vitest'
import { formatRoute, parseRoute, type Route } from '../../renderer/app/router.ts'

describe('the screens in the address bar', () => {
  it('reads back every screen it writes, the safeguarding contacts in Settings included', () => {
    const id = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b'
    const routes: ReadonlyArray<Route> = [
      { screen: 'meetings' },
      { screen: 'new-meeting' },
      { screen: 'settings' },
      { screen: 'settings', section: 'safeguarding' },
      { screen: 'meeting', meetingId: id, tab: 'live' },
      { screen: 'presenter', meetingId: id },
      { screen: 'case', caseId: id },
      { screen: 'case', caseId: id, concernId: id },
    ]
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route)
    expect(formatRoute({ screen: 'settings', section: 'safeguarding' })).toBe('#/settings/safeguarding')
  })
})
