import { useCallback, useRef, useState } from 'react'
import type { Meeting, MeetingDetails, MeetingDetailsPatch } from '../../shared/model/meeting.ts'
import { convene } from '../api/convene.ts'
import type { SaveState } from '../common/save-status.tsx'

type DetailField = keyof MeetingDetails

/**
 * Saves the meeting's details as the user types. What they typed is shown from local state until the store
 * confirms it; at most one save is on its way at a time, and changes made meanwhile go in the next one, so
 * fast typing never floods the store and nothing is acknowledged before it is durable. A failed save keeps
 * the change and offers to try again.
 */
export function useDetailsAutosave(meeting: Meeting, onSaved: (meeting: Meeting) => void) {
  const [local, setLocal] = useState<MeetingDetailsPatch>({})
  const [save, setSave] = useState<SaveState>({ state: 'saved', at: meeting.updatedAt })
  const pending = useRef<MeetingDetailsPatch>({})
  const inFlight = useRef(false)

  const pump = useCallback(async () => {
    if (inFlight.current) return
    inFlight.current = true
    let last: Meeting | null = null
    while (Object.keys(pending.current).length > 0) {
      const patch = pending.current
      pending.current = {}
      const result = await convene().meetings.updateDetails(meeting.id, patch)
      if (!result.ok) {
        pending.current = { ...patch, ...pending.current }
        inFlight.current = false
        setSave({ state: 'not-saved', message: result.error.message })
        return
      }
      last = result.value
      onSaved(result.value)
    }
    inFlight.current = false
    if (last) {
      const saved = last
      setSave({ state: 'saved', at: saved.updatedAt })
      setLocal((current) => {
        const still: Record<string, unknown> = {}
        for (const [field, value] of Object.entries(current)) {
          if (JSON.stringify(saved[field as DetailField]) !== JSON.stringify(value)) still[field] = value
        }
        return still as MeetingDetailsPatch
      })
    }
  }, [meeting.id, onSaved])

  /** Shows a change at once; saves it if it is valid (an invalid value stays on screen, unsaved). */
  const change = useCallback(
    <F extends DetailField>(field: F, value: MeetingDetails[F], valid = true) => {
      setLocal((current) => ({ ...current, [field]: value }))
      if (!valid) return
      pending.current = { ...pending.current, [field]: value }
      setSave({ state: 'saving' })
      void pump()
    },
    [pump],
  )

  const retry = useCallback(() => {
    setSave({ state: 'saving' })
    void pump()
  }, [pump])

  const values: MeetingDetails = { ...pickDetails(meeting), ...local }
  return { values, change, save, retry } as const
}

function pickDetails(meeting: Meeting): MeetingDetails {
  const { kind, familyName, date, startTime, location, purpose, preparationNotes, status, children } = meeting
  return { kind, familyName, date, startTime, location, purpose, preparationNotes, status, children }
}
