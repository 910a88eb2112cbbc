import { randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { readJournalBytes } from '../../../../electron/services/store/journal.ts'
import { snapshotFile } from '../../../../electron/services/store/meeting-files.ts'
import { MeetingStore } from '../../../../electron/services/store/meeting-store.ts'
import { isConference, type Meeting } from '../../../../shared/meeting/meeting.ts'
import { MeetingCommandSchema, type MeetingCommand } from '../../../../shared/meeting/meeting-command.ts'
import { readInterchange } from '../../../../shared/meeting/interchange.ts'
import { meetingVersion } from '../../../../shared/meeting/versions.ts'
import { genesisHash } from '../../../../shared/meeting/journal-entry.ts'
import { aClock, aKey } from '../../../helpers/builders.ts'
import { heldConference } from '../../../helpers/conference-meeting.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

const noteIds = Array.from({ length: 1_000 }, () => randomUUID())

async function aStore(folder?: string, key = aKey()) {
  const where = folder ?? (await tempFolder())
  const clock = aClock()
  const logger = createMemoryLogger()
  const store = await MeetingStore.open({ folder: where, key, now: clock.now, logger })
  return { store, folder: where, key, clock, logger }
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const signOff: MeetingCommand = {
  type: 'sign-off',
  openItems: [],
  reason: 'Signed with items open, for the test.',
}

function correction(what: string, reasons: string): MeetingCommand[] {
  return [
    { type: 'start-correction', correction: { what, askedBy: 'Anna Kowalska' } },
    { type: 'update-decision', childId: null, patch: { reasons } },
    signOff,
  ]
}

function reasonsOf(meeting: Meeting): string | undefined {
  if (!isConference(meeting)) throw new Error('a conference expected')
  return meeting.record.decisions[0]?.reasons
}

/** A held conference with `notes` more notes, imported into a store and signed `times` times. */
async function signedTimes(times: number, notes = 200) {
  const opened = await aStore()
  const { store, clock } = opened
  const { id } = value(await store.importMeeting(heldConference()))
  for (let index = 0; index < notes; index += 1)
    value(
      await store.apply(
        id,
        MeetingCommandSchema.parse({
          type: 'add-note',
          noteId: noteIds[index],
          sectionKey: null,
          text: `Note ${index}: Zofia’s school says attendance is 92% this term; Síle Ní Bhriain agreed.`,
          speakerId: null,
          visibility: { to: 'everyone' },
          verbatim: false,
        }),
      ),
    )
  value(
    await store.apply(id, {
      type: 'update-decision',
      childId: null,
      patch: { reasons: 'Reasons, version 1.' },
    }),
  )
  value(await store.apply(id, signOff))
  for (let version = 2; version <= times; version += 1) {
    clock.advance(60_000)
    for (const command of correction(`Correction ${version}`, `Reasons, version ${version}.`))
      value(await store.apply(id, command))
  }
  await store.flush()
  return { ...opened, id }
}

/**
 * The newest snapshot's contents, unsealed: what the meeting file holds (its sealed size is padded to a
 * bucket, which two sizes either side of a boundary would make differ by a bucket's step).
 */
async function newestSnapshotBytes(opened: { folder: string; key: Buffer; id: string }): Promise<number> {
  const files = {
    folder: opened.folder,
    key: opened.key,
    now: () => new Date(),
    logger: createMemoryLogger(),
    keep: 5,
    writeFile: async () => undefined,
  }
  const snapshot = await snapshotFile(files, opened.id).read()
  return Buffer.byteLength(JSON.stringify(snapshot))
}

describe('signed versions live in the journal', () => {
  it('rebuilds every version by replaying the journal, as it was signed, after a restart', async () => {
    const { folder, key, id } = await signedTimes(3, 5)
    const { store } = await aStore(folder, key)
    const meeting = value(await store.get(id)).meeting
    const journal = value(await store.journal(id))
    if (!isConference(meeting)) throw new Error('a conference expected')
    expect(meeting.record.signedVersions.map((version) => version.number)).toEqual([1, 2, 3])
    for (const version of meeting.record.signedVersions) expect(version).not.toHaveProperty('snapshot')
    for (const number of [1, 2, 3]) {
      const rebuilt = value(meetingVersion(meeting, number, journal))
      expect(rebuilt.number).toBe(number)
      expect(reasonsOf(rebuilt.meeting)).toBe(`Reasons, version ${number}.`)
      if (!isConference(rebuilt.meeting)) throw new Error('a conference expected')
      expect(rebuilt.meeting.record.signedVersions).toEqual([])
      expect(rebuilt.meeting.record.signOff).not.toBeNull()
      expect(rebuilt.meeting.notes).toHaveLength(meeting.notes.length)
    }
    // The record as it stands is the latest version.
    expect(reasonsOf(value(meetingVersion(meeting, null, journal)).meeting)).toBe('Reasons, version 3.')
  })

  it('refuses a version the journal does not rebuild exactly as signed', async () => {
    const { store, id } = await signedTimes(2, 3)
    const meeting = value(await store.get(id)).meeting
    const journal = value(await store.journal(id))
    // A note's words changed in the journal before version 1 was signed (a tamper the chain check would also
    // name): the rebuilt meeting is not the one the version's hash was taken over.
    const changed = journal.map((entry) =>
      (entry.command as { noteId?: string }).noteId === noteIds[1]
        ? { ...entry, command: { ...(entry.command as object), text: 'Words nobody said.' } }
        : entry,
    )
    expect(meetingVersion(meeting, 1, changed)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('could not be rebuilt exactly as it was signed') },
    })
    // With entries missing before it (no whole meeting to start from), it is refused too.
    expect(meetingVersion(meeting, 2, journal.slice(1)).ok).toBe(false)
    expect(meetingVersion(meeting, 2, journal).ok).toBe(true)
  })

  it('keeps a meeting signed three times no bigger than one signed once, plus its journal', async () => {
    const once = await signedTimes(1)
    const thrice = await signedTimes(3)
    const onceSize = await newestSnapshotBytes(once)
    const thriceSize = await newestSnapshotBytes(thrice)
    // Two more versions add who signed, when, the hash and the correction: never the meeting again.
    expect(thriceSize).toBeLessThanOrEqual(onceSize + 2_048)
    const journalSize = async (opened: { folder: string; id: string }) =>
      (await stat(join(opened.folder, 'meetings', opened.id, 'journal.cvj'))).size
    const extraJournal = (await journalSize(thrice)) - (await journalSize(once))
    // The extra journal is the six commands of two corrections, each a small sealed entry (512 bytes and a
    // few more for its length, nonce and tag).
    expect(extraJournal).toBeLessThanOrEqual(6 * 600)
    expect(extraJournal).toBeGreaterThan(0)
  })

  it('moves the copies older versions carried into the journal the first time such a meeting opens', async () => {
    const fixture = readInterchange(
      await readFile(new URL('../../../fixtures/meeting-v5-signed.json', import.meta.url), 'utf8'),
    )
    if (!fixture.ok) throw new Error('the fixture did not read')
    const legacy = fixture.meeting
    if (!isConference(legacy)) throw new Error('a conference expected')
    const signedThen = legacy.record.signedVersions[0]
    expect(signedThen?.snapshot).toBeDefined()
    // Saved as Convene saved it before the journal: one snapshot, nothing in a journal.
    const folder = await tempFolder()
    const key = aKey()
    const files = {
      folder,
      key,
      now: () => new Date('2026-11-22T09:00:00Z'),
      logger: createMemoryLogger(),
      keep: 5,
      writeFile: (await import('../../../../electron/services/store/durable-write.ts')).writeFileDurably,
    }
    await snapshotFile(files, legacy.id).write({ meeting: legacy, journalSeq: 0, journalHead: genesisHash })

    const { store } = await aStore(folder, key)
    const opened = value(await store.get(legacy.id)).meeting
    if (!isConference(opened)) throw new Error('a conference expected')
    expect(opened.record.signedVersions[0]).not.toHaveProperty('snapshot')
    expect(opened.record.signedVersions[0]?.hash).toBe(signedThen?.hash)
    const journal = value(await store.journal(legacy.id))
    // Kept, then filed in a case of its own (schema 5 had no cases).
    expect(journal.map((entry) => (entry.command as { type: string }).type)).toEqual([
      'keep-version',
      'keep-whole',
      'replace-meeting',
    ])
    const version = value(meetingVersion(opened, 1, journal))
    expect(version.meeting).toEqual(value(meetingVersion(legacy, 1, [])).meeting)

    // Opened again: kept once, not again; the snapshot no longer carries the copy.
    await store.flush()
    const again = await aStore(folder, key)
    expect(value(await again.store.journal(legacy.id))).toHaveLength(3)
    const raw = await readFile(join(folder, 'meetings', legacy.id, 'journal.cvj'))
    expect(readJournalBytes(key, legacy.id, raw).entries).toHaveLength(3)
    expect(value(meetingVersion(value(await again.store.get(legacy.id)).meeting, 1, journal)).number).toBe(1)
  })
})
