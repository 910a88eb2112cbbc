import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { MeetingStore, type StoreChange } from '../../../../electron/services/store/meeting-store.ts'
import { MeetingIndex } from '../../../../electron/services/store/meeting-index.ts'
import { GenerationalFile } from '../../../../electron/services/store/generational-file.ts'
import type { Meeting } from '../../../../shared/meeting/meeting.ts'
import { MeetingCommandSchema } from '../../../../shared/meeting/meeting-command.ts'
import { meetingWithNotes } from '../../../helpers/meeting-with-notes.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { summarise } from '../../../../shared/meeting/meeting-summary.ts'
import { aClock, aDraft, aKey, aMeeting } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'
import { filesUnder, savesNewestFirst } from '../../../helpers/files.ts'

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

describe('MeetingStore', () => {
  it('creates a meeting that the list shows and that opens again after a restart', async () => {
    const { store, folder, key } = await aStore()
    const created = value(await store.create(aDraft()))
    expect(store.list()).toEqual([
      {
        readable: true,
        id: created.id,
        kind: 'icpc',
        kindLabel: 'Initial child protection conference',
        caseLabel: 'Child protection',
        familyName: 'Wiśniewska-Oyelaran',
        childNames: ['Zuzanna Quillfeather'],
        date: '2026-12-02',
        status: 'planned',
        caseId: created.caseId,
        signed: false,
        facts: {
          dates: { strategyDiscussion: null, firstCoreGroup: null, nextReview: null, minutesSent: null },
          outcomes: [null],
          signedOff: false,
        },
      },
    ])
    expect(store.cases()).toEqual([
      expect.objectContaining({
        id: created.caseId,
        family: 'conference',
        familyName: 'Wiśniewska-Oyelaran',
      }),
    ])
    const reopened = await aStore(folder, key)
    expect(value(await reopened.store.get(created.id))).toEqual({ meeting: created, recovery: null })
  })

  it('acknowledges an update only once it is on disk', async () => {
    const { store, folder, key } = await aStore()
    const created = value(await store.create(aDraft()))
    const saved = value(
      await store.update(created.id, (meeting) => ({
        ...meeting,
        preparationNotes: 'Ask about the school run',
      })),
    )
    expect(saved.revision).toBe(1)
    const reopened = await aStore(folder, key)
    expect(value(await reopened.store.get(created.id)).meeting.preparationNotes).toBe(
      'Ask about the school run',
    )
  })

  it('keeps every one of many quick changes, writing far fewer times than it is asked', async () => {
    const { store, folder, key } = await aStore()
    const created = value(await store.create(aDraft()))
    let text = ''
    const answers = []
    for (const letter of 'The family asked for the meeting to start later') {
      text += letter
      const snapshot = text
      answers.push(store.update(created.id, (meeting) => ({ ...meeting, preparationNotes: snapshot })))
    }
    const results = await Promise.all(answers)
    expect(results.every((result) => result.ok)).toBe(true)
    const reopened = await aStore(folder, key)
    expect(value(await reopened.store.get(created.id)).meeting.preparationNotes).toBe(text)
    expect(value(await reopened.store.get(created.id)).meeting.revision).toBe(text.length)
  })

  it('tells listeners about saves and list changes', async () => {
    const { store } = await aStore()
    const heard: StoreChange['type'][] = []
    store.onDidUpdate((change) => heard.push(change.type))
    const created = value(await store.create(aDraft()))
    await store.update(created.id, (meeting) => ({ ...meeting, location: 'Room 4' }))
    await store.update(created.id, (meeting) => ({ ...meeting, familyName: 'Nowak' }))
    expect(heard).toEqual(['list-changed', 'meeting-saved', 'list-changed', 'meeting-saved'])
  })

  it('does not rewrite the index when an edit leaves the list unchanged', async () => {
    const { store, folder } = await aStore()
    const created = value(await store.create(aDraft()))
    const before = await readdir(join(folder, 'index'))
    for (let i = 0; i < 5; i += 1)
      await store.update(created.id, (meeting) => ({ ...meeting, purpose: `draft ${i}` }))
    expect(await readdir(join(folder, 'index'))).toEqual(before)
  })

  it('opens a meeting whose latest journal entry is damaged as it was before it, says when, and leaves other meetings alone', async () => {
    const { store, folder, key, clock } = await aStore()
    const damaged = value(await store.create(aDraft({ familyName: 'Abernethy' })))
    const untouched = value(await store.create(aDraft({ familyName: 'Osei' })))
    clock.advance(90_000)
    await store.update(damaged.id, (meeting) => ({ ...meeting, purpose: 'second save' }))
    const journal = join(folder, 'meetings', damaged.id, 'journal.cvj')
    const bytes = await readFile(journal)
    // The last entry (the second save; the first keeps the meeting as created) is damaged in the middle.
    bytes.fill(0x41, bytes.length - 140, bytes.length - 100)
    await writeFile(journal, bytes)

    const reopened = await aStore(folder, key)
    const loaded = value(await reopened.store.get(damaged.id))
    expect(loaded.meeting.purpose).toBe('')
    expect(loaded.recovery).toEqual({
      restoredSavedAt: '2026-11-22T09:00:00.000Z',
      damagedSaves: 1,
      unusableSaves: 0,
      keptAsideIn: join('kept-aside', `meeting ${damaged.id}`),
      restoredAll: false,
    })
    // The damaged journal is kept aside, byte for byte; the meeting goes on from what could be restored.
    expect(await readFile(join(folder, loaded.recovery?.keptAsideIn ?? '', 'journal.cvj'))).toEqual(bytes)
    expect(value(await reopened.store.get(untouched.id))).toEqual({ meeting: untouched, recovery: null })
    const next = value(
      await reopened.store.update(damaged.id, (meeting) => ({ ...meeting, purpose: 'again' })),
    )
    expect(next.purpose).toBe('again')
    expect(value(await (await aStore(folder, key)).store.get(damaged.id)).meeting.purpose).toBe('again')
  })

  it('opens the snapshot before a damaged newest one and replays the journal after it: nothing is lost', async () => {
    const { store, folder, key, clock } = await aStore()
    const created = value(await store.create(aDraft({ familyName: 'Abernethy' })))
    clock.advance(90_000)
    await store.update(created.id, (meeting) => ({ ...meeting, purpose: 'second save' }))
    await store.flush()
    const meetingFolder = join(folder, 'meetings', created.id)
    const [newest = ''] = await savesNewestFirst(meetingFolder, key, { purpose: 'meeting', id: created.id })
    const bytes = await readFile(newest)
    bytes.fill(0x41, 100, 140)
    await writeFile(newest, bytes)

    const loaded = value(await (await aStore(folder, key)).store.get(created.id))
    expect(loaded.meeting.purpose).toBe('second save')
    expect(loaded.recovery).toMatchObject({ damagedSaves: 1, unusableSaves: 0, restoredAll: true })
  })

  it('refuses note 50,001 of a meeting at the limit, and the meeting still opens after a restart', async () => {
    const { store, folder, key } = await aStore()
    const full = meetingWithNotes(50_000)
    value(await store.importMeeting(full))
    const refused = await store.apply(
      full.id,
      MeetingCommandSchema.parse({
        type: 'add-note',
        noteId: randomUUID(),
        sectionKey: null,
        speakerId: null,
        text: 'One too many',
        visibility: { to: 'everyone' },
        verbatim: false,
      }),
    )
    expect(refused.ok).toBe(false)
    const loaded = value(await (await aStore(folder, key)).store.get(full.id))
    expect(loaded.meeting.notes).toHaveLength(50_000)
    expect(loaded.recovery).toBeNull()
  })

  it('opens the save before one that breaks the rules (past the 50,000-note limit), says which, and keeps it aside', async () => {
    const { store, folder, key, clock } = await aStore()
    const full = meetingWithNotes(50_000)
    value(await store.importMeeting(full))
    clock.advance(60_000)
    // A save of 50,001 notes, as an older Convene acknowledged: written past the store's checks.
    const past = new GenerationalFile<Meeting>({
      folder: join(folder, 'meetings', full.id),
      purpose: 'meeting',
      id: full.id,
      key,
      now: clock.now,
      keep: 5,
    })
    await past.write({
      ...full,
      revision: 1,
      notes: [...full.notes, { ...full.notes[0]!, id: randomUUID() }],
    })

    const reopened = await aStore(folder, key)
    const loaded = value(await reopened.store.get(full.id))
    expect(loaded.meeting.notes).toHaveLength(50_000)
    expect(loaded.recovery).toMatchObject({ damagedSaves: 0, unusableSaves: 1 })
    const kept = await readdir(join(folder, loaded.recovery?.keptAsideIn ?? 'nowhere'))
    expect(kept).toHaveLength(1)
    expect(reopened.logger.lines.some((line) => line.startsWith('meeting.invalid-save'))).toBe(true)
  })

  it('reports a meeting whose every save is damaged as unreadable, and still opens the others', async () => {
    const { store, folder, key } = await aStore()
    const broken = value(await store.create(aDraft({ familyName: 'Abernethy' })))
    const fine = value(await store.create(aDraft({ familyName: 'Osei' })))
    const meetingFolder = join(folder, 'meetings', broken.id)
    for (const name of await readdir(meetingFolder))
      await writeFile(join(meetingFolder, name), 'not a meeting')

    const reopened = await aStore(folder, key)
    const result = await reopened.store.get(broken.id)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error.message).toMatch(
        /every saved copy of it is damaged. Your other meetings are not affected/,
      )
    expect(reopened.store.list().find((entry) => entry.id === broken.id)).toMatchObject({ readable: false })
    expect(value(await reopened.store.get(fine.id)).meeting.familyName).toBe('Osei')
  })

  it('rebuilds a lost index entry from the meeting folder after a crash between the two writes', async () => {
    const { store, folder, key } = await aStore()
    const first = value(await store.create(aDraft({ familyName: 'Abernethy' })))
    const indexFolder = join(folder, 'index')
    const indexSaves = (await readdir(indexFolder)).sort()
    const second = value(await store.create(aDraft({ familyName: 'Osei' })))
    for (const name of await readdir(indexFolder))
      if (!indexSaves.includes(name)) await writeFile(join(indexFolder, name), '')

    const reopened = await aStore(folder, key)
    expect(
      reopened.store
        .list()
        .map((entry) => entry.id)
        .sort(),
    ).toEqual([first.id, second.id].sort())
  })

  it('lists the dates of a meeting whose summary was written before schema 6, without saving it again', async () => {
    const { store, folder, key, clock, logger } = await aStore()
    const created = value(await store.create(aDraft({ familyName: 'Abernethy' })))
    const decided = value(
      await store.apply(
        created.id,
        MeetingCommandSchema.parse({ type: 'update-decision', patch: { outcome: 'cp-plan' } }),
      ),
    )
    // The index as an earlier build wrote it: the row, but not what the statutory dates run from.
    const { facts: _facts, ...oldSummary } = summarise(decided)
    const index = await MeetingIndex.open({
      folder,
      meetingsFolder: join(folder, 'meetings'),
      key,
      now: clock.now,
      keep: 5,
      logger,
    })
    await index.put(oldSummary)
    const meetingSaves = await readdir(join(folder, 'meetings', created.id))

    const reopened = await aStore(folder, key)
    const [entry] = reopened.store.list()
    expect(entry?.readable && entry.facts).toEqual({
      dates: { strategyDiscussion: null, firstCoreGroup: null, nextReview: null, minutesSent: null },
      outcomes: ['cp-plan'],
      signedOff: false,
    })
    // Worked out from the meeting as it is on disk: the meeting itself was not saved again.
    expect(await readdir(join(folder, 'meetings', created.id))).toEqual(meetingSaves)
    // And written to the index, so the next start need not read the meeting.
    const again = await MeetingIndex.open({
      folder,
      meetingsFolder: join(folder, 'meetings'),
      key,
      now: clock.now,
      keep: 5,
      logger,
    })
    expect(again.find(created.id)?.facts).toMatchObject({ outcomes: ['cp-plan'] })
  })

  it('removes a meeting and every saved copy of it', async () => {
    const { store, folder, key } = await aStore()
    const created = value(await store.create(aDraft()))
    expect(value(await store.remove(created.id))).toEqual({ removed: true })
    expect(await readdir(join(folder, 'meetings'))).toEqual([])
    const reopened = await aStore(folder, key)
    expect(reopened.store.list()).toEqual([])
  })

  it('imports a meeting with a clashing identifier as a new meeting, keeping both', async () => {
    const { store } = await aStore()
    const meeting = aMeeting()
    value(await store.importMeeting(meeting))
    const second = value(await store.importMeeting({ ...meeting, familyName: 'Second copy' }))
    expect(second.id).not.toBe(meeting.id)
    expect(store.list()).toHaveLength(2)
  })

  it('never files a meeting in a case of another family, even when its file names that case', async () => {
    const { store } = await aStore()
    const conference = value(await store.create(aDraft({ familyName: 'Byrne' })))
    const miam = value(
      await store.create({ ...aDraft({ familyName: 'Byrne' }), kind: 'miam', caseId: conference.caseId }),
    )
    expect(miam.caseId).not.toBe(conference.caseId)
    expect(
      store
        .cases()
        .map((item) => item.family)
        .sort(),
    ).toEqual(['conference', 'mediation'])
    const imported = value(
      await store.importMeeting({ ...miam, id: randomUUID(), caseId: conference.caseId }),
    )
    expect(imported.caseId).not.toBe(conference.caseId)
  })

  it('keeps no name or note in plain text anywhere in its folder', async () => {
    const { store, folder } = await aStore()
    const created = value(await store.create(aDraft()))
    await store.update(created.id, (meeting) => ({
      ...meeting,
      preparationNotes: 'Gwendolyn said Xanthippe was frightened',
    }))
    for (const file of await filesUnder(folder)) {
      const bytes = await readFile(file)
      for (const secret of ['Wiśniewska', 'Quillfeather', 'Gwendolyn', 'Xanthippe']) {
        expect(bytes.includes(Buffer.from(secret)), `${secret} in ${file}`).toBe(false)
        expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (UTF-16) in ${file}`).toBe(false)
      }
    }
  })
})
