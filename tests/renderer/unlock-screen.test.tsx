import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { keepEarlyKeys, takeEarlyKeys } from '../../renderer/app/early-keys.ts'
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

/** Main with a locked store that opens with 'marble teapot horizon' and refuses anything else. */
function aLockedMain() {
  const unlock = vi.fn(async ({ passphrase }: { passphrase: string }) =>
    passphrase === 'marble teapot horizon'
      ? { ok: true, value: { state: 'unlocked', protection: 'passphrase' } }
      : { ok: false, error: { code: 'wrong-passphrase', message: 'That passphrase is not right.' } },
  )
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: { vault: { create: vi.fn(), unlock }, on: () => () => undefined },
  })
  return { unlock }
}

describe('the unlock screen', () => {
  it('keeps what was typed after a wrong passphrase, and says Opening… once the right one is in, until the meetings show', async () => {
    const { unlock } = aLockedMain()
    const unlocked = vi.fn()
    const user = userEvent.setup()
    render(<UnlockScreen status={{ state: 'locked', protection: 'passphrase' }} onUnlocked={unlocked} />)
    // The field has the focus from the start: typing goes straight in.
    await user.keyboard('marble teapot horizin{Enter}')
    expect((await screen.findByRole('alert')).textContent).toBe('That passphrase is not right.')
    expect((screen.getByLabelText(/^Passphrase/) as HTMLInputElement).value).toBe('marble teapot horizin')
    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveProperty('disabled', false)
    await user.clear(screen.getByLabelText(/^Passphrase/))
    await user.type(screen.getByLabelText(/^Passphrase/), 'marble teapot horizon{Enter}')
    await waitFor(() =>
      expect(unlocked).toHaveBeenCalledWith({ state: 'unlocked', protection: 'passphrase' }),
    )
    expect(unlock).toHaveBeenLastCalledWith({ passphrase: 'marble teapot horizon' })
    expect(screen.getByRole('button', { name: 'Opening…' })).toHaveProperty('disabled', true)
  })
})

describe('the unlock screen, as people type', () => {
  const locked = { state: 'locked', protection: 'passphrase' } as const

  afterEach(() => takeEarlyKeys())

  it('takes what was typed before it showed, and an Enter typed then unlocks', async () => {
    const { unlock } = aLockedMain()
    keepEarlyKeys()
    for (const key of [...'marble teapot horizzn', 'Backspace', 'Backspace', 'o', 'n', 'Enter'])
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
    const unlocked = vi.fn()
    render(<UnlockScreen status={locked} onUnlocked={unlocked} />)
    await waitFor(() => expect(unlocked).toHaveBeenCalled())
    expect(unlock).toHaveBeenCalledTimes(1)
    expect(unlock).toHaveBeenCalledWith({ passphrase: 'marble teapot horizon' })
  })

  it('asks for the passphrase when Enter is pressed with none typed, without spending a try', async () => {
    const { unlock } = aLockedMain()
    const user = userEvent.setup()
    render(<UnlockScreen status={locked} onUnlocked={() => undefined} />)
    await user.keyboard('{Enter}')
    expect((await screen.findByRole('alert')).textContent).toBe('Type your passphrase.')
    expect(unlock).not.toHaveBeenCalled()
  })

  it('says in plain words that a passphrase is too long, without spending a try', async () => {
    const { unlock } = aLockedMain()
    const user = userEvent.setup()
    render(<UnlockScreen status={locked} onUnlocked={() => undefined} />)
    await user.click(screen.getByLabelText(/^Passphrase/))
    await user.paste('x'.repeat(1025))
    await user.keyboard('{Enter}')
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^That passphrase is longer than Convene takes \(1,024 characters at most\)/,
    )
    expect(unlock).not.toHaveBeenCalled()
  })

  it('after a wrong passphrase clicked in, gives the field the focus back and clears the message as the next is typed', async () => {
    aLockedMain()
    const user = userEvent.setup()
    render(<UnlockScreen status={locked} onUnlocked={() => undefined} />)
    await user.keyboard('marble teapot')
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    await screen.findByRole('alert')
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Passphrase/)))
    await user.keyboard(' horizon')
    expect(screen.queryByRole('alert')).toBeNull()
    expect((screen.getByLabelText(/^Passphrase/) as HTMLInputElement).value).toBe('marble teapot horizon')
  })
})

describe('when the key cannot be reached', () => {
  it('says so in plain words, with nothing to type into', () => {
    render(
      <UnlockScreen
        status={{ state: 'unavailable', protection: 'os-keychain', problem: 'The keychain is locked.' }}
        onUnlocked={() => undefined}
      />,
    )
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Convene cannot open your meetings')
    expect(screen.getByRole('alert').textContent).toBe('The keychain is locked.')
    expect(screen.queryByRole('textbox')).toBeNull()
  })
})
