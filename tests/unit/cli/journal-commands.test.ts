import { randomUUID } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/convene.ts'
import { openDataFolder } from '../../../electron/cli/council-settings.ts'
import { createMemoryLogger } from '../../../electron/services/logger.ts'
import { ConveneSession } from '../../../electron/services/session.ts'
import { readJournalBytes, sealEntry } from '../../../electron/services/store/journal.ts'
import { MeetingCommandSchema } from '../../../shared/meeting/meeting-command.ts'
import { aClock, aDraft } from '../../helpers/builders.ts'
import { tempFolder } from '../../helpers/temp-folder.ts'

const passphrase = 'copper kettle morning walk'

async function run(args: ReadonlyArray<string>) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { code, out, err }
}

/** A data folder with one meeting: three notes added by Helen Okafor, then the minutes signed. */
async function aDataFolder() {
  const data = await tempFolder()
  const session = await ConveneSession.start({
    dataFolder: data,
    logFolder: data,
    keychain: null,
    now: aClock('2026-12-02T10:00:00.000Z').now,
    logger: createMemoryLogger(),
    emit: () => undefined,
    version: '0.0.0',
    runtime: 'test-host',
    scrypt: { N: 2 ** 12, r: 8, p: 1 },
  })
  await session.createPassphrase(passphrase)
  const store = session.meetings()
  if (!store.ok) throw new Error(store.error.message)
  const created = await store.value.create(aDraft({ familyName: 'Ní Bhriain', date: '2026-12-02' }))
  if (!created.ok) throw new Error(created.error.message)
  const id = created.value.id
  const by = { name: 'Helen Okafor', role: 'chair' }
  for (const text of ['Síle said the mornings are calmer.', 'Tá sé go maith.', 'The school sees progress.']) {
    const command = MeetingCommandSchema.parse({
      type: 'add-note',
      noteId: randomUUID(),
      sectionKey: created.value.agenda[0]?.key ?? null,
      speakerId: null,
      text,
      visibility: { to: 'everyone' },
      verbatim: false,
    })
    const added = await store.value.apply(id, command, { by })
    if (!added.ok) throw new Error(added.error.message)
  }
  const signed = await store.value.apply(
    id,
    MeetingCommandSchema.parse({ type: 'sign-off', openItems: [], reason: 'For the test.' }),
    { by },
  )
  if (!signed.ok) throw new Error(signed.error.message)
  await session.close()
  return { data, id }
}

describe('convene audit and convene history', () => {
  let before: string | undefined
  beforeEach(() => {
    before = process.env['CONVENE_PASSPHRASE']
    process.env['CONVENE_PASSPHRASE'] = passphrase
  })
  afterEach(() => {
    if (before === undefined) delete process.env['CONVENE_PASSPHRASE']
    else process.env['CONVENE_PASSPHRASE'] = before
  })

  it('finds every journal whole, then names the entry where one was reordered, sealed again with the right key', async () => {
    const { data, id } = await aDataFolder()
    const whole = await run(['audit', '--data', data])
    expect(whole).toMatchObject({ code: 0, err: '' })
    expect(whole.out).toContain(`meeting ${id}: 5 entries, every one sealed and chained`)
    expect(whole.out).not.toContain('Síle')

    const key = await openDataFolder(data, { out: () => undefined, err: () => undefined })
    if (!key) throw new Error('the data folder did not open')
    const path = join(data, 'meetings', id, 'journal.cvj')
    const { entries } = readJournalBytes(key, id, await readFile(path))
    // The first entry keeps the meeting as it was created; then the four changes.
    const [created, first, second, third, fourth] = entries
    if (!created || !first || !second || !third || !fourth) throw new Error('five entries expected')
    const reordered = [created, first, { ...third, seq: 3 }, { ...second, seq: 4 }, fourth]
    await writeFile(path, Buffer.concat(reordered.map((entry) => sealEntry(key, id, entry).bytes)))
    const broken = await run(['audit', '--data', data])
    expect(broken.code).toBe(1)
    expect(broken.out).toContain(`meeting ${id}: BROKEN: entry 3 does not follow entry 2`)
  })

  it('finds a signed version the journal no longer rebuilds, though every entry was chained again', async () => {
    const { data, id } = await aDataFolder()
    const key = await openDataFolder(data, { out: () => undefined, err: () => undefined })
    if (!key) throw new Error('the data folder did not open')
    const path = join(data, 'meetings', id, 'journal.cvj')
    const { entries } = readJournalBytes(key, id, await readFile(path))
    // A note's words changed before the sign-off, and every entry after it sealed and chained again.
    let prev = entries[0]?.prev ?? ''
    const rechained = entries.map((entry) => {
      const command = entry.command as { type: string; text?: string }
      const next = {
        ...entry,
        prev,
        command:
          command.type === 'add-note' && entry.seq === 2
            ? { ...command, text: 'Words nobody said.' }
            : command,
      }
      prev = sealEntry(key, id, next).hash
      return next
    })
    await writeFile(path, Buffer.concat(rechained.map((entry) => sealEntry(key, id, entry).bytes)))
    const audited = await run(['audit', '--data', data])
    expect(audited.code).toBe(1)
    expect(audited.out).toContain('version 1 of the signed minutes is not rebuilt as it was signed')
  })

  it('prints a meeting’s changes in plain words, with who and when, the sign-off marked, and no note’s words', async () => {
    const { data, id } = await aDataFolder()
    const printed = await run(['history', '--data', data, id])
    expect(printed).toMatchObject({ code: 0, err: '' })
    const lines = printed.out.trim().split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(/^02\/12\/2026 at \d\d:\d\d {2}Not named: created the meeting$/)
    expect(lines[1]).toMatch(/^02\/12\/2026 at \d\d:\d\d {2}Helen Okafor: added a note to /)
    expect(lines[4]).toMatch(/Helen Okafor: signed the minutes \(version 1\) {2}\[signed\]$/)
    expect(printed.out).not.toContain('Síle')
    expect(await run(['history', '--data', data])).toMatchObject({ code: 2 })
    // An identifier not there, or a path, is refused, and nothing is made in (or beside) the data folder.
    const before = await readdir(join(data, 'meetings'))
    for (const wrong of [randomUUID(), '../../elsewhere'])
      expect(await run(['history', '--data', data, wrong])).toMatchObject({
        code: 2,
        err: expect.stringContaining('convene audit lists them'),
      })
    expect(await readdir(join(data, 'meetings'))).toEqual(before)
  })
})
