import { useEffect, useState } from 'react'
import { formatCount } from '../../shared/text/format-count.ts'

/** How long the search waits for typing to pause before saying how many cases match. */
export const searchStatusPauseMs = 700

/** A search as said back ('No cases match ‘…’'): the first 40 characters of a long one. */
export function shownSearch(search: string): string {
  const trimmed = search.trim()
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed
}

/** How many cases the search finds only among the hidden signed meetings ('1 case … is hidden'). */
export function hiddenSigned(count: number): string {
  return count === 1
    ? '1 case with only signed meetings is hidden'
    : `${formatCount(count)} cases with only signed meetings are hidden`
}

/**
 * What a screen reader is told about a search: how many cases match, or that none do, and how many more
 * only the hidden signed meetings hold. `search` is the search as said back; empty when there is none.
 */
export function describeMatches(search: string, found: number, total: number, hidden = 0): string {
  if (search === '') return ''
  const cases = (count: number): string => (count === 1 ? '1 case' : `${formatCount(count)} cases`)
  const more = hidden === 0 ? '' : `; ${hiddenSigned(hidden)}`
  if (found === 0) return `No ${hidden > 0 ? 'unsigned ' : ''}cases match ‘${search}’${more}`
  if (found === total) return `${total === 1 ? '1 case matches' : `All ${cases(total)} match`}${more}`
  return `${cases(found)} of ${formatCount(total)} ${found === 1 ? 'matches' : 'match'}${more}`
}

/**
 * Says, to a screen reader, how many cases the search finds, once typing pauses (each keystroke's count
 * would talk over the letters being typed): every keystroke starts the pause again. One region, in the
 * page before any search, so every change is heard; not shown, as the list's caption and the 'No cases
 * match' line show it.
 */
export function SearchStatus({
  search,
  shown,
  found,
  total,
  hidden = 0,
}: {
  /** The search as typed: each change starts the pause again. */
  readonly search: string
  /** The search as said back, or empty when there is none to speak of. */
  readonly shown: string
  readonly found: number
  readonly total: number
  readonly hidden?: number
}) {
  const [said, setSaid] = useState('')
  const wanted = describeMatches(shown, found, total, hidden)
  useEffect(() => {
    const timer = window.setTimeout(() => setSaid(wanted), searchStatusPauseMs)
    return () => window.clearTimeout(timer)
  }, [wanted, search])
  return (
    <p role="status" className="home-search-status">
      {said}
    </p>
  )
}
