import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/convene.ts'
import { writeInterchange } from '../../../shared/meeting/interchange.ts'
import mammoth from 'mammoth'
import { createMemoryLogger } from '../../../electron/services/logger.ts'
import { ConveneSession } from '../../../electron/services/session.ts'
import { defaultSettings } from '../../../shared/settings/settings.ts'
import { aClock, aMediationMeeting } from '../../helpers/builders.ts'
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

  /** The text of the decision letter `render` wrote into the folder. */
  async function letterText(out: string): Promise<string> {
    const name = (await readdir(out)).find((file) => file.startsWith('decision-letter'))
    if (!name) throw new Error('no decision letter written')
    return (await mammoth.extractRawText({ buffer: await readFile(join(out, name)) })).value
  }

  it("takes the council's numbers from --settings: the corrections window in the letter is the council's", async () => {
    const folder = await aFolder()
    const file = join(folder, 'meeting.json')
    await writeFile(file, writeInterchange(conferenceMeeting(), new Date('2026-12-02T16:00:00Z')))
    const settings = join(folder, 'settings.json')
    const council = defaultSettings()
    await writeFile(
      settings,
      JSON.stringify({ ...council, timescales: { ...council.timescales, correctionsWorkingDays: 7 } }),
    )
    expect((await run(['render', file, '--out', join(folder, 'default')])).code).toBe(0)
    expect(await letterText(join(folder, 'default'))).toContain('within 10 working days of receiving them')
    const ours = await run(['render', file, '--out', join(folder, 'ours'), '--settings', settings])
    expect(ours).toMatchObject({ code: 0, err: '' })
    const text = await letterText(join(folder, 'ours'))
    expect(text).toContain('within 7 working days of receiving them')
    expect(text).not.toContain('10 working days')
  })

  it('makes no documents from settings it cannot use, or given two ways, and says why', async () => {
    const folder = await aFolder()
    const file = join(folder, 'meeting.json')
    await writeFile(file, writeInterchange(conferenceMeeting(), new Date('2026-12-02T16:00:00Z')))
    const notSettings = join(folder, 'not-settings.json')
    await writeFile(notSettings, JSON.stringify([1, 2, 3]))
    const newer = join(folder, 'newer.json')
    await writeFile(newer, JSON.stringify({ ...defaultSettings(), version: 99 }))
    const out = join(folder, 'out')
    expect(await run(['render', file, '--out', out, '--settings', notSettings])).toMatchObject({
      code: 2,
      err: expect.stringContaining('this is not a Convene settings file'),
    })
    expect(await run(['render', file, '--out', out, '--settings', newer])).toMatchObject({
      code: 2,
      err: expect.stringContaining('saved by a newer version of Convene'),
    })
    expect(await run(['render', file, '--out', out, '--settings', newer, '--data', folder])).toMatchObject({
      code: 2,
      err: expect.stringContaining('not both'),
    })
    expect(await readdir(folder)).not.toContain('out')
  })

  it("takes them from a data folder's own settings with --data, unlocked by CONVENE_PASSPHRASE", async () => {
    const folder = await aFolder()
    const data = join(folder, 'data')
    const session = await ConveneSession.start({
      dataFolder: data,
      logFolder: data,
      keychain: null,
      now: aClock().now,
      logger: createMemoryLogger(),
      emit: () => undefined,
      version: '0.0.0',
      runtime: 'test-host',
      scrypt: { N: 2 ** 12, r: 8, p: 1 },
    })
    await session.createPassphrase('copper kettle morning walk')
    const store = session.settings()
    if (!store.ok) throw new Error(store.error.message)
    await store.value.update({ timescales: { ...defaultSettings().timescales, correctionsWorkingDays: 4 } })
    await session.close()
    const file = join(folder, 'meeting.json')
    await writeFile(file, writeInterchange(conferenceMeeting(), new Date('2026-12-02T16:00:00Z')))
    const before = process.env['CONVENE_PASSPHRASE']
    try {
      delete process.env['CONVENE_PASSPHRASE']
      expect(await run(['render', file, '--out', join(folder, 'none'), '--data', data])).toMatchObject({
        code: 2,
        err: expect.stringContaining('CONVENE_PASSPHRASE'),
      })
      process.env['CONVENE_PASSPHRASE'] = 'not the passphrase'
      expect((await run(['render', file, '--out', join(folder, 'wrong'), '--data', data])).code).toBe(2)
      process.env['CONVENE_PASSPHRASE'] = 'copper kettle morning walk'
      const result = await run(['render', file, '--out', join(folder, 'out'), '--data', data])
      expect(result).toMatchObject({ code: 0, err: '' })
      expect(await letterText(join(folder, 'out'))).toContain('within 4 working days of receiving them')
    } finally {
      if (before === undefined) delete process.env['CONVENE_PASSPHRASE']
      else process.env['CONVENE_PASSPHRASE'] = before
    }
  })
})
