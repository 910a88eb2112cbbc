import { render, screen } from '@testing-library/react'
import { describe, expect, it, onTestFinished } from 'vitest'
import { PageHeading } from '../../renderer/common/page-heading.tsx'
import { noteScreenChange } from '../../renderer/common/screen-change-focus.ts'

/** A button that stays in the page across screens (the app bar's), and a field someone may type into. */
function arrange(): { readonly bar: HTMLButtonElement; readonly field: HTMLInputElement } {
  const bar = document.createElement('button')
  bar.textContent = 'Settings'
  const field = document.createElement('input')
  field.setAttribute('aria-label', 'Search meetings')
  document.body.append(bar, field)
  onTestFinished(() => {})
  return { bar, field }
}

describe('a screen’s heading takes the focus when the screen opens, never from someone who moved on', () => {
  it('takes it from the button that opened the screen, which stays in the page', () => {
    const { bar } = arrange()
    bar.focus()
    noteScreenChange()
    render(<PageHeading>Settings</PageHeading>)
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Settings' }))
  })

  it('takes it when what had it went with the screen it was on', () => {
    const { field } = arrange()
    field.focus()
    noteScreenChange()
    field.remove()
    render(<PageHeading>New meeting</PageHeading>)
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'New meeting' }))
  })

  it('leaves it in the field someone clicked into while the screen was on its way', () => {
    const { bar, field } = arrange()
    bar.focus()
    noteScreenChange()
    field.focus()
    render(<PageHeading>Outcomes</PageHeading>)
    expect(document.activeElement).toBe(field)
  })
})
