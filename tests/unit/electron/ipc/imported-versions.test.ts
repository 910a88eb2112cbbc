import { join } from 'node:path'
import { readdir, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../../electron/cli/convene.ts'
import { writeInterchange, readInterchange } from '../../../../shared/meeting/interchange.ts'
import { heldConference } from '../../../helpers/conference-meeting.ts'
import { aSession } from '../../../helpers/session.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

type Call = Awaited<ReturnType<typeof aSession>>['call']

function value<T>(result: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

/** A held conference imported, signed, corrected and signed again; its interchange file's text. */
async function signedTwice(call: Call): Promise<{ id: string; text: string }> {
  const { meeting } = value<{ meeting: { id: string } }>(
    await call('meetings.importInterchange', writeInterchange(heldConference(), new Date())),
  )
  const id = meeting.id
  const signOff = { type: 'sign-off', openItems: [], reason: 'Signed for the test with items open.' }
  for (const command of [
    { type: 'update-decision', childId: null, patch: { reasons: 'Reasons as first signed.' } },
    signOff,
    { type: 'start-correction', correction: { what: 'The month was wrong', askedBy: 'Anna Kowalska' } },
    { type: 'update-decision', childId: null, patch: { reasons: 'Reasons as corrected.' } },
    signOff,
  ])
    value(await call('meetings.apply', id, command))
  const { text } = value<{ text: string }>(await call('meetings.exportInterchange', id))
  return { id, text }
}

async function cli(args: ReadonlyArray<string>) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { code, out, err }
}

describe('signed versions in a meeting read from a file', () => {
  it(
    'makes the documents of a version signed here, and refuses those of a version signed on another laptop',
    { timeout: 60_000 },
    async () => {
      const { call } = await aSession()
      const { id, text } = await signedTwice(call)
      expect((await call('meetings.exportDocuments', id, 1)).ok).toBe(true)
      expect((await call('meetings.exportDocuments', id, 2)).ok).toBe(true)

      // The same meeting, sent to another laptop (here, read back in): its versions were not signed there.
      const { meeting } = value<{ meeting: { id: string } }>(await call('meetings.importInterchange', text))
      for (const number of [1, 2, null]) {
        const refused = await call('meetings.exportDocuments', meeting.id, number)
        expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
        expect(!refused.ok && refused.error.message).toMatch(/signed on another laptop/)
      }
    },
  )

  it(
    'carries the journal in the file, and the laptop that reads it keeps the history',
    { timeout: 60_000 },
    async () => {
      const { call } = await aSession()
      const { text } = await signedTwice(call)
      const read = readInterchange(text)
      if (!read.ok) throw new Error(JSON.stringify(read.problems))
      expect(read.journal.map((entry) => (entry.command as { type: string }).type)).toEqual([
        'keep-whole',
        'update-decision',
        'sign-off',
        'start-correction',
        'update-decision',
        'sign-off',
      ])

      const elsewhere = await aSession()
      const { meeting } = value<{ meeting: { id: string } }>(
        await elsewhere.call('meetings.importInterchange', text),
      )
      const { entries: history, damagedFrom } = value<{
        entries: ReadonlyArray<{ what: string; mark: string | null; fromFile: boolean }>
        damagedFrom: number | null
      }>(await elsewhere.call('meetings.history', meeting.id))
      expect(damagedFrom).toBeNull()
      // What was done on the laptop the file came from is marked so; bringing it in is this laptop's own.
      expect(history.slice(0, -1).every((entry) => entry.fromFile)).toBe(true)
      expect(history.at(-1)?.fromFile).toBe(false)
      expect(history.filter((entry) => entry.mark !== null).map((entry) => entry.what)).toEqual([
        'signed the minutes (version 1)',
        'started a correction of the signed minutes',
        'signed the minutes (version 2)',
      ])
      expect(history.at(-1)?.what).toBe('brought the meeting in from a file')
      // Exported again from there, the history still verifies from its first entry.
      const again = value<{ text: string }>(await elsewhere.call('meetings.exportInterchange', meeting.id))
      const reread = readInterchange(again.text)
      expect(reread.ok && reread.journal.length).toBe(read.journal.length + 1)
    },
  )

  it(
    'refuses a file whose history was changed, removed from, reordered or added to, naming the entry',
    { timeout: 60_000 },
    async () => {
      const { call } = await aSession()
      const { text } = await signedTwice(call)
      const file = JSON.parse(text) as { journal: Array<{ seq: number; command: Record<string, unknown> }> }
      const variants: Array<[string, typeof file.journal, string]> = [
        [
          'changed',
          file.journal.map((entry) =>
            entry.seq === 2
              ? { ...entry, command: { ...entry.command, patch: { reasons: 'Other reasons.' } } }
              : entry,
          ),
          'journal[2]',
        ],
        [
          'removed',
          file.journal
            .filter((entry) => entry.seq !== 3)
            .map((entry, index) => ({ ...entry, seq: index + 1 })),
          'journal[2]',
        ],
        [
          'reordered',
          [
            file.journal[0]!,
            { ...file.journal[2]!, seq: 2 },
            { ...file.journal[1]!, seq: 3 },
            ...file.journal.slice(3),
          ],
          'journal[1]',
        ],
        [
          'inserted',
          [...file.journal.slice(0, 2), { ...file.journal[1]!, seq: 3 }, ...file.journal.slice(2)],
          'journal[2]',
        ],
      ]
      for (const [how, journal, path] of variants) {
        const outcome = readInterchange(JSON.stringify({ ...file, journal }))
        expect(outcome.ok, how).toBe(false)
        expect(!outcome.ok && outcome.problems, how).toEqual([
          { path, message: expect.stringMatching(/^Change \d+ of the meeting's history/) },
        ])
        const imported = value<{ imported: boolean }>(
          await call('meetings.importInterchange', JSON.stringify({ ...file, journal })),
        )
        expect(imported.imported, how).toBe(false)
      }
      // A file written before journals (no journal at all) still imports.
      const { journal: _journal, ...older } = file
      expect(readInterchange(JSON.stringify(older)).ok).toBe(true)
    },
  )

  it(
    'convene render rebuilds the signed version from the file’s journal; convene history prints it',
    { timeout: 60_000 },
    async () => {
      const { call } = await aSession()
      const { text } = await signedTwice(call)
      const folder = await tempFolder()
      const file = join(folder, 'meeting.json')
      await writeFile(file, text)
      const rendered = await cli(['render', file, '--out', join(folder, 'out')])
      expect(rendered.code, rendered.err).toBe(0)
      expect((await readdir(join(folder, 'out'))).length).toBe(4)

      const printed = await cli(['history', file])
      expect(printed).toMatchObject({ code: 0, err: '' })
      expect(printed.out).toContain('signed the minutes (version 2)  [signed]')
      expect(printed.out).not.toContain('Reasons as')

      // Without the journal, the latest version cannot be rebuilt: render says so and writes nothing.
      const { journal: _journal, ...older } = JSON.parse(text) as Record<string, unknown>
      await writeFile(file, JSON.stringify(older))
      const refused = await cli(['render', file, '--out', join(folder, 'none')])
      expect(refused.code).toBe(1)
      expect(refused.err).toContain('could not be rebuilt exactly as it was signed')
      expect(await cli(['history', file])).toMatchObject({
        code: 1,
        err: expect.stringContaining('carries no history'),
      })
    },
  )
})
