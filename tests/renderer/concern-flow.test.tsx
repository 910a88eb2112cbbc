import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyCaseCommand, type CaseCommand } from '../../shared/case/case-commands.ts'
import { blankCaseRecord, type CaseRecord } from '../../shared/case/case-record.ts'
import type { CaseView } from '../../shared/meeting/case-view.ts'
import { defaultSafeguardingContacts } from '../../shared/settings/safeguarding-contacts.ts'
import { ConcernFlow } from '../../renderer/safeguarding/concern-flow.tsx'

afterEach(() => {
  delete (window as { convene?: unknown }).convene
})

/**
 * A main that keeps one mediation case's record as the real one does (every command through the case's
 * own rules), answering each change after `delayMs`: as slow as a busy laptop.
 */
function aMain(delayMs = 0) {
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
      safeguarding: { due: async () => ({ ok: true, value: [] }) },
      on: () => () => undefined,
    },
  })
  return { applied, record: () => record }
}

const flow = () =>
  render(<ConcernFlow caseId="case-1" concernId={null} meetingId={null} onClose={() => undefined} />)

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
})
