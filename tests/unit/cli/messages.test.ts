import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/convene.ts'
import { whyNotWritten } from '../../../electron/cli/cli-files.ts'
import { readInterchange, writeInterchange } from '../../../shared/meeting/interchange.ts'
import { conferenceMeeting } from '../../helpers/conference-meeting.ts'

async function run(args: ReadonlyArray<string>) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { code, out, err }
}

let folder = ''
let meetingFile = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'convene-messages-'))
  meetingFile = join(folder, 'meeting-with-bom.json')
  // As Windows Notepad saves UTF-8: a byte-order mark first.
  await writeFile(
    meetingFile,
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(writeInterchange(conferenceMeeting(), new Date('2026-12-02T16:00:00Z'))),
    ]),
  )
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('a UTF-8 file with a byte-order mark', () => {
  it('is read like any other: by validate, by render, and by the app (readInterchange)', async () => {
    expect(await run(['validate', meetingFile])).toMatchObject({
      code: 0,
      out: expect.stringContaining('meeting-with-bom.json: valid (icpc'),
    })
    const rendered = await run(['render', meetingFile, '--out', join(folder, 'out')])
    expect(rendered.code, rendered.err).toBe(0)
    const text = `\uFEFF${writeInterchange(conferenceMeeting(), new Date('2026-12-02T16:00:00Z'))}`
    expect(readInterchange(text)).toMatchObject({ ok: true })
  })
})

describe('verify on a folder', () => {
  it('says it is a folder, not that there is no such file', async () => {
    const result = await run(['verify', folder])
    expect(result).toMatchObject({ code: 2, out: '' })
    expect(result.err).toBe(`${folder}: this is a folder, not a document. Name the .docx file inside it.\n`)
    expect((await run(['validate', folder])).err).toContain('this is a folder, not a file')
  })
})

describe('an --out that cannot be written', () => {
  let readOnly = ''
  let mounted = false
  beforeAll(async () => {
    readOnly = await mkdtemp(join(tmpdir(), 'convene-read-only-'))
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', readOnly], { stdio: 'ignore' })
      mounted = true
    } catch {
      mounted = false
    }
  })
  afterAll(async () => {
    if (mounted) execFileSync('umount', [readOnly])
    await rmdir(readOnly).catch(() => undefined)
  })

  it('on a read-only disk: says why, and what to do', async (context) => {
    if (!mounted) context.skip('mounting a read-only tmpfs needs root; the messages are checked below')
    const result = await run(['render', meetingFile, '--out', join(readOnly, 'minutes')])
    expect(result.code).toBe(2)
    expect(result.err).toBe(
      `${join(readOnly, 'minutes')}: the documents were not written: that folder is on a read-only disk or share. Choose a folder on a disk you can write to with --out. Nothing else was changed.\n`,
    )
  })

  it('names the reason and a way forward for each refusal the system gives', () => {
    const refusal = (code: string) => Object.assign(new Error(code), { code })
    expect(whyNotWritten(refusal('EACCES'))).toBe(
      'Convene is not allowed to write in that folder (its permissions do not allow it). Choose another folder with --out, or ask whoever manages this computer for write access.',
    )
    expect(whyNotWritten(refusal('ENOSPC'))).toContain('the disk is full. Free some space')
    expect(whyNotWritten(refusal('EIO'))).toBe(
      'the system refused (EIO). Check that the folder exists and can be written to, or choose another with --out.',
    )
  })

  it('a folder inside a file', async () => {
    await mkdir(join(folder, 'plain'), { recursive: true })
    await writeFile(join(folder, 'plain', 'a-file'), 'x')
    const result = await run(['render', meetingFile, '--out', join(folder, 'plain', 'a-file', 'inside')])
    expect(result.err).toContain('that is a file, not a folder. Name a folder with --out')
  })
})

describe('nothing ends in a stack trace', () => {
  it.each([
    ['validate', 'a binary file', Buffer.from([0, 1, 2, 255, 254, 0x7b])],
    ['validate', 'JSON nested 100,000 deep', Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
    ['render', 'a meeting with the wrong shape', Buffer.from('{"format":"convene-meeting","meeting":[]}')],
    ['verify', 'a text file', Buffer.from('hello')],
  ])('%s on %s: a plain message, exit 1 or 2', async (command, _what, data) => {
    const file = join(folder, 'input')
    await writeFile(file, data)
    const result = await run(
      command === 'render' ? [command, file, '--out', join(folder, 'r')] : [command, file],
    )
    expect([1, 2]).toContain(result.code)
    expect(`${result.out}${result.err}`).not.toMatch(/\n\s+at |Error:/)
  })
})
