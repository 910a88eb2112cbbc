import { render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppShell } from '../../renderer/app/app-shell.tsx'
import type { Route } from '../../renderer/app/router.ts'

beforeEach(() => {
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: {
      identity: { get: async () => ({ ok: true, value: { role: 'chair' } }) },
      on: () => () => undefined,
    },
  })
})
afterEach(() => {
  delete (window as { convene?: unknown }).convene
})

function currentIn(route: Route): Record<string, string | null> {
  const { unmount } = render(
    <AppShell route={route} navigate={() => undefined}>
      <p>Screen</p>
    </AppShell>,
  )
  const nav = screen.getByRole('navigation', { name: 'Main' })
  const current = Object.fromEntries(
    [...nav.querySelectorAll('button')].map((button) => [
      button.textContent ?? '',
      button.getAttribute('aria-current'),
    ]),
  )
  unmount()
  return current
}

describe('the frame’s navigation says where the user is', () => {
  it('marks the page, or the part of the app a meeting, case or record belongs to', () => {
    expect(currentIn({ screen: 'meetings' })).toMatchObject({ Meetings: 'page', Settings: null })
    expect(currentIn({ screen: 'settings' })).toMatchObject({ Meetings: null, Settings: 'page' })
    expect(currentIn({ screen: 'new-meeting' })).toMatchObject({ Meetings: null, 'New meeting': 'page' })
    expect(currentIn({ screen: 'meeting', meetingId: 'm1', tab: 'live' })).toMatchObject({
      Meetings: 'true',
      'New meeting': null,
    })
    expect(currentIn({ screen: 'case', caseId: 'c1' })).toMatchObject({ Meetings: 'true' })
  })
})
