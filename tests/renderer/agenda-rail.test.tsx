import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AgendaRail } from '../../renderer/live/agenda-rail.tsx'
import { aMeetingForRenderer } from './meeting.ts'

function anEndedMeetingRail(onResume: (() => void) | null) {
  const meeting = aMeetingForRenderer()
  render(
    <AgendaRail
      live={{
        ...meeting.live,
        startedAt: '2026-12-02T10:00:00.000Z',
        endedAt: '2026-12-02T11:30:00.000Z',
      }}
      agenda={meeting.agenda}
      noteCounts={new Map()}
      onGoTo={() => undefined}
      onStart={() => undefined}
      onEnd={() => undefined}
      onResume={onResume}
    />,
  )
}

describe('the agenda rail once the meeting has ended', () => {
  it('offers to carry on the meeting while the minutes are open', () => {
    anEndedMeetingRail(() => undefined)
    expect(screen.getByText('The meeting has ended.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Carry on the meeting' })).toBeTruthy()
  })

  it('does not offer it once the minutes are signed (the store would refuse it)', () => {
    anEndedMeetingRail(null)
    expect(screen.getByText('The meeting has ended.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Carry on the meeting' })).toBeNull()
  })
})
