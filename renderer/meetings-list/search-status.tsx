import { useEffect, useState } from 'react'
import { formatCount } from '../../shared/text/format-count.ts'

/** How long the search waits for typing to pause before saying how many cases match. */
export const searchStatusPauseMs = 700

/** What a screen reader is told about a search: how many cases match, or that none do. */
export function describeMatches(search: string, found: number, total: number): string {
  if (search === '') return ''
  if (found === 0) return `No cases match ‘${search}’`
  const cases = found === 1 ? '1 case' : `${formatCount(found)} cases`
  if (found === total) return `All ${cases} match`
  return `${cases} of ${formatCount(total)} ${found === 1 ? 'matches' : 'match'}`
}

/**
 * Says, to a screen reader, how many cases the search finds, once typing pauses (each keystroke's count
 * would talk over the letters being typed). One region, in the page before any search, so every change is
 * heard; not shown, as the list's caption and the 'No cases match' line show it.
 */
export function SearchStatus({
  search,
  found,
  total,
}: {
  readonly search: string
  readonly found: number
  readonly total: number
}) {
  const [said, setSaid] = useState('')
  const wanted = describeMatches(search, found, total)
  useEffect(() => {
    const timer = window.setTimeout(() => setSaid(wanted), searchStatusPauseMs)
    return () => window.clearTimeout(timer)
  }, [wanted])
  return (
    <p role="status" className="home-search-status">
      {said}
    </p>
  )
}
