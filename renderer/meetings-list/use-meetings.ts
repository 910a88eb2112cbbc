import { useCallback, useEffect, useState } from 'react'
import type { MeetingListEntry } from '../../shared/meeting/meeting-summary.ts'
import type { Result } from '../../shared/util/result.ts'
import { convene, useConveneEvent } from '../api/convene.ts'
import { firstMeetings } from '../app/first-fetches.ts'

/** The meetings list as the store last returned it, refreshed whenever main says it changed. */
export function useMeetings(): {
  readonly meetings: ReadonlyArray<MeetingListEntry> | null
  readonly problem: string | null
} {
  // The list was asked for as the page started (when it opens on the list): shown at the first render
  // if it has come, awaited if not, and asked afresh whenever main says it changed.
  const [first] = useState(firstMeetings)
  const [meetings, setMeetings] = useState<ReadonlyArray<MeetingListEntry> | null>(
    first.now?.ok ? first.now.value : null,
  )
  const [problem, setProblem] = useState<string | null>(
    first.now && !first.now.ok ? first.now.error.message : null,
  )
  const show = useCallback((result: Result<ReadonlyArray<MeetingListEntry>>) => {
    if (result.ok) {
      setMeetings(result.value)
      setProblem(null)
    } else setProblem(result.error.message)
  }, [])
  const load = useCallback(async () => show(await convene().meetings.list()), [show])
  useEffect(() => {
    if (!first.now) void first.later().then(show)
  }, [first, show])
  useConveneEvent('meetings-changed', () => void load())
  return { meetings, problem }
}
