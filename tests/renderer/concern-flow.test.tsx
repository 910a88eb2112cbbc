import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyCaseCommand, type CaseCommand } from '../../shared/case/case-commands.ts'
import { blankCaseRecord, type CaseRecord } from '../../shared/case/case-record.ts'
import { concernDeadlines } from '../../shared/case/safeguarding-deadlines.ts'
import { bundledCalendar } from '../../shared/calendar/bank-holidays.ts'
import type { CaseView } from '../../shared/meeting/case-view.ts'
import { defaultSafeguardingContacts } from '../../shared/settings/safeguarding-contacts.ts'
import { ConcernFlow } from '../../renderer/safeguarding/concern-flow.tsx'
import { announceConcernOpened } from '../../renderer/safeguarding/concern-opened.ts'
import { renderHook, act as actOn } from '@testing-library/react'
import { usePausedSave } from '../../renderer/case/use-case.ts'

afterEach(() => {
  delete (window as { convene?: unknown }).convene
})

/**
 * A main that keeps one mediation case's record as the real one does (every command through the case's
 * own rules), answering each change after `delayMs`: as slow as a busy laptop.
 */
function aMain(delayMs = 0, failFirst: string | null = null) {
  let record: CaseRecord = blankCaseRecord()
  const applied: CaseCommand[] = []
  const view = (): CaseView => ({
    id: 'case-1',
    family: 'mediation',
    familyName: 'Nowak',
    caseLabel: 'Mediation',
    stage: null,
    record,
    damagedFrom: null,
    restored: false,
    meetings: [],
    parties: [],
    childNames: ['Zofia', 'Ciarán'],
    cautions: [],
    startProblems: {},
    timeline: [],
  })
  const apply = vi.fn(async (_caseId: string, command: CaseCommand) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (command.type === failFirst) {
      failFirst = null
      return {
        ok: false as const,
        error: { code: 'io', message: 'The disk is full. Free some space, then choose Try again.' },
      }
    }
    const next = applyCaseCommand(record, command, new Date().toISOString())
    if (!next.ok) return next
    record = next.value
    applied.push(command)
    return { ok: true as const, value: view() }
  })
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: {
      cases: { get: async () => ({ ok: true, value: view() }), apply },
      settings: {
        get: async () => ({ ok: true, value: { safeguardingContacts: defaultSafeguardingContacts() } }),
      },
      // What is due, worked out as main does (for the england-and-wales calendar).
      safeguarding: {
        due: async () => ({
          ok: true,
          value: record.concerns.flatMap((concern) =>
            concernDeadlines(concern, bundledCalendar('england-and-wales')).map((item) => ({
              ...item,
              caseId: 'case-1',
              familyName: 'Nowak',
              passed: item.now,
              near: false,
            })),
          ),
        }),
      },
      on: () => () => undefined,
    },
  })
  return { applied, record: () => record }
}

const flow = (onClose: () => void = () => undefined) =>
  render(<ConcernFlow caseId="case-1" concernId={null} meetingId={null} onClose={onClose} />)

describe('the safeguarding flow', () => {
  it('keeps what is typed before the concern has been raised, and records it as soon as it is', async () => {
    const main = aMain(300)
    const user = userEvent.setup({ delay: null })
    flow()
    // Typed at once, while the raise is still on its way to main.
    await user.type(await screen.findByLabelText('In the person’s own words'), 'Dad hit Zofia with a belt.')
    await user.type(screen.getByLabelText('Who said it'), 'Katarzyna')
    await waitFor(
      () => expect(main.record().concerns[0]?.disclosure?.words).toBe('Dad hit Zofia with a belt.'),
      {
        timeout: 4000,
      },
    )
    await waitFor(() => expect(main.record().concerns[0]?.disclosure?.saidBy).toBe('Katarzyna'), {
      timeout: 4000,
    })
    expect(main.applied.filter((command) => command.type === 'raise-concern')).toHaveLength(1)
  })

  it('offers the case’s children for ‘About which child’, and any other name can be typed', async () => {
    aMain()
    const user = userEvent.setup()
    flow()
    const child = await screen.findByLabelText('About which child')
    await user.click(child)
    await user.keyboard('{ArrowDown}')
    const options = await screen.findAllByRole('option')
    expect(options.map((option) => option.textContent)).toEqual(['Zofia', 'Ciarán'])
    await user.type(child, 'Aoife')
    expect((child as HTMLInputElement).value).toBe('Aoife')
  })

  it('puts a step’s buttons away once it is recorded, brings them back to change it, and says below the threshold the mediation can carry on', async () => {
    const main = aMain()
    const user = userEvent.setup()
    flow()
    await user.type(await screen.findByLabelText('In the person’s own words'), 'Mum shouted at Ciarán.')
    await user.click(screen.getByRole('button', { name: 'Record what was said' }))
    await user.click(await screen.findByRole('radio', { name: 'Significant harm, but not immediate' }))
    await user.click(screen.getByRole('button', { name: 'Record the assessment' }))
    const step = () => document.getElementById('concern-step-supervisor') as HTMLElement
    await waitFor(() => expect(step()).toBeTruthy())
    await user.click(within(step()).getByRole('button', { name: 'Done: I spoke to them' }))
    await waitFor(() => expect(within(step()).getByRole('status').textContent).toMatch(/^Done at /))
    expect(within(step()).queryByRole('button', { name: 'Done: I spoke to them' })).toBeNull()
    expect(within(step()).queryByLabelText(/^Note/)).toBeNull()
    await user.click(within(step()).getByRole('button', { name: 'Record a change' }))
    expect(within(step()).getByLabelText(/^Note/)).toBeTruthy()
    // An offer of self-referral still waits to hear how it went: its other answers stay.
    const selfReferral = document.getElementById('concern-step-self-referral') as HTMLElement
    await user.click(within(selfReferral).getByRole('button', { name: 'I offered it' }))
    await waitFor(() => expect(within(selfReferral).getByRole('status').textContent).toMatch(/^Offered at /))
    expect(
      within(selfReferral).getByRole('button', { name: 'The parent has referred themselves' }),
    ).toBeTruthy()
    expect(within(selfReferral).queryByRole('button', { name: 'I offered it' })).toBeNull()

    await user.click(screen.getByRole('radio', { name: 'Below the threshold for a referral' }))
    await user.type(screen.getByLabelText('Your reason (needed)'), 'A raised voice, once; no harm described.')
    await user.click(screen.getByRole('button', { name: 'Record it again, changed' }))
    expect(
      await screen.findByText(/the mediation can carry on once you have spoken to your supervisor/),
    ).toBeTruthy()
    expect(main.record().concerns[0]?.assessment?.level).toBe('below')
  })

  it('records a step once however it is clicked, offers Try again when it could not be saved, and asks before ending the mediation', async () => {
    const main = aMain(50, 'record-step')
    const user = userEvent.setup()
    flow()
    await user.type(await screen.findByLabelText('In the person’s own words'), 'Dad hit Zofia.')
    await user.click(screen.getByRole('button', { name: 'Record what was said' }))
    await user.click(await screen.findByRole('radio', { name: 'Significant harm, but not immediate' }))
    await user.click(screen.getByRole('button', { name: 'Record the assessment' }))
    const step = async (id: string) => {
      await waitFor(() => expect(document.getElementById(`concern-step-${id}`)).toBeTruthy())
      return document.getElementById(`concern-step-${id}`) as HTMLElement
    }
    // The disk full for the first step: the message offers Try again, which records it (once).
    await user.click(within(await step('supervisor')).getByRole('button', { name: 'Done: I spoke to them' }))
    await user.click(await screen.findByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(main.record().concerns[0]?.steps.supervisor?.outcome).toBe('done'))
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
    // A double click records once, and says nothing went wrong.
    await user.dblClick(
      within(await step('no-tip-off')).getByRole('button', { name: 'I will not tell the parents' }),
    )
    await waitFor(() => expect(main.record().concerns[0]?.steps['no-tip-off']).toBeTruthy())
    expect(screen.queryByText('This step is already recorded, with its time.')).toBeNull()
    // Ending asks first; 'Not now' ends nothing.
    await user.click(within(await step('end-mediation')).getByRole('button', { name: 'End the mediation' }))
    const confirm = await screen.findByRole('dialog', { name: 'End the mediation?' })
    await user.click(within(confirm).getByRole('button', { name: 'Not now' }))
    expect(main.record().withdrawal).toBeNull()
    await user.click(within(await step('end-mediation')).getByRole('button', { name: 'End the mediation' }))
    await user.click(
      within(await screen.findByRole('dialog', { name: 'End the mediation?' })).getByRole('button', {
        name: 'End the mediation',
      }),
    )
    await waitFor(() => expect(main.record().withdrawal).toMatchObject({ by: 'mediator' }))
    expect(screen.getByRole('region', { name: 'Other numbers' }).textContent).toContain(
      'Childline: 0800 1111',
    )
  })

  it('shows what was recorded when a concern is opened again (after a restart), and never saves an empty field over it', async () => {
    const main = aMain()
    const first = flow()
    await userEvent.setup().type(await screen.findByLabelText('In the person’s own words'), 'Dad hit Zofia.')
    await userEvent.setup().type(screen.getByLabelText('Who said it'), 'Katarzyna')
    await waitFor(() => expect(main.record().concerns[0]?.disclosure?.saidBy).toBe('Katarzyna'), {
      timeout: 4000,
    })
    first.unmount()
    const concernId = main.record().concerns[0]!.id
    render(<ConcernFlow caseId="case-1" concernId={concernId} meetingId={null} onClose={() => undefined} />)
    const words = (await screen.findByLabelText('In the person’s own words')) as HTMLTextAreaElement
    await waitFor(() => expect(words.value).toBe('Dad hit Zofia.'))
    expect((screen.getByLabelText('Who said it') as HTMLInputElement).value).toBe('Katarzyna')
    await new Promise((resolve) => setTimeout(resolve, 2200))
    expect(main.record().concerns[0]?.disclosure?.words).toBe('Dad hit Zofia.')
  })

  it('brings a step’s buttons back when it is owed again: a follow-up ‘not needed’, then a call after all', async () => {
    aMain()
    const user = userEvent.setup()
    flow()
    await user.type(await screen.findByLabelText('In the person’s own words'), 'Dad hit Zofia last night.')
    await user.click(screen.getByRole('button', { name: 'Record what was said' }))
    await user.click(await screen.findByRole('radio', { name: 'Immediate and significant harm' }))
    await user.click(screen.getByRole('button', { name: 'Record the assessment' }))
    const step = async (id: string) => {
      await waitFor(() => expect(document.getElementById(`concern-step-${id}`)).toBeTruthy())
      return document.getElementById(`concern-step-${id}`) as HTMLElement
    }
    await user.click(
      within(await step('written-follow-up')).getByRole('button', {
        name: 'Not needed: no telephone referral',
      }),
    )
    await waitFor(async () =>
      expect(
        within(await step('written-follow-up')).queryByRole('button', { name: 'Done: I sent it' }),
      ).toBeNull(),
    )
    await user.click(
      within(await step('duty-team')).getByRole('button', { name: 'Done: I contacted the duty team' }),
    )
    await waitFor(async () =>
      expect(
        within(await step('written-follow-up')).getByRole('button', { name: 'Done: I sent it' }),
      ).toBeTruthy(),
    )
  })

  it('takes what is typed the moment the flow opens, before its field is there, and keeps it out of the note box', async () => {
    const main = aMain()
    const note = document.createElement('textarea')
    document.body.append(note)
    note.focus()
    announceConcernOpened()
    for (const key of ['D', 'a', 'x', 'Backspace', 'd', ' ', 'h', 'i', 't']) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
      note.dispatchEvent(event)
      if (!event.defaultPrevented && key.length === 1) note.value += key
    }
    flow()
    const words = (await screen.findByLabelText('In the person’s own words')) as HTMLTextAreaElement
    expect(words.value).toBe('Dad hit')
    expect(note.value).toBe('')
    await userEvent.setup().type(words, ' me')
    await waitFor(() => expect(main.record().concerns[0]?.disclosure?.words).toBe('Dad hit me'), {
      timeout: 4000,
    })
    note.remove()
  })

  it('keeps every word typed while the raise failed (a full disk), and records them once Try again works', async () => {
    const main = aMain(0, 'raise-concern')
    const user = userEvent.setup()
    flow()
    await user.type(
      await screen.findByLabelText('In the person’s own words'),
      'Mum locks Kacper in the shed.',
    )
    await user.type(screen.getByLabelText('Who said it'), 'Zuzanna')
    await user.click(await screen.findByRole('button', { name: 'Try again' }))
    await waitFor(
      () =>
        expect(main.record().concerns[0]?.disclosure).toMatchObject({
          words: 'Mum locks Kacper in the shed.',
          saidBy: 'Zuzanna',
        }),
      { timeout: 4000 },
    )
    expect(main.applied.filter((command) => command.type === 'raise-concern')).toHaveLength(1)
  })

  it('withdraws a concern closed with nothing typed (opened by mistake), so it asks nothing more', async () => {
    const main = aMain()
    const closed = vi.fn()
    const user = userEvent.setup()
    flow(closed)
    await screen.findByLabelText('In the person’s own words')
    await waitFor(() => expect(main.record().concerns).toHaveLength(1))
    await user.click(screen.getByRole('button', { name: 'Back to where you were' }))
    expect(closed).toHaveBeenCalled()
    await waitFor(() =>
      expect(main.record().concerns[0]?.withdrawn).toMatchObject({
        reason: 'Closed before anything was recorded',
      }),
    )
  })
})

describe('saving a field as it is typed', () => {
  it('saves typing that runs on without a pause at least every two seconds', async () => {
    vi.useFakeTimers()
    try {
      const saved: string[] = []
      const { result } = renderHook(() => usePausedSave((text) => saved.push(text), 1500, 2000))
      for (let key = 0; key < 50; key += 1) {
        actOn(() => result.current.typed(`typed ${key}`))
        await vi.advanceTimersByTimeAsync(100)
      }
      expect(saved.length).toBeGreaterThanOrEqual(2)
    } finally {
      vi.useRealTimers()
    }
  })
})
