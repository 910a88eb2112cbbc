import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { ThemeProvider, createTheme, type Theme } from '@mui/material/styles'
import { describe, expect, it } from 'vitest'
import { theme } from '../../renderer/app/theme.ts'

function Owner() {
  const [owner, setOwner] = useState('')
  return (
    <TextField
      select
      id="owner"
      label="Who will do it"
      value={owner}
      onChange={(e) => setOwner(e.target.value)}
    >
      <MenuItem value="">
        <em>Not chosen</em>
      </MenuItem>
      <MenuItem value="anna">Anna Kowalska, Mother</MenuItem>
      <MenuItem value="jamie">Jamie Reid, Social worker</MenuItem>
    </TextField>
  )
}

/** A press on the field that a busy laptop answers late: the button is let go over an item 450 ms on. */
async function slowPressOnto(theme: Theme, item: string): Promise<HTMLElement> {
  render(
    <ThemeProvider theme={theme}>
      <Owner />
    </ThemeProvider>,
  )
  const field = screen.getByRole('combobox', { name: 'Who will do it' })
  fireEvent.mouseDown(field)
  await new Promise((resolve) => setTimeout(resolve, 450))
  fireEvent.mouseUp(screen.getByRole('option', { name: item }))
  return field
}

describe("a select's list chooses by a click on an item, not by letting go of the button", () => {
  it('MUI alone chooses the item the button is let go over (what the guard is for)', async () => {
    const field = await slowPressOnto(createTheme(), 'Anna Kowalska, Mother')
    expect(field.textContent).toContain('Anna Kowalska, Mother')
  })

  it("with Convene's theme the list stays open, nothing is chosen, and a click then chooses", async () => {
    const field = await slowPressOnto(theme, 'Anna Kowalska, Mother')
    expect(field.textContent).not.toContain('Anna Kowalska')
    expect(screen.getByRole('listbox', { name: 'Who will do it' })).toBeTruthy()
    const jamie = screen.getByRole('option', { name: 'Jamie Reid, Social worker' })
    fireEvent.mouseDown(jamie)
    fireEvent.mouseUp(jamie)
    fireEvent.click(jamie)
    expect(field.textContent).toContain('Jamie Reid, Social worker')
  })
})
