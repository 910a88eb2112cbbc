import { useCallback, useEffect, useRef, useState } from 'react'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { RecoveryNotice } from '../../shared/contract/values.ts'
import { convene, useConveneEvent } from '../api/convene.ts'
import { madeHere } from '../meeting/meeting-context.tsx'
import { reuseUnchanged } from '../meeting/reuse-unchanged.ts'

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
    setMeeting((shown) =>
      shown && shown.id === next.id && shown.revision >= next.revision ? shown : reuseUnchanged(shown, next),
    )
  }, [])
  const shownRevision = useRef(-1)
  useEffect(() => {
    shownRevision.current = meeting?.revision ?? -1
  }, [meeting?.revision])
  useConveneEvent('meeting-changed', ({ meetingId: changed, revision }) => {
    if (changed !== meetingId || revision <= shownRevision.current) return
    // The change is usually this window's own, announced a moment before its answer: fetch only a change
    // the queue was not answered with (another window, or a restore, changed the meeting).
    void madeHere(meetingId, revision).then((here) => {
      if (here || revision <= shownRevision.current) return
      void convene()
        .meetings.get(meetingId)
        .then((result) => result.ok && accept(result.value.meeting))
    })
  })
  return { meeting, recovery, problem, accept } as const
}
