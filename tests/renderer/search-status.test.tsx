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
    expect(describeMatches('e', 1, 1)).toBe('1 case matches')
    expect(describeMatches('Ó Súilleabháin', 0, 12)).toBe('No cases match ‘Ó Súilleabháin’')
  })

  it('says when the cases it finds are only among the signed meetings hidden', () => {
    expect(describeMatches('zoe', 0, 4, 1)).toBe(
      'No unsigned cases match ‘zoe’; 1 case with only signed meetings is hidden',
    )
    expect(describeMatches('a', 2, 4, 3)).toBe(
      '2 cases of 4 match; 3 cases with only signed meetings are hidden',
    )
  })

  it('is in the page before any search, and speaks once typing pauses, not at each letter', () => {
    const { rerender } = render(<SearchStatus search="" shown="" found={12} total={12} />)
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('')
    rerender(<SearchStatus search="k" shown="k" found={5} total={12} />)
    act(() => vi.advanceTimersByTime(searchStatusPauseMs / 2))
    rerender(<SearchStatus search="ko" shown="ko" found={2} total={12} />)
    act(() => vi.advanceTimersByTime(searchStatusPauseMs / 2))
    rerender(<SearchStatus search="kow" shown="kow" found={1} total={12} />)
    act(() => vi.advanceTimersByTime(searchStatusPauseMs - 1))
    expect(status.textContent).toBe('')
    act(() => vi.advanceTimersByTime(1))
    expect(screen.getByRole('status')).toBe(status)
    expect(status.textContent).toBe('1 case of 12 matches')
    rerender(<SearchStatus search="" shown="" found={12} total={12} />)
    act(() => vi.advanceTimersByTime(searchStatusPauseMs))
    expect(status.textContent).toBe('')
  })

  it('waits while letters keep coming, even when the count does not change', () => {
    const { rerender } = render(<SearchStatus search="" shown="" found={12} total={12} />)
    const status = screen.getByRole('status')
    const typed = 'wisniewska'
    for (let at = 1; at <= typed.length; at += 1) {
      const search = typed.slice(0, at)
      rerender(<SearchStatus search={search} shown={search} found={1} total={12} />)
      act(() => vi.advanceTimersByTime(searchStatusPauseMs - 100))
    }
    expect(status.textContent).toBe('')
    act(() => vi.advanceTimersByTime(100))
    expect(status.textContent).toBe('1 case of 12 matches')
  })
})
