import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ukDateOf } from '../../shared/dates/british-date.ts'
import { addDays } from '../../shared/calendar/working-days.ts'
import { MeetingProvider } from '../../renderer/meeting/meeting-context.tsx'
import { ReadinessPanel } from '../../renderer/decision/readiness-panel.tsx'
import { aMeetingForRenderer } from './meeting.ts'

afterEach(() => {
  delete (window as { convene?: unknown }).convene
  document.body.replaceChildren()
})

function panelFor(date: string): void {
  Object.defineProperty(window, 'convene', { configurable: true, value: { on: () => () => undefined } })
  render(
    <MeetingProvider meeting={{ ...aMeetingForRenderer(), date }} recovery={null} accept={() => undefined}>
      <ReadinessPanel items={[]} navigate={() => undefined} />
    </MeetingProvider>,
  )
}

describe('the panel that says whether the record is ready to sign', () => {
  it('never says ready to sign before the meeting’s day, when signing is refused', () => {
    panelFor(addDays(ukDateOf(new Date()), 1))
    expect(screen.getByRole('status').textContent).toBe('Nothing is missing so far.')
    expect(screen.queryByText(/ready for the chair to sign/)).toBeNull()
    expect(screen.getByText(/can be signed from that day, not before/)).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Sign off the record…' }) as HTMLButtonElement).disabled).toBe(
      true,
    )
  })

  it('says ready to sign from the meeting’s day', () => {
    panelFor(ukDateOf(new Date()))
    expect(screen.getByRole('status').textContent).toBe(
      'Nothing is missing. The record is ready for the chair to sign.',
    )
  })
})
