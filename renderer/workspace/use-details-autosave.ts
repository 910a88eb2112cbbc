import { useCallback, useState } from 'react'
import type { Meeting, MeetingDetails, MeetingDetailsPatch } from '../../shared/meeting/meeting.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'

type DetailField = keyof MeetingDetails

/**
 * The meeting's details as the user types them. A field shows what was typed until the store has saved
 * it; each change goes through the meeting's command queue with the field as its key, so fast typing
 * sends the latest text rather than every keystroke. An invalid value stays on screen, unsent. A change
 * still waiting in the queue (the disk was full) is shown again when the form is opened again, so going to
 * another tab and back never makes it look lost, or tempts anyone to type it again.
 */
export function useDetailsDraft() {
  const { meeting, send, pending } = useMeetingContext()
  const [local, setLocal] = useState<MeetingDetailsPatch>(() =>
    Object.assign(
      {},
      ...pending().flatMap((command) => (command.type === 'update-details' ? [command.patch] : [])),
    ),
  )

  const change = useCallback(
    <F extends DetailField>(field: F, value: MeetingDetails[F], valid = true) => {
      setLocal((current) => ({ ...current, [field]: value }))
      if (!valid) return
      void send({ type: 'update-details', patch: { [field]: value } }, `details:${field}`).then((result) => {
        if (!result.ok) return
        setLocal((current) => {
          if (!(field in current) || JSON.stringify(current[field]) !== JSON.stringify(result.value[field]))
            return current
          const { [field]: _saved, ...rest } = current
          return rest
        })
      })
    },
    [send],
  )

  const values: MeetingDetails = { ...pickDetails(meeting), ...local }
  return { values, change } as const
}

function pickDetails(meeting: Meeting): MeetingDetails {
  const { familyName, date, startTime, location, purpose, preparationNotes, status, children } = meeting
  return { familyName, date, startTime, location, purpose, preparationNotes, status, children }
}
