import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { readInterchange } from '../../../shared/meeting/interchange.ts'
import { currentSchemaVersion, isConference, MeetingSchema } from '../../../shared/meeting/meeting.ts'
import { meetingVersion } from '../../../shared/meeting/versions.ts'

/**
 * A meeting file written by every earlier version of the schema imports as a meeting of today's: the files
 * are the ones those versions wrote (version 2 and 3 the example of their day, version 4 and 5 written by
 * the app of their day from that example, the last one decided, with a closed note, and signed).
 */
const files = {
  1: 'meeting-v1.json',
  2: 'meeting-v2.json',
  3: 'meeting-valid.json',
  4: 'meeting-v4.json',
  5: 'meeting-v5-signed.json',
} as const

const read = async (name: string) =>
  readInterchange(await readFile(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'))

describe('a meeting file of every earlier schema version', () => {
  it.each(Object.entries(files))('version %s imports as a meeting of today', async (version, name) => {
    const text = await readFile(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')
    expect((JSON.parse(text) as { meeting: { schemaVersion?: number } }).meeting.schemaVersion ?? 0).toBe(
      Number(version),
    )
    const outcome = await read(name)
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
    expect(outcome.meeting.schemaVersion).toBe(currentSchemaVersion)
    expect(MeetingSchema.safeParse(outcome.meeting).success).toBe(true)
  })

  it("keeps a version 5 meeting's decision (for every child), its closed note and its signature", async () => {
    const outcome = await read(files[5])
    if (!outcome.ok || !isConference(outcome.meeting)) throw new Error('not a conference')
    const meeting = outcome.meeting
    expect(meeting.record.decisions).toEqual([
      expect.objectContaining({ childId: null, outcome: 'cp-plan', category: 'neglect' }),
    ])
    expect(meeting.record.decisions[0]!.recommendations).toEqual([
      expect.objectContaining({ outcome: 'cin-plan', visibility: { to: 'everyone' } }),
    ])
    expect(meeting.record.analysis).toBe('Significant harm through neglect is likely.')
    const closed = meeting.notes.filter((note) => note.visibility.to === 'professionals')
    expect(closed.map((note) => note.text)).toEqual(['Police information shared in the closed part.'])
    expect(meeting.record.signOff).not.toBeNull()
    expect(meeting.record.signedVersions).toHaveLength(1)
  })

  it('opens the version signed under schema 5 as a meeting of today, as it was signed', async () => {
    const outcome = await read(files[5])
    if (!outcome.ok) throw new Error('not read')
    const signed = meetingVersion(outcome.meeting, 1, [])
    if (!signed.ok) throw new Error(signed.error.message)
    const version = signed.value.meeting
    expect(version.schemaVersion).toBe(currentSchemaVersion)
    if (!isConference(version)) throw new Error('not a conference')
    expect(version.record.decisions[0]).toMatchObject({ outcome: 'cp-plan', category: 'neglect' })
    expect(version.notes.some((note) => note.visibility.to === 'professionals')).toBe(true)
  })
})
