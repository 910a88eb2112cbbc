import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DeskRow } from '../../shared/handover/desk-due.ts'
import { HandoverDesk } from '../../renderer/handover/handover-desk.tsx'

const row = (patch: Partial<DeskRow>): DeskRow => ({
  handoverId: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
  meetingId: '2c4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
  familyName: 'Kowalski',
  kind: 'icpc',
  date: '2026-11-20',
  version: 1,
  status: 'signed',
  dates: [],
  corrections: [],
  correctionsOpenUntil: null,
  ...patch,
})

const due = (key: string, patch: object) => ({
  key,
  label: key,
  due: '2026-11-23',
  done: false,
  overdue: false,
  dueToday: false,
  words: 'In 1 working day',
  ...patch,
})

/** A main with these rows on its desk, and a system that lets Convene notify. */
function withDesk(rows: ReadonlyArray<DeskRow>) {
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: {
      desk: { due: async () => ({ ok: true, value: rows }) },
      identity: {
        get: async () => ({ ok: true, value: { receivesHandovers: true, role: 'administrator' } }),
      },
      handover: { open: vi.fn() },
    },
  })
  const shown: Array<{ title: string; body: string }> = []
  class FakeNotification {
    static permission = 'granted'
    static requestPermission = async () => 'granted'
    constructor(title: string, options: { body: string }) {
      shown.push({ title, body: options.body })
    }
  }
  Object.defineProperty(globalThis, 'Notification', { configurable: true, value: FakeNotification })
  return shown
}

afterEach(() => {
  delete (window as { convene?: unknown }).convene
  delete (globalThis as { Notification?: unknown }).Notification
})

describe('the desk on the home screen', () => {
  it('counts what is overdue and due today, and notifies once, naming no family', async () => {
    const shown = withDesk([
      row({
        dates: [
          due('decision-to-attendees', { overdue: true, words: '2 working days overdue' }),
          due('minutes-distributed', { dueToday: true, words: 'Due today' }),
        ],
      }),
    ])
    render(<HandoverDesk navigate={() => undefined} />)
    expect(await screen.findByText('1 overdue, 1 due today')).toBeDefined()
    expect(shown).toEqual([
      {
        title: 'Convene: something is due today',
        body: '1 thing is due today on the desk. Open Convene to see.',
      },
    ])
    expect(JSON.stringify(shown)).not.toContain('Kowalski')
  })

  it('notifies nothing when nothing falls due today', async () => {
    const shown = withDesk([
      row({ dates: [due('minutes-distributed', { overdue: true, words: '3 working days overdue' })] }),
    ])
    render(<HandoverDesk navigate={() => undefined} />)
    expect(await screen.findByText('1 overdue')).toBeDefined()
    expect(shown).toEqual([])
  })
})
