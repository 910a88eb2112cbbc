import { formatBritishDate } from '../../shared/dates/british-date.ts'
import { kindInfo } from '../../shared/kinds/registry.ts'
import { describeHistory, type HistoryEntry, type MeetingHistory } from '../../shared/meeting/history.ts'
import type { MeetingStore } from './store/meeting-store.ts'

/** The readable meetings of a case, by identifier. */
export function meetingIdsOfCase(store: MeetingStore, caseId: string): ReadonlyArray<string> {
  return store.list().flatMap((entry) => (entry.readable && entry.caseId === caseId ? [entry.id] : []))
}

/**
 * The histories of several meetings as one, oldest first, each change naming the meeting it was made to
 * ('Mediation session, 12/12/2026'). A meeting that cannot be read is left out; a journal damaged part way
 * says where its first damage is.
 */
export async function historyOfMeetings(
  store: MeetingStore,
  ids: ReadonlyArray<string>,
): Promise<MeetingHistory> {
  const entries: HistoryEntry[] = []
  let damagedFrom: number | null = null
  for (const meetingId of ids) {
    const meeting = await store.get(meetingId)
    const read = meeting.ok ? await store.readJournal(meetingId) : null
    if (!meeting.ok || !read?.ok) continue
    const label = `${kindInfo(meeting.value.meeting.kind).label}, ${formatBritishDate(meeting.value.meeting.date)}`
    for (const entry of describeHistory(meeting.value.meeting, read.value.entries))
      entries.push({ ...entry, meeting: { id: meetingId, label } })
    damagedFrom ??= read.value.stoppedAt
  }
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return { entries, damagedFrom }
}
