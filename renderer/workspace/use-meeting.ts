import { useCallback, useEffect, useState } from 'react'
import type { Meeting } from '../../shared/model/meeting.ts'
import type { RecoveryNotice } from '../../shared/contract/values.ts'
import { convene, useConveneEvent } from '../api/convene.ts'

/** A meeting as the store last returned it; kept current from what main pushes. Older revisions are ignored. */
export function useMeeting(meetingId: string) {
  const [meeting, setMeeting] = useState<Meeting | null>(null)
  const [recovery, setRecovery] = useState<RecoveryNotice | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    setMeeting(null)
    void convene()
      .meetings.get(meetingId)
      .then((result) => {
        if (!current) return
        if (result.ok) {
          setMeeting(result.value.meeting)
          setRecovery(result.value.recovery)
        } else setProblem(result.error.message)
      })
    return () => {
      current = false
    }
  }, [meetingId])
  const accept = useCallback((next: Meeting) => {
    setMeeting((shown) => (shown && shown.id === next.id && shown.revision >= next.revision ? shown : next))
  }, [])
  useConveneEvent('meeting-changed', ({ meeting: next }) => {
    if (next.id === meetingId) accept(next)
  })
  return { meeting, recovery, problem, accept } as const
}
