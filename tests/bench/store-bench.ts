import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { MeetingStore } from '../../electron/services/store/meeting-store.ts'
import { createMemoryLogger } from '../../electron/services/logger.ts'
import { currentSchemaVersion, type Meeting } from '../../shared/model/meeting.ts'
import { ms, percentile, report } from './stats.ts'

const edits = 200

/** A meeting of `count` notes of ordinary minute length. */
export function meetingWithNotes(count: number): Meeting {
  const at = new Date().toISOString()
  return {
    schemaVersion: currentSchemaVersion,
    id: randomUUID(),
    kind: 'icpc',
    familyName: 'Benchmark',
    date: '2026-12-02',
    startTime: '10:00',
    location: 'Civic Offices',
    purpose: '',
    preparationNotes: '',
    status: 'in-progress',
    children: [{ id: randomUUID(), name: 'Child', dateOfBirth: '2018-03-14' }],
    notes: Array.from({ length: count }, (_, index) => ({
      id: randomUUID(),
      text: `Note ${index}: the school reports that attendance has improved since September, and Sarah says the mornings are calmer now that the bus is earlier.`,
      createdAt: at,
      updatedAt: at,
    })),
    revision: 0,
    createdAt: at,
    updatedAt: at,
  }
}

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
        kind: 'rcpc',
        familyName: `Family ${other}`,
        date: '2026-11-01',
        startTime: null,
        children: [],
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
