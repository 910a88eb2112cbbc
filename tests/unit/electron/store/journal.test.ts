import { randomUUID } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MeetingStore } from '../../../../electron/services/store/meeting-store.ts'
import { SaveError } from '../../../../electron/services/store/durable-write.ts'
import {
  Journal,
  genesisHash,
  readJournalBytes,
  sealEntry,
  type JournalEntry,
} from '../../../../electron/services/store/journal.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { MeetingCommandSchema } from '../../../../shared/meeting/meeting-command.ts'
import { aClock, aDraft, aKey } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

const note = (text: string) =>
  MeetingCommandSchema.parse({
    type: 'add-note',
    noteId: randomUUID(),
    sectionKey: null,
    speakerId: null,
    text,
    visibility: { to: 'everyone' },
    verbatim: false,
  })

async function aMeetingWithNotes(texts: ReadonlyArray<string>) {
  const folder = await tempFolder()
  const key = aKey()
  const open = () => MeetingStore.open({ folder, key, now: aClock().now, logger: createMemoryLogger() })
  const store = await open()
  const created = await store.create(aDraft({ familyName: 'Wiśniewska' }))
  if (!created.ok) throw new Error(created.error.message)
  for (const text of texts) {
    const saved = await store.apply(created.value.id, note(text), {
      by: { name: 'Helen Okafor', role: 'chair' },
    })
    if (!saved.ok) throw new Error(saved.error.message)
  }
  const journal = join(folder, 'meetings', created.value.id, 'journal.cvj')
  return { folder, key, id: created.value.id, journal, open }
}

describe('the journal', () => {
  it('keeps each change as a sealed, chained entry: who, when, the revision and the command', async () => {
    const { key, id, journal } = await aMeetingWithNotes([
      'Zofia said the mornings are calmer.',
      'مريم وافقت',
    ])
    const bytes = await readFile(journal)
    expect(bytes.includes(Buffer.from('Zofia'))).toBe(false)
    const read = readJournalBytes(key, id, bytes)
    expect(read.stopped).toBeNull()
    // The first entry keeps the meeting whole as it was created (by nobody named: it changes nothing).
    expect(read.entries.map((entry) => [entry.seq, entry.revision, entry.by?.name])).toEqual([
      [1, 0, undefined],
      [2, 1, 'Helen Okafor'],
      [3, 2, 'Helen Okafor'],
    ])
    expect(read.entries[0]?.command).toMatchObject({ type: 'keep-whole', reason: 'created' })
    expect(read.entries[0]?.prev).toBe(genesisHash)
    expect(read.entries[1]?.prev).toBe(read.heads[0])
    expect(read.entries[2]?.prev).toBe(read.heads[1])
    expect(readJournalBytes(aKey(), id, bytes).stopped).toEqual({ seq: 1, reason: 'damaged' })
  })

  it(
    'opens with every acknowledged entry whatever byte a crash tore the last append at',
    { timeout: 180_000 },
    async () => {
      const texts = [
        'First note.',
        'Second note, in Irish: Tá sé go maith.',
        'Third: 王小明 is settled at school.',
      ]
      const { key, id, journal, open } = await aMeetingWithNotes(texts)
      const whole = await readFile(journal)
      const read = readJournalBytes(key, id, whole)
      // The meeting kept whole, then three notes: the last note's entry is torn.
      const lastStart = read.ends[2] ?? 0
      for (let cut = lastStart; cut < whole.length; cut += 1) {
        const torn = readJournalBytes(key, id, whole.subarray(0, cut))
        expect(torn.entries, `torn at byte ${cut}`).toHaveLength(3)
        expect(torn.stopped, `torn at byte ${cut}`).toBeNull()
        expect(torn.tornTail, `torn at byte ${cut}`).toBe(cut > lastStart)
        // The whole store opened at the edges of the entry and at every 32nd byte between.
        if (cut - lastStart > 8 && whole.length - cut > 8 && (cut - lastStart) % 32 !== 0) continue
        await writeFile(journal, whole.subarray(0, cut))
        const loaded = await (await open()).get(id)
        expect(loaded.ok, `torn at byte ${cut}`).toBe(true)
        if (!loaded.ok) return
        expect(loaded.value.recovery, `torn at byte ${cut}`).toBeNull()
        expect(loaded.value.meeting.notes.map((item) => item.text)).toEqual(texts.slice(0, 2))
      }
      // After a torn tail the journal goes on where the last good entry ended.
      await writeFile(journal, whole.subarray(0, lastStart + 7))
      const store = await open()
      const added = await store.apply(id, note('After the crash.'))
      expect(added.ok).toBe(true)
      const after = readJournalBytes(key, id, await readFile(journal))
      expect(after.stopped).toBeNull()
      expect(after.entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4])
    },
  )

  it('notices entries changed, removed, reordered or inserted, even when sealed again with the right key', async () => {
    const { key, id, journal } = await aMeetingWithNotes(['One.', 'Two.', 'Three.', 'Four.'])
    const bytes = await readFile(journal)
    const read = readJournalBytes(key, id, bytes)
    const entries = read.entries
    const seal = (list: ReadonlyArray<JournalEntry>) =>
      Buffer.concat(list.map((entry) => sealEntry(key, id, entry).bytes))

    const changed = entries.map((entry) =>
      entry.seq === 2 ? { ...entry, command: { ...(entry.command as object), text: 'Changed.' } } : entry,
    )
    expect(readJournalBytes(key, id, seal(changed)).stopped).toEqual({ seq: 3, reason: 'broken-chain' })

    const removed = entries
      .filter((entry) => entry.seq !== 2)
      .map((entry, index) => ({ ...entry, seq: index + 1 }))
    expect(readJournalBytes(key, id, seal(removed)).stopped).toEqual({ seq: 2, reason: 'broken-chain' })

    const [first, second, third, fourth] = entries
    if (!first || !second || !third || !fourth) throw new Error('four entries expected')
    const reordered = [first, { ...third, seq: 2 }, { ...second, seq: 3 }, fourth]
    expect(readJournalBytes(key, id, seal(reordered)).stopped).toEqual({ seq: 2, reason: 'broken-chain' })

    const inserted = [
      first,
      { ...second, seq: 2, prev: read.heads[0] ?? '' },
      ...entries.slice(1).map((entry) => ({ ...entry, seq: entry.seq + 1 })),
    ]
    expect(readJournalBytes(key, id, seal(inserted)).stopped).toEqual({ seq: 3, reason: 'broken-chain' })

    // Sealed for another entry's place: the entry's number is authenticated with it.
    const swapped = Buffer.concat([sealEntry(key, id, second).bytes, sealEntry(key, id, first).bytes])
    expect(readJournalBytes(key, id, swapped).stopped?.seq).toBe(1)
  })

  it('says the disk is full every time it is, even when the journal was never written', async () => {
    const folder = await tempFolder()
    let full = true
    const journal = new Journal({
      path: join(folder, 'journal.cvj'),
      meetingId: randomUUID(),
      key: aKey(),
      appendFile: async (path, contents) => {
        if (full) throw new SaveError('disk-full', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
        await writeFile(path, contents, { flag: 'a' })
      },
    })
    const entry = {
      at: '2026-12-02T10:00:00.000Z',
      by: null,
      revision: 1,
      command: { type: 'start-meeting' },
    }
    for (let attempt = 0; attempt < 2; attempt += 1)
      await expect(journal.appendAll([entry])).rejects.toMatchObject({ reason: 'disk-full' })
    full = false
    expect((await journal.appendAll([entry])).map((written) => written.seq)).toEqual([1])
  })
})
