import { blankSession } from '../../shared/kinds/mediation/session.ts'
import { isMediation } from '../../shared/meeting/meeting.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'

/** The open session and its record (blank until the first change). */
export function useSession() {
  const context = useMeetingContext()
  const meeting = context.meeting
  if (!isMediation(meeting) || meeting.kind !== 'mediation-session')
    throw new Error('A session part shown for a meeting that is not a mediation session')
  return { ...context, meeting, session: meeting.record.session ?? blankSession() }
}
