import { randomUUID } from 'node:crypto'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { blankMeeting } from '../../shared/meeting/blank-meeting.ts'
import { defaultAgenda } from '../../shared/settings/default-agenda.ts'

/** A meeting of `count` notes of ordinary minute length, spread over the agenda, for load and crash tests. */
export function meetingWithNotes(count: number, id: string = randomUUID()): Meeting {
  const at = new Date().toISOString()
  const agenda = defaultAgenda('icpc')
  const meeting = blankMeeting({
    id,
    caseId: null,
    kind: 'icpc',
    familyName: 'Benchmark',
    date: '2026-12-02',
    startTime: '10:00',
    children: [{ id: randomUUID(), name: 'Child', dateOfBirth: '2018-03-14', knownAs: '' }],
    agenda,
    at,
  })
  return {
    ...meeting,
    purpose: 'save 0',
    notes: Array.from({ length: count }, (_, index) => ({
      id: randomUUID(),
      sectionKey: agenda[index % agenda.length]?.key ?? 'welcome',
      speakerId: null,
      text: `Note ${index}: the school reports that attendance has improved since September, and Sarah says the mornings are calmer now that the bus is earlier.`,
      visibility: { to: 'everyone' as const },
      verbatim: false,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    })),
  }
}
