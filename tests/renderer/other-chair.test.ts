import { describe, expect, it } from 'vitest'
import { otherChair } from '../../renderer/decision/readiness-panel.tsx'

describe('signing for someone else', () => {
  it('is flagged when the typed signature names someone other than the chair', () => {
    expect(otherChair({ kind: 'typed', text: 'Sarah Okonkwo' }, 'Helen Ward')).toBe(true)
  })

  it('is not flagged for the chair, however the name is written or composed', () => {
    expect(otherChair({ kind: 'typed', text: 'Helen Ward' }, 'Helen Ward')).toBe(false)
    expect(otherChair({ kind: 'typed', text: 'Dr Helen Ward' }, 'helen ward')).toBe(false)
    expect(otherChair({ kind: 'typed', text: 'Siobha\u0301n Ó Ceallaigh' }, 'Siobhán Ó Ceallaigh')).toBe(
      false,
    )
    expect(otherChair({ kind: 'typed', text: 'Helen Ward' }, null)).toBe(false)
  })
})
