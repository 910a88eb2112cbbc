import { describe, expect, it } from 'vitest'
import type { Finding } from '../../shared/language/analyse.ts'
import { findingNear, paintFindings } from '../../renderer/language/mark-text.ts'

const finding = (start: number, end: number, text: string): Finding => ({
  ruleId: 'rule',
  category: 'labels',
  start,
  end,
  match: text.slice(start, end),
  reason: 'why',
  suggestions: [],
})

describe('the underline layer', () => {
  const text = 'Mum failed to attend.\n'
  const findings = [finding(0, 3, text), finding(4, 13, text), finding(8, 13, text)]

  it('marks each finding and keeps every other character where the textarea has it', () => {
    const layer = document.createElement('div')
    const marks = paintFindings(layer, text, findings)
    expect(marks.map((mark) => mark?.textContent ?? null)).toEqual(['Mum', 'failed to', null])
    // The layer's text is the field's, plus a zero-width space so a last empty line takes its height.
    expect(layer.textContent).toBe(`${text}\u200b`)
    expect(layer.querySelectorAll('mark')).toHaveLength(2)
  })

  it('opens at the finding under or after the caret, else the first', () => {
    expect(findingNear(findings, 0)).toBe(0)
    expect(findingNear(findings, 5)).toBe(1)
    expect(findingNear(findings, 20)).toBe(0)
    expect(findingNear([], 3)).toBe(-1)
  })
})
