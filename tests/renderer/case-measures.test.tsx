import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { CaseCommand } from '../../shared/case/case-commands.ts'
import { blankCaseRecord, type CaseRecord } from '../../shared/case/case-record.ts'
import { CaseMeasures } from '../../renderer/case/case-measures.tsx'

const mother = {
  id: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
  name: 'Katarzyna Wiśniewska',
  role: 'Mother',
  facts: [],
}

function measures(record: CaseRecord = blankCaseRecord()) {
  const apply = vi.fn<(command: CaseCommand) => void>()
  render(<CaseMeasures record={record} parties={[mother]} apply={apply} />)
  const choose = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(`${mother.name}, ${label}`), { target: { value } })
  return { apply, choose }
}

describe('a parent’s own ratings on the case screen', () => {
  it('saves a time’s ratings once both are chosen, never half a pair', () => {
    const { apply, choose } = measures()
    choose('At their first MIAM: Conflict', '8')
    expect(apply).not.toHaveBeenCalled()
    choose('At their first MIAM: Communication', '0')
    expect(apply).toHaveBeenCalledExactlyOnceWith({
      type: 'record-rating',
      partyId: mother.id,
      when: 'first-miam',
      rating: { conflict: 8, communication: 0 },
    })
  })

  it('takes a saved rating back when either of its pair is cleared', () => {
    const record: CaseRecord = {
      ...blankCaseRecord(),
      measures: {
        ratings: { [mother.id]: { end: { conflict: 3, communication: 7 } } },
        coachingGiven: false,
        court: 'not-known',
      },
    }
    const { apply, choose } = measures(record)
    expect(screen.getByLabelText(`${mother.name}, At the end: Conflict`)).toHaveProperty('value', '3')
    choose('At the end: Communication', '')
    expect(apply).toHaveBeenCalledExactlyOnceWith({
      type: 'record-rating',
      partyId: mother.id,
      when: 'end',
      rating: null,
    })
  })
})

describe('a half-chosen pair', () => {
  it('says it is not kept until both are chosen, and a name written right to left stays in its place', () => {
    const { choose } = measures()
    choose('At their first MIAM: Conflict', '6')
    expect(screen.getByRole('status').textContent).toBe(
      'Not kept yet: choose both to keep this time’s ratings.',
    )
    choose('At their first MIAM: Communication', '3')
    expect(screen.queryByRole('status')).toBeNull()
    // The party's name is isolated, so an override in it cannot turn the app's own words round.
    expect(screen.getByText(mother.name).tagName).toBe('BDI')
  })
})
