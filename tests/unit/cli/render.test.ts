import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/convene.ts'
import { writeInterchange } from '../../../shared/meeting/interchange.ts'
import { aMediationMeeting } from '../../helpers/builders.ts'
import { conferenceMeeting } from '../../helpers/conference-meeting.ts'

async function run(args: ReadonlyArray<string>) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { code, out, err }
}

const folders: string[] = []
afterEach(async () => {
  for (const folder of folders.splice(0)) {
    await chmod(folder, 0o700).catch(() => undefined)
    await rm(folder, { recursive: true, force: true })
  }
})
async function aFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'convene-render-'))
  folders.push(folder)
  return folder
}

describe('convene render', () => {
  it('writes the four documents of a meeting file, named as drafts when no certificate signs them', async () => {
    const folder = await aFolder()
    const file = join(folder, 'meeting.json')
    await writeFile(file, writeInterchange(conferenceMeeting(), new Date('2026-12-02T16:00:00Z')))
    const result = await run(['render', file, '--out', join(folder, 'out')])
    expect(result.code, result.err).toBe(0)
    expect(
      (await readdir(join(folder, 'out')))
        .sort()
        .map((name) => name.replace(/-[0-9a-f]{8}(-draft)?\.docx$/, '')),
    ).toEqual([
      'decision-letter-icpc-2026-12-02',
      'minutes-family-copy-icpc-2026-12-02',
      'minutes-icpc-2026-12-02',
      'outline-plan-icpc-2026-12-02',
    ])
  })

  it('makes no documents from a mediation meeting, a preview until mediation has its own copies', async () => {
    const folder = await aFolder()
    const file = join(folder, 'miam.json')
    await writeFile(file, writeInterchange(aMediationMeeting(), new Date('2026-12-02T16:00:00Z')))
    const result = await run(['render', file, '--out', join(folder, 'out')])
    expect(result).toMatchObject({
      code: 1,
      err: expect.stringContaining('Documents cannot be made for a mediation meeting yet'),
    })
    await expect(readdir(join(folder, 'out'))).rejects.toThrow()
  })

  it('says plainly what is wrong: no folder given, a missing file, a broken file, a folder it cannot write', async () => {
    const folder = await aFolder()
    expect(await run(['render', 'meeting.json'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('name the meeting file and the folder'),
    })
    expect(await run(['render', join(folder, 'nope.json'), '--out', folder])).toMatchObject({
      code: 2,
      err: expect.stringContaining('there is no such file'),
    })
    const broken = join(folder, 'broken.json')
    await writeFile(broken, '{"format": "something else"}')
    expect(await run(['render', broken, '--out', folder])).toMatchObject({
      code: 1,
      err: expect.stringContaining('not a meeting Convene can read'),
    })
    const good = join(folder, 'meeting.json')
    await writeFile(good, writeInterchange(conferenceMeeting(), new Date('2026-12-02T16:00:00Z')))
    const locked = join(folder, 'locked')
    await writeFile(locked, 'a file where the folder should be')
    const refused = await run(['render', good, '--out', locked])
    expect(refused.code).toBe(2)
    expect(refused.err).toContain('the documents were not written: that is a file, not a folder')
  })
})
