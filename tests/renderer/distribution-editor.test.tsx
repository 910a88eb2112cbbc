import { fireEvent, render, screen, waitFor } from '@testing-library/react'
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
})
