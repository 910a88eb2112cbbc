import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatRoute, parseRoute, useRoute, type Route } from '../../renderer/app/router.ts'

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

describe('going to another screen', () => {
  it('changes the screen in the click itself, before the browser reports the new address', () => {
    window.location.hash = '#/settings'
    const { result } = renderHook(() => useRoute())
    expect(result.current[0]).toEqual({ screen: 'settings' })
    const seen: Route[] = []
    act(() => {
      result.current[1]({ screen: 'new-meeting' })
    })
    // No hashchange event has run yet (it is a task away); the screen is already the new one.
    seen.push(result.current[0])
    expect(seen).toEqual([{ screen: 'new-meeting' }])
    expect(window.location.hash).toBe(formatRoute({ screen: 'new-meeting' }))
  })

  it('keeps the route as it is when the browser then reports the address it already shows', async () => {
    window.location.hash = '#/meetings'
    const { result } = renderHook(() => useRoute())
    act(() => result.current[1]({ screen: 'case', caseId: 'a-case' }))
    const shown = result.current[0]
    await act(async () => {
      window.dispatchEvent(new HashChangeEvent('hashchange'))
      await Promise.resolve()
    })
    expect(result.current[0]).toBe(shown)
  })
})
