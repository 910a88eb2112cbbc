import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { Result } from '../../shared/util/result.ts'
import { MeetingProvider, useMeetingContext, useSaveState } from '../../renderer/meeting/meeting-context.tsx'
import { aMeetingForRenderer } from './meeting.ts'

afterEach(() => {
  delete (window as { convene?: unknown }).convene
})

function Probe() {
  const save = useSaveState()
  const { send } = useMeetingContext()
  return (
    <>
      <p data-testid="state">{save.state}</p>
      <button
        type="button"
        onClick={() => void send({ type: 'update-details', patch: { location: 'Room 4' } })}
      >
        change
      </button>
    </>
  )
}

describe('the save indicator of a meeting', () => {
  it('says saving while a change is on its way, and saved only when main has answered', async () => {
    const meeting = aMeetingForRenderer()
    let answer: (result: Result<Meeting>) => void = () => undefined
    Object.defineProperty(window, 'convene', {
      configurable: true,
      value: {
        meetings: { apply: () => new Promise<Result<Meeting>>((resolve) => (answer = resolve)) },
        on: () => () => undefined,
      },
    })
    render(
      <MeetingProvider meeting={meeting} recovery={null} accept={() => undefined}>
        <Probe />
      </MeetingProvider>,
    )
    expect(screen.getByTestId('state').textContent).toBe('saved')
    act(() => screen.getByText('change').click())
    expect(screen.getByTestId('state').textContent).toBe('saving')
    await act(async () => answer({ ok: true, value: { ...meeting, revision: 1 } }))
    expect(screen.getByTestId('state').textContent).toBe('saved')
  })

  it('keeps a change refused on a full disk when the meeting is closed, and says so when it is opened again', async () => {
    const meeting = { ...aMeetingForRenderer(), id: crypto.randomUUID() }
    const sent: unknown[] = []
    let full = true
    Object.defineProperty(window, 'convene', {
      configurable: true,
      value: {
        meetings: {
          apply: async (_id: string, command: unknown): Promise<Result<Meeting>> => {
            sent.push(command)
            return full
              ? { ok: false, error: { code: 'disk-full', message: 'The disk is full.' } }
              : { ok: true, value: { ...meeting, location: 'Room 4', revision: 1 } }
          },
        },
        on: () => () => undefined,
      },
    })
    const open = () =>
      render(
        <MeetingProvider meeting={meeting} recovery={null} accept={() => undefined}>
          <Probe />
          <Pending />
        </MeetingProvider>,
      )
    const first = open()
    await act(async () => screen.getByText('change').click())
    expect(screen.getByTestId('state').textContent).toBe('not-saved')
    first.unmount()

    open()
    expect(screen.getByTestId('state').textContent).toBe('not-saved')
    expect(screen.getByTestId('pending').textContent).toBe('update-details')
    full = false
    await act(async () => screen.getByText('change').click())
    expect(screen.getByTestId('state').textContent).toBe('saved')
    // The one kept while the meeting was closed, then the new one.
    expect(sent).toHaveLength(3)
  })
})

function Pending() {
  const { pending } = useMeetingContext()
  return (
    <p data-testid="pending">
      {pending()
        .map((command) => command.type)
        .join(',')}
    </p>
  )
}
