import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MeetingStore } from '../../../../electron/services/store/meeting-store.ts'
import { SaveError, writeFileDurably } from '../../../../electron/services/store/durable-write.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { publishDocuments } from '../../../../electron/services/publishing/publish-documents.ts'
import { openItemsOf } from '../../../../shared/kinds/conference/module.ts'
import { describeHistory } from '../../../../shared/meeting/history.ts'
import { chainHash, genesisHash } from '../../../../shared/meeting/journal-entry.ts'
import { readInterchange, writeInterchange } from '../../../../shared/meeting/interchange.ts'
import { defaultSettings } from '../../../../shared/settings/settings.ts'
import { ok } from '../../../../shared/util/result.ts'
import { aClock, aKey } from '../../../helpers/builders.ts'
import { heldConference } from '../../../helpers/conference-meeting.ts'
import { aSession } from '../../../helpers/session.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

type Call = Awaited<ReturnType<typeof aSession>>['call']
type Entry = {
  seq: number
  prev: string
  at: string
  by: unknown
  revision: number
  command: Record<string, unknown>
}
type FileShape = { meeting: { revision: number }; journal: Entry[] }

function value<T>(result: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

const signOff = { type: 'sign-off', openItems: [], reason: 'Signed for the test with items open.' }

/** A held conference signed once on one laptop, as the file it exports. */
async function signedOnce(call: Call): Promise<{ id: string; file: FileShape }> {
  const { meeting } = value<{ meeting: { id: string } }>(
    await call('meetings.importInterchange', writeInterchange(heldConference(), new Date())),
  )
  value(await call('meetings.apply', meeting.id, signOff))
  const { text } = value<{ text: string }>(await call('meetings.exportInterchange', meeting.id))
  return { id: meeting.id, file: JSON.parse(text) as FileShape }
}

/** The entries with one put in before the last, numbered and chained again as Convene would. */
function withPlanted(journal: ReadonlyArray<Entry>, planted: Omit<Entry, 'seq' | 'prev'>): Entry[] {
  const entries = [...journal.slice(0, -1), { ...planted, seq: 0, prev: '' }, journal.at(-1)!]
  let prev = genesisHash
  return entries.map((entry, index) => {
    const { seq: _seq, prev: _prev, ...rest } = entry
    const next = { ...rest, seq: index + 1, prev }
    prev = chainHash(next)
    return next as Entry
  })
}

describe('a history brought in from a file cannot be made to tell another story', () => {
  it(
    'passes over a planted copy of a version, so a version signed here is still made',
    { timeout: 60_000 },
    async () => {
      const { call } = await aSession()
      const { file } = await signedOnce(call)
      const last = file.journal.at(-1)!
      const planted = withPlanted(file.journal, {
        at: last.at,
        by: null,
        revision: last.revision,
        command: { type: 'keep-version', number: 2, snapshot: '{"not":"the meeting"}' },
      })
      const elsewhere = await aSession()
      const { meeting } = value<{ meeting: { id: string } }>(
        await elsewhere.call('meetings.importInterchange', JSON.stringify({ ...file, journal: planted })),
      )
      for (const command of [
        { type: 'start-correction', correction: { what: 'A date was wrong', askedBy: 'Anna Kowalska' } },
        signOff,
      ])
        value(await elsewhere.call('meetings.apply', meeting.id, command))
      const made = await elsewhere.call('meetings.exportDocuments', meeting.id, 2)
      expect(made.ok, made.ok ? '' : made.error.message).toBe(true)
    },
  )

  it(
    'refuses a history with a change that does not lead to the meeting, naming it',
    { timeout: 60_000 },
    async () => {
      const { call } = await aSession()
      const { file } = await signedOnce(call)
      const last = file.journal.at(-1)!
      const planted = withPlanted(file.journal, {
        at: last.at,
        by: { name: 'Helen Okafor', role: 'chair' },
        revision: last.revision,
        command: {
          type: 'edit-note',
          noteId: '5b0c1f0e-8d1a-4c44-9a55-3f1c2b7d9e10',
          text: 'Words nobody said.',
        },
      })
      const outcome = readInterchange(JSON.stringify({ ...file, journal: planted }))
      expect(!outcome.ok && outcome.problems).toEqual([
        {
          path: `journal[${planted.length - 2}]`,
          message: expect.stringContaining('the history does not lead to this meeting'),
        },
      ])
    },
  )

  it(
    'refuses a name in the history that would forge a line or turn text round',
    { timeout: 60_000 },
    async () => {
      const { call } = await aSession()
      const { file } = await signedOnce(call)
      for (const name of [
        'Helen Okafor\n02/12/2026 at 10:00  Anna: signed the minutes',
        'Helen \u202Erofako',
      ]) {
        const journal = file.journal.map((entry, index) =>
          index === file.journal.length - 1 ? { ...entry, by: { name, role: 'chair' } } : entry,
        )
        const outcome = readInterchange(JSON.stringify({ ...file, journal }))
        expect(outcome.ok).toBe(false)
        expect(!outcome.ok && outcome.problems[0]?.message).toContain(
          'control character or a direction override',
        )
      }
    },
  )

  it('refuses a file nested deeper than any meeting, in plain words', () => {
    for (const depth of [5_000, 200_000]) {
      const deep = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
      const text = `{"format":"convene-meeting","exportedAt":"2026-12-02T10:00:00.000Z","meeting":${deep}}`
      const outcome = readInterchange(text)
      expect(outcome.ok).toBe(false)
      expect(!outcome.ok && outcome.problems[0]?.message).toMatch(/nested (more than 64 levels|too) deep/)
    }
  })

  it('names a change of a type the history does not know as a change, whatever it is called', () => {
    const meeting = heldConference()
    const described = describeHistory(meeting, [
      { seq: 1, at: '2026-12-02T10:00:00.000Z', by: null, command: { type: '__proto__' } },
      { seq: 2, at: '2026-12-02T10:00:00.000Z', by: null, command: { type: 'constructor' } },
    ])
    expect(described.map((entry) => entry.what)).toEqual(['changed the meeting', 'changed the meeting'])
  })
})

describe('a damaged history, and adding a meeting on a full disk', () => {
  it(
    'says where a damaged history stops, and exports the meeting without it',
    { timeout: 60_000 },
    async () => {
      const folder = await tempFolder()
      const first = await aSession({ folder })
      const { id } = await signedOnce(first.call)
      await first.session.close()
      // The sign-off's entry, before the newest snapshot, damaged: the meeting opens whole from the snapshot.
      const journalFile = join(folder, 'meetings', id, 'journal.cvj')
      const bytes = await readFile(journalFile)
      bytes.fill(0x41, bytes.length - 60, bytes.length - 20)
      await writeFile(journalFile, bytes)
      const again = await aSession({ folder })
      const history = value<{ damagedFrom: number | null }>(await again.call('meetings.history', id))
      expect(history.damagedFrom).toBe(2)
      const { text } = value<{ text: string }>(await again.call('meetings.exportInterchange', id))
      const read = readInterchange(text)
      expect(read.ok && read.journal).toEqual([])
      expect(
        value<{ imported: boolean }>(await again.call('meetings.importInterchange', text)).imported,
      ).toBe(true)
    },
  )

  it('keeps nothing of a meeting the disk had no room for, and says so', async () => {
    const folder = await tempFolder()
    let full = false
    const store = await MeetingStore.open({
      folder,
      key: aKey(),
      now: aClock().now,
      logger: createMemoryLogger(),
      writeFile: async (path, contents) => {
        if (full) throw new SaveError('disk-full', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
        await writeFileDurably(path, contents)
      },
    })
    const before = await readdir(join(folder, 'meetings'))
    full = true
    const refused = await store.importMeeting(heldConference())
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'disk-full', message: expect.stringContaining('Nothing of it was kept') },
    })
    expect(await readdir(join(folder, 'meetings'))).toEqual(before)
  })
})

describe('signing from the command line, and long checklists', () => {
  it('signs a version signed in Convene as of now, never as of when the chair signed it', async () => {
    const { call } = await aSession()
    const { file } = await signedOnce(call)
    const read = readInterchange(JSON.stringify(file))
    if (!read.ok) throw new Error('not read')
    const seen: string[] = []
    const now = new Date('2027-01-05T09:30:00.000Z')
    await publishDocuments(read.meeting, {
      council: defaultSettings(),
      version: null,
      journal: read.journal,
      signAt: now,
      signer: async (_version, signedAt) => {
        seen.push(signedAt)
        return ok({ key: null as never, block: { name: 'x', role: 'y', signedAt, image: null } })
      },
    }).catch(() => undefined)
    expect(seen).toEqual([now.toISOString()])
  })

  it('keeps a sign-off possible with a checklist of long or many items', () => {
    const long = 'A report is not shared with the parents: '.repeat(30)
    const items = openItemsOf(Array.from({ length: 60 }, () => long))
    expect(items).toHaveLength(50)
    expect(items.every((item) => item.length <= 500)).toBe(true)
    expect(items.at(-1)).toBe('and 11 more')
  })
})
