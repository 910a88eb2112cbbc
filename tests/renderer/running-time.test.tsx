import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AgendaRail } from '../../renderer/live/agenda-rail.tsx'
import { aMeetingForRenderer } from './meeting.ts'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
  vi.setSystemTime(new Date('2026-12-02T10:05:00.000Z'))
})
afterEach(() => vi.useRealTimers())

function aRunningMeetingRail() {
  const meeting = aMeetingForRenderer()
  const first = meeting.agenda[0]?.key ?? ''
  render(
    <AgendaRail
      live={{
        startedAt: '2026-12-02T10:00:00.000Z',
        endedAt: null,
        currentSectionKey: first,
        visits: [{ sectionKey: first, from: '2026-12-02T10:03:00.000Z', until: null }],
      }}
      agenda={meeting.agenda}
      noteCounts={new Map()}
      onGoTo={() => undefined}
      onStart={() => undefined}
      onEnd={() => undefined}
      onResume={() => undefined}
    />,
  )
}

describe('the meeting’s clock in the agenda', () => {
  it('runs on each second, for the meeting and for the part it is on', () => {
    aRunningMeetingRail()
    expect(screen.getByText('5:00')).toBeTruthy()
    expect(screen.getByText('2:00')).toBeTruthy()
    act(() => vi.advanceTimersByTime(2000))
    expect(screen.getByText('5:02')).toBeTruthy()
    expect(screen.getByText('2:02')).toBeTruthy()
  })

  it('says the meeting’s time in words to a screen reader, and the digits only to the eye', () => {
    aRunningMeetingRail()
    expect(screen.getByText('5 minutes')).toBeTruthy()
    expect(screen.getByText('5:00').getAttribute('aria-hidden')).toBe('true')
    act(() => vi.advanceTimersByTime(60_000))
    expect(screen.getByText('6 minutes')).toBeTruthy()
  })

  it('shows nothing beside a part of the agenda not yet reached', () => {
    aRunningMeetingRail()
    const later = screen.getAllByRole('listitem').at(-1)
    expect(later?.textContent).not.toMatch(/\d:\d\d/)
  })
})
