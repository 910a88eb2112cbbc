import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  describeMatches,
  SearchStatus,
  searchStatusPauseMs,
} from '../../renderer/meetings-list/search-status.tsx'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('the search’s match count, for a screen reader', () => {
  it('says how many cases match, or that none do, and nothing before a search', () => {
    expect(describeMatches('', 3, 3)).toBe('')
    expect(describeMatches('kow', 1, 12)).toBe('1 case of 12 matches')
    expect(describeMatches('a', 3, 1200)).toBe('3 cases of 1,200 match')
    expect(describeMatches('e', 12, 12)).toBe('All 12 cases match')
    expect(describeMatches('Ó Súilleabháin', 0, 12)).toBe('No cases match ‘Ó Súilleabháin’')
  })

  it('is in the page before any search, and speaks once typing pauses, not at each letter', () => {
    const { rerender } = render(<SearchStatus search="" found={12} total={12} />)
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('')
    rerender(<SearchStatus search="k" found={5} total={12} />)
    act(() => vi.advanceTimersByTime(searchStatusPauseMs / 2))
    rerender(<SearchStatus search="ko" found={2} total={12} />)
    act(() => vi.advanceTimersByTime(searchStatusPauseMs / 2))
    rerender(<SearchStatus search="kow" found={1} total={12} />)
    act(() => vi.advanceTimersByTime(searchStatusPauseMs - 1))
    expect(status.textContent).toBe('')
    act(() => vi.advanceTimersByTime(1))
    expect(screen.getByRole('status')).toBe(status)
    expect(status.textContent).toBe('1 case of 12 matches')
    rerender(<SearchStatus search="" found={12} total={12} />)
    act(() => vi.advanceTimersByTime(searchStatusPauseMs))
    expect(status.textContent).toBe('')
  })
})
