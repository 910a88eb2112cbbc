import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UnlockScreen } from '../../renderer/vault/unlock-screen.tsx'

afterEach(() => {
  delete (window as { convene?: unknown }).convene
})

function aMain() {
  const create = vi.fn(async () => ({ ok: true, value: { state: 'unlocked', protection: 'passphrase' } }))
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: { vault: { create, unlock: vi.fn() }, on: () => () => undefined },
  })
  return { create }
}

describe('the set-a-passphrase screen', () => {
  it('says, as it is typed, that a passphrase is quick to guess, and refuses it with a reason and a suggestion', async () => {
    const { create } = aMain()
    const user = userEvent.setup()
    render(
      <UnlockScreen
        status={{ state: 'needs-setup', protection: 'passphrase' }}
        onUnlocked={() => undefined}
      />,
    )
    await user.type(screen.getByLabelText(/^Passphrase/), 'password12')
    await waitFor(() =>
      expect(screen.getByText(/Not strong enough yet\. This is an often used password\./)).toBeTruthy(),
    )
    await user.type(screen.getByLabelText('Type the passphrase again *'), 'password12')
    await user.click(screen.getByRole('button', { name: 'Set passphrase and continue' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(
      /^That passphrase would be quick to guess\. This is an often used password\./,
    )
    expect(alert.textContent).toContain('Try three or four ordinary words')
    expect(create).not.toHaveBeenCalled()
  })

  it('says a few ordinary words are strong enough, and sets them', async () => {
    const { create } = aMain()
    const user = userEvent.setup()
    render(
      <UnlockScreen
        status={{ state: 'needs-setup', protection: 'passphrase' }}
        onUnlocked={() => undefined}
      />,
    )
    await user.type(screen.getByLabelText(/^Passphrase/), 'marble teapot horizon')
    await waitFor(() => expect(screen.getByText('Strong enough.')).toBeTruthy())
    await user.type(screen.getByLabelText('Type the passphrase again *'), 'marble teapot horizon')
    await user.click(screen.getByRole('button', { name: 'Set passphrase and continue' }))
    await waitFor(() => expect(create).toHaveBeenCalledWith({ passphrase: 'marble teapot horizon' }))
  })

  it('tells the user why the next try will wait, after wrong passphrases', () => {
    aMain()
    render(
      <UnlockScreen
        status={{ state: 'locked', protection: 'passphrase', waitSeconds: 8 }}
        onUnlocked={() => undefined}
      />,
    )
    expect(
      screen.getByText(/After wrong passphrases, Convene waits 8 seconds before checking the next one/),
    ).toBeTruthy()
  })
})
