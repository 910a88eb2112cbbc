import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Recipient } from '../../shared/handover/handover.ts'
import { DistributionEditor } from '../../renderer/handover/distribution-editor.tsx'

const anna: Recipient = {
  id: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
  name: 'Anna Kowalska',
  role: 'Mother',
  group: 'family',
  copy: 'family',
  how: 'email',
  reason: '',
  email: '',
  address: '',
  doNotDisclose: false,
}

/** A main whose list comes when the test says (a slow disk), and which keeps what it is given. */
function slowList(): { readonly arrive: () => void } {
  let arrive = (): void => undefined
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: {
      handover: {
        distribution: () =>
          new Promise((resolve) => {
            arrive = () => resolve({ ok: true, value: [anna] })
          }),
        updateDistribution: async (_id: string, recipients: Recipient[]) => ({ ok: true, value: recipients }),
      },
    },
  })
  return { arrive: () => arrive() }
}

/** A main whose list is read at once, and whose saves answer when the test says; what it was given is kept. */
function slowSaves(): { readonly answer: () => Promise<void>; readonly given: Recipient[][] } {
  const waiting: Array<() => void> = []
  const given: Recipient[][] = []
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: {
      handover: {
        distribution: async () => ({ ok: true, value: [anna] }),
        updateDistribution: (_id: string, recipients: Recipient[]) =>
          new Promise((resolve) => {
            given.push(recipients)
            waiting.push(() => resolve({ ok: true, value: recipients }))
          }),
      },
    },
  })
  return {
    given,
    answer: async () => {
      await act(async () => waiting.shift()?.())
    },
  }
}

afterEach(() => {
  delete (window as { convene?: unknown }).convene
})

describe('who gets which copy', () => {
  it('takes no one added until the list has been read, so nothing typed is overwritten by it', async () => {
    const main = slowList()
    render(<DistributionEditor handoverId="h" familyName="Kowalski" onClose={() => undefined} />)
    const add = screen.getByRole('button', { name: /Add someone/ })
    // Clicked as the dialog opens: nothing is added that the list, arriving, would throw away.
    fireEvent.click(add)
    expect(screen.queryByRole('group', { name: 'Someone added' })).toBeNull()
    expect((add as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByRole('progressbar', { name: 'Reading the list' })).toBeTruthy()

    main.arrive()
    await waitFor(() =>
      expect((screen.getByRole('button', { name: /Add someone/ }) as HTMLButtonElement).disabled).toBe(false),
    )
    fireEvent.click(screen.getByRole('button', { name: /Add someone/ }))
    expect(screen.getByRole('group', { name: 'Anna Kowalska' })).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Someone added' })).toBeTruthy()
  })

  it('keeps what is typed while the list is being saved, and saves that too', async () => {
    const main = slowSaves()
    render(<DistributionEditor handoverId="h" familyName="Kowalski" onClose={() => undefined} />)
    const email = await screen.findByRole('textbox', { name: 'Email' })
    fireEvent.change(email, { target: { value: 'anna@example.org' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the list' }))
    // The disk is slow: the address is put right before the save answers.
    fireEvent.change(email, { target: { value: 'anna.k@example.org' } })
    await main.answer()
    expect((email as HTMLInputElement).value).toBe('anna.k@example.org')
    await main.answer()
    expect(main.given.map((list) => list[0]?.email)).toEqual(['anna@example.org', 'anna.k@example.org'])
    expect((email as HTMLInputElement).value).toBe('anna.k@example.org')
    expect(screen.getByRole('status').textContent).toBe('Saved.')
  })
})
