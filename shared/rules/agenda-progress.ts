import type { MeetingCore } from '../model/meeting-core.ts'

/** Where a section of the agenda is. */
export type SectionState = 'not-started' | 'current' | 'covered'

/** Not started (never visited), current, or covered (visited and left). */
export function sectionState(meeting: Pick<MeetingCore, 'live'>, sectionKey: string): SectionState {
  if (meeting.live.currentSectionKey === sectionKey) return 'current'
  return meeting.live.visits.some((visit) => visit.sectionKey === sectionKey) ? 'covered' : 'not-started'
}

/** Time spent on a section so far, in milliseconds (the open visit counts up to `now`). */
export function timeOnSection(meeting: Pick<MeetingCore, 'live'>, sectionKey: string, now: Date): number {
  return meeting.live.visits
    .filter((visit) => visit.sectionKey === sectionKey)
    .reduce(
      (total, visit) =>
        total + (new Date(visit.until ?? now.toISOString()).getTime() - new Date(visit.from).getTime()),
      0,
    )
}

/** How long the meeting has run, in milliseconds: from the start to the end, or to now. */
export function meetingDuration(meeting: Pick<MeetingCore, 'live'>, now: Date): number {
  if (meeting.live.startedAt === null) return 0
  const end = meeting.live.endedAt === null ? now : new Date(meeting.live.endedAt)
  return Math.max(0, end.getTime() - new Date(meeting.live.startedAt).getTime())
}

/** A duration as '1:05:09' or '5:09'. */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000)
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = String(seconds % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}

/** A duration in words for screen readers: '1 hour 5 minutes', '5 minutes', 'under a minute'. */
export function describeDuration(milliseconds: number): string {
  const minutes = Math.floor(milliseconds / 60_000)
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const part = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`
  if (hours > 0) return rest > 0 ? `${part(hours, 'hour')} ${part(rest, 'minute')}` : part(hours, 'hour')
  return minutes > 0 ? part(minutes, 'minute') : 'under a minute'
}
