import { execFileSync, spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/convene.ts'
import { interchangeJsonSchema } from '../../../shared/meeting/interchange.ts'
import { MeetingFieldsSchema } from '../../../shared/meeting/meeting.ts'

const root = join(import.meta.dirname, '../../..')
const fixture = (name: string): string => join(root, 'tests/fixtures', name)

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { code, out, err }
}

describe('convene validate', () => {
  it('says a valid meeting file is valid and exits 0', async () => {
    const result = await run('validate', fixture('meeting-valid.json'))
    expect(result.code).toBe(0)
    expect(result.out).toContain('meeting-valid.json: valid (icpc, 2026-12-02, 2 notes)')
  })

  it('reads a file written by an earlier Convene (schema version 1) as valid', async () => {
    const result = await run('validate', fixture('meeting-v1.json'))
    expect(result.code).toBe(0)
    expect(result.out).toContain('meeting-v1.json: valid')
  })

  it('lists every problem with its path and exits 1', async () => {
    const result = await run('validate', fixture('meeting-invalid.json'))
    expect(result.code).toBe(1)
    expect(result.out).toContain('5 problems')
    for (const path of [
      'meeting.kind',
      'meeting.familyName',
      'meeting.date',
      'meeting.startTime',
      'meeting.children[0].dateOfBirth',
    ]) {
      expect(result.out).toContain(`  ${path}: `)
    }
  })

  it('says plainly when the file is missing, and exits 2', async () => {
    const result = await run('validate', fixture('no-such-meeting.json'))
    expect(result.code).toBe(2)
    expect(result.err).toContain('there is no such file')
  })

  it('explains how to use it when no file is named', async () => {
    const result = await run('validate')
    expect(result.code).toBe(2)
    expect(result.err).toContain('name the meeting file to check')
  })

  it('refuses an unknown command with the usage', async () => {
    const result = await run('frobnicate')
    expect(result.code).toBe(2)
    expect(result.err).toContain('Usage: convene <command>')
  })
})

describe('the convene command as installed (package.json bin)', () => {
  it('runs from the bin entry and returns the exit code', () => {
    const packageJson = JSON.parse(execFileSync('cat', [join(root, 'package.json')]).toString()) as {
      bin: { convene: string }
    }
    const bin = join(root, packageJson.bin.convene)
    const valid = spawnSync(process.execPath, [bin, 'validate', fixture('meeting-valid.json')])
    expect(valid.status).toBe(0)
    const invalid = spawnSync(process.execPath, [bin, 'validate', fixture('meeting-invalid.json')])
    expect(invalid.status).toBe(1)
    expect(invalid.stdout.toString()).toContain('meeting.date: This is not a real date')
  })
})

describe('docs/meeting-format', () => {
  it('has the JSON Schema the app generates (run npm run convene -- schema > docs/meeting-format.schema.json)', async () => {
    const committed = JSON.parse(
      await readFile(join(root, 'docs/meeting-format.schema.json'), 'utf8'),
    ) as object
    expect(committed).toEqual(interchangeJsonSchema())
  })

  it('describes every field of the meeting', async () => {
    const markdown = await readFile(join(root, 'docs/meeting-format.md'), 'utf8')
    for (const field of Object.keys(MeetingFieldsSchema.shape))
      expect(markdown, field).toContain(`\`${field}\``)
  })
})
