import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { MeetingStore } from '../../electron/services/store/meeting-store.ts'
import { createMemoryLogger } from '../../electron/services/logger.ts'
import { meetingWithNotes } from '../helpers/meeting-with-notes.ts'
import { defaultAgenda } from '../../shared/settings/default-agenda.ts'
import { ms, percentile, report } from './stats.ts'

const edits = 200

async function timeEdits(store: MeetingStore, id: string): Promise<number[]> {
  const samples: number[] = []
  for (let edit = 0; edit < edits; edit += 1) {
    const started = performance.now()
    const result = await store.update(id, (meeting) => ({ ...meeting, preparationNotes: `edit ${edit}` }))
    samples.push(performance.now() - started)
    if (!result.ok) throw new Error(result.error.message)
  }
  return samples
}

/** Durable save of one edit in a 1,000-note meeting, alone and beside 1,000 other meetings. */
export async function benchStore(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'convene-bench-'))
  try {
    const store = await MeetingStore.open({
      folder,
      key: randomBytes(32),
      now: () => new Date(),
      logger: createMemoryLogger(),
    })
    const meeting = meetingWithNotes(1000)
    const imported = await store.importMeeting(meeting)
    if (!imported.ok) throw new Error(imported.error.message)
    const alone = await timeEdits(store, meeting.id)
    report('save one edit, 1,000-note meeting, no other meetings', {
      median: ms(percentile(alone, 0.5)),
      p95: ms(percentile(alone, 0.95)),
    })

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
    const crowded = await timeEdits(store, meeting.id)
    report('save one edit, 1,000-note meeting, 1,000 other meetings', {
      median: ms(percentile(crowded, 0.5)),
      p95: ms(percentile(crowded, 0.95)),
    })
    report('  ratio (crowded / alone), medians', {
      ratio: (percentile(crowded, 0.5) / percentile(alone, 0.5)).toFixed(2),
    })
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
