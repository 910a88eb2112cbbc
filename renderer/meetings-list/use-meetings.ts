import { useCallback, useEffect, useState } from 'react'
import type { MeetingListEntry } from '../../shared/meeting/meeting-summary.ts'
import { convene, useConveneEvent } from '../api/convene.ts'

/** The meetings list as the store last returned it, refreshed whenever main says it changed. */
export function useMeetings(): {
  readonly meetings: ReadonlyArray<MeetingListEntry> | null
  readonly problem: string | null
} {
  const [meetings, setMeetings] = useState<ReadonlyArray<MeetingListEntry> | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const load = useCallback(async () => {
    const result = await convene().meetings.list()
    if (result.ok) {
      setMeetings(result.value)
      setProblem(null)
    } else setProblem(result.error.message)
  }, [])
  useEffect(() => {
    void load()
  }, [load])
  useConveneEvent('meetings-changed', () => void load())
  return { meetings, problem }
}
