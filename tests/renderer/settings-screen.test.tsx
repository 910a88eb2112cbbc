import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SettingsScreen } from '../../renderer/settings/settings-screen.tsx'
import { defaultSettings, type CouncilSettings } from '../../shared/settings/settings.ts'

/** A main whose settings saves answer when the test says; what each save was given is kept. */
function slowSaves(): {
  readonly given: Array<Partial<CouncilSettings>>
  readonly answer: () => Promise<void>
} {
  const given: Array<Partial<CouncilSettings>> = []
  const waiting: Array<() => void> = []
  let saved = defaultSettings()
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: {
      on: () => () => undefined,
      identity: { get: async () => ({ ok: true, value: { role: 'chair' } }) },
      handover: { administrators: async () => ({ ok: true, value: [] }) },
      settings: {
        get: async () => ({ ok: true, value: saved }),
        update: (patch: Partial<CouncilSettings>) =>
          new Promise((resolve) => {
            given.push(patch)
            waiting.push(() => {
              saved = { ...saved, ...patch, version: saved.version }
              resolve({ ok: true, value: saved })
            })
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

const field = (label: string): HTMLInputElement => screen.getByLabelText(label, { exact: true })

describe('the Settings screen', () => {
  afterEach(() => document.body.replaceChildren())

  it('keeps what is typed while a save is under way, and says it is still to be saved', async () => {
    const { given, answer } = slowSaves()
    render(<SettingsScreen />)
    const zero = (await screen.findByLabelText('0 means', { exact: true })) as HTMLInputElement
    fireEvent.change(zero, { target: { value: 'Zofia is not safe at home' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }))
    // Typed in another field before main has answered.
    fireEvent.change(field('10 means'), { target: { value: 'Zofia is safe at home' } })
    await answer()
    expect(given[0]?.scaling?.zeroMeans).toBe('Zofia is not safe at home')
    expect(field('0 means').value).toBe('Zofia is not safe at home')
    expect(field('10 means').value).toBe('Zofia is safe at home')
    expect(screen.getByText(/except what you changed while they were saving/)).toBeTruthy()
    // Saved again, the second change goes too.
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }))
    await answer()
    expect(given[1]?.scaling?.tenMeans).toBe('Zofia is safe at home')
    expect(screen.getByText(/^Settings saved\. New meetings use them/)).toBeTruthy()
  })
})
