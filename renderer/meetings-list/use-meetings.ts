import { useCallback, useEffect, useState } from 'react'
import type { CaseSummary } from '../../shared/meeting/case.ts'
import type { MeetingListEntry } from '../../shared/meeting/meeting-summary.ts'
import { convene, useConveneEvent } from '../api/convene.ts'

/** The meetings and their cases as the store last returned them, refreshed whenever main says they changed. */
export function useMeetings(): {
  readonly meetings: ReadonlyArray<MeetingListEntry> | null
  readonly cases: ReadonlyArray<CaseSummary>
  readonly problem: string | null
} {
  const [meetings, setMeetings] = useState<ReadonlyArray<MeetingListEntry> | null>(null)
  const [cases, setCases] = useState<ReadonlyArray<CaseSummary>>([])
  const [problem, setProblem] = useState<string | null>(null)
  const load = useCallback(async () => {
    const [listed, filed] = await Promise.all([convene().meetings.list(), convene().meetings.cases()])
    if (listed.ok) {
      setMeetings(listed.value)
      setProblem(null)
    } else setProblem(listed.error.message)
    // Without the cases, each meeting stands as a case of its own: the list still opens.
    if (filed.ok) setCases(filed.value)
  }, [])
  useEffect(() => {
    void load()
  }, [load])
  useConveneEvent('meetings-changed', () => void load())
  return { meetings, cases, problem }
}
