import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ConferenceMeetingValue, Meeting } from '../../shared/meeting/meeting.ts'
import { MeetingProvider } from '../../renderer/meeting/meeting-context.tsx'
import { PlanSection } from '../../renderer/decision/plan-section.tsx'
import { defaultSettings } from '../../shared/settings/settings.ts'
import { aMeetingForRenderer } from './meeting.ts'

afterEach(() => {
  delete (window as { convene?: unknown }).convene
  document.body.replaceChildren()
})

const person = (id: string, name: string, group: 'family' | 'professional', role: string) => ({
  id,
  name,
  group,
  role,
  agency: '',
  email: '',
  attendance: { status: 'present' as const, from: null, until: null, reason: '' },
})

/** A conference with a chair, a minute taker, a social worker and two parents. */
function theConference(): ConferenceMeetingValue {
  const meeting = aMeetingForRenderer() as ConferenceMeetingValue
  return {
    ...meeting,
    participants: [
      person('a0000000-0000-4000-8000-000000000001', 'Helen Okafor', 'professional', 'Chair'),
      person('a0000000-0000-4000-8000-000000000002', 'Jamie Reid', 'professional', 'Minute taker'),
      person('a0000000-0000-4000-8000-000000000003', 'Priya Shah', 'professional', 'Social worker'),
      person('a0000000-0000-4000-8000-000000000004', 'Anna Wiśniewska', 'family', 'Mother'),
      person('a0000000-0000-4000-8000-000000000005', 'Piotr Wiśniewski', 'family', 'Father'),
    ],
    chairId: 'a0000000-0000-4000-8000-000000000001',
    minuteTakerId: 'a0000000-0000-4000-8000-000000000002',
  }
}

/** Main, whose saves answer when the test says; each save's core group is kept. */
function slowMain(start: ConferenceMeetingValue) {
  let current = start
  const sent: Array<ReadonlyArray<string>> = []
  const waiting: Array<() => void> = []
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: {
      on: () => () => undefined,
      settings: { get: async () => ({ ok: true, value: defaultSettings() }) },
      meetings: {
        apply: (_id: string, command: { patch: { coreGroupIds: ReadonlyArray<string> } }) =>
          new Promise((resolve) => {
            sent.push(command.patch.coreGroupIds)
            waiting.push(() => {
              current = {
                ...current,
                revision: current.revision + 1,
                record: {
                  ...current.record,
                  planFrame: { ...current.record.planFrame, coreGroupIds: [...command.patch.coreGroupIds] },
                },
              }
              resolve({ ok: true, value: current })
            })
          }),
      },
    },
  })
  return { sent, answer: async () => act(async () => waiting.shift()?.()) }
}

function Held({ start }: { readonly start: ConferenceMeetingValue }) {
  const [meeting, setMeeting] = useState<Meeting>(start)
  return (
    <MeetingProvider meeting={meeting} recovery={null} accept={setMeeting}>
      <PlanSection />
    </MeetingProvider>
  )
}

describe('the core group', () => {
  it('keeps every tick made while earlier ones are saving, and offers neither the chair nor the minute taker', async () => {
    const start = theConference()
    const { sent, answer } = slowMain(start)
    render(<Held start={start} />)
    const core = screen.getByRole('group', { name: 'Core group' })
    const box = (name: string): HTMLElement => within(core).getByLabelText(name)
    expect(within(core).queryByLabelText('Helen Okafor')).toBeNull()
    expect(within(core).queryByLabelText('Jamie Reid')).toBeNull()
    fireEvent.click(box('Anna Wiśniewska'))
    fireEvent.click(box('Piotr Wiśniewski'))
    // The first save answers; then a third tick, before the second has answered.
    await answer()
    fireEvent.click(box('Priya Shah'))
    await answer()
    await answer()
    const everyone = [
      'a0000000-0000-4000-8000-000000000004',
      'a0000000-0000-4000-8000-000000000005',
      'a0000000-0000-4000-8000-000000000003',
    ]
    expect(sent.at(-1)).toEqual(everyone)
    for (const name of ['Anna Wiśniewska', 'Piotr Wiśniewski', 'Priya Shah'])
      expect((box(name) as HTMLInputElement).checked).toBe(true)
  })
})
