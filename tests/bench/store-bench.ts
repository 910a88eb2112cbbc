import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { MeetingStore } from '../../electron/services/store/meeting-store.ts'
import { createMemoryLogger } from '../../electron/services/logger.ts'
import { MeetingCommandSchema } from '../../shared/meeting/meeting-command.ts'
import { meetingWithNotes } from '../helpers/meeting-with-notes.ts'
import { defaultAgenda } from '../../shared/settings/default-agenda.ts'
import { ms, percentile, report } from './stats.ts'

const edits = 200

/** One user's edit as the app makes it: a command, appended to the meeting's journal and fsynced. */
async function timeEdits(store: MeetingStore, id: string): Promise<number[]> {
  const samples: number[] = []
  for (let edit = 0; edit < edits; edit += 1) {
    const command = MeetingCommandSchema.parse({ type: 'update-details', patch: { purpose: `edit ${edit}` } })
    const started = performance.now()
    const result = await store.apply(id, command)
    samples.push(performance.now() - started)
    if (!result.ok) throw new Error(result.error.message)
  }
  return samples
}

const openStore = (folder: string, key: Buffer) =>
  MeetingStore.open({ folder, key, now: () => new Date(), logger: createMemoryLogger() })

/**
 * The durable save of one edit at 100, 1,000 and 10,000 notes (it should cost what changed, not the
 * meeting), the time to open a 10,000-note meeting from its snapshot and journal, and one edit beside
 * 1,000 other meetings.
 */
export async function benchStore(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'convene-bench-'))
  const key = randomBytes(32)
  try {
    const store = await openStore(folder, key)
    const medians = new Map<number, number>()
    const ids = new Map<number, string>()
    for (const notes of [100, 1000, 10_000]) {
      const meeting = meetingWithNotes(notes)
      const imported = await store.importMeeting(meeting)
      if (!imported.ok) throw new Error(imported.error.message)
      ids.set(notes, meeting.id)
      const samples = await timeEdits(store, meeting.id)
      medians.set(notes, percentile(samples, 0.5))
      report(`durable save of one edit, ${notes.toLocaleString('en-GB')}-note meeting`, {
        median: ms(percentile(samples, 0.5)),
        p95: ms(percentile(samples, 0.95)),
      })
    }
    report('  ratio (10,000 notes / 100 notes), medians', {
      ratio: `${((medians.get(10_000) ?? 0) / (medians.get(100) ?? 1)).toFixed(2)} (target ≤ 1.5)`,
    })
    const largeId = ids.get(10_000) ?? ''
    const opens: number[] = []
    for (let round = 0; round < 7; round += 1) {
      const reopened = await openStore(folder, key)
      const started = performance.now()
      const loaded = await reopened.get(largeId)
      opens.push(performance.now() - started)
      if (!loaded.ok) throw new Error(loaded.error.message)
    }
    report(`open a 10,000-note meeting (snapshot, then ${edits} journal entries replayed)`, {
      median: ms(percentile(opens, 0.5)),
      p95: ms(percentile(opens, 0.95)),
      target: '< 300 ms',
    })

    const middleId = ids.get(1000) ?? ''
    for (let other = 0; other < 1000; other += 1) {
      const created = await store.create({
        caseId: null,
        kind: 'rcpc',
        familyName: `Family ${other}`,
        date: '2026-11-01',
        startTime: null,
        children: [],
        agenda: defaultAgenda('rcpc'),
      })
      if (!created.ok) throw new Error(created.error.message)
    }
    const crowded = await timeEdits(store, middleId)
    report('durable save of one edit, 1,000-note meeting, 1,000 other meetings', {
      median: ms(percentile(crowded, 0.5)),
      p95: ms(percentile(crowded, 0.95)),
    })
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
