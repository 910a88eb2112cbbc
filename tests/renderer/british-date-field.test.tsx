import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { BritishDateField } from '../../renderer/common/british-date-field.tsx'

describe('BritishDateField', () => {
  it('turns a British date into ISO for the form', async () => {
    const onChange = vi.fn()
    render(<BritishDateField id="d" label="Date of the meeting" value={null} onChange={onChange} />)
    await userEvent.type(screen.getByLabelText('Date of the meeting'), '2/12/26')
    expect(onChange).toHaveBeenLastCalledWith('2026-12-02')
  })

  it('keeps an unreadable date on screen, says what is wrong, and never sends it', async () => {
    const onChange = vi.fn()
    render(
      <>
        <BritishDateField id="d" label="Date of the meeting" value={null} onChange={onChange} />
        <button type="button">elsewhere</button>
      </>,
    )
    const field = screen.getByLabelText('Date of the meeting')
    await userEvent.type(field, '31/11/2026')
    await userEvent.click(screen.getByText('elsewhere'))
    expect(field).toHaveProperty('value', '31/11/2026')
    expect(screen.getByText('Enter a real date, like 22/11/2026')).toBeTruthy()
    expect(onChange).not.toHaveBeenCalledWith(expect.stringMatching(/2026-11-31/))
  })

  it('shows a stored date the British way, and tidies a typed one on leaving', async () => {
    const { rerender } = render(
      <BritishDateField id="d" label="Date" value="2026-11-22" onChange={() => undefined} />,
    )
    expect(screen.getByLabelText('Date')).toHaveProperty('value', '22/11/2026')
    rerender(<BritishDateField id="d" label="Date" value="2027-01-05" onChange={() => undefined} />)
    expect(screen.getByLabelText('Date')).toHaveProperty('value', '05/01/2027')
  })
})
