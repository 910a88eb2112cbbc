import { describe, expect, it } from 'vitest'
import { currentSchemaVersion } from '../../../shared/model/meeting.ts'
import { migrateMeeting, migrations } from '../../../shared/model/migrations.ts'
import { stampSchemaVersion } from '../../../shared/model/migrations/0001-stamp-schema-version.ts'
import { aMeeting } from '../../helpers/builders.ts'

describe('migrations', () => {
  it('form an unbroken chain from version 0 to the current version', () => {
    let version = 0
    for (const migration of migrations) {
      expect(migration.from).toBe(version)
      expect(migration.to).toBe(version + 1)
      version = migration.to
    }
    expect(version).toBe(currentSchemaVersion)
  })
})

describe('0001 stamp the schema version', () => {
  it('brings a hand-written meeting with only the essentials up to version 1', () => {
    const {
      schemaVersion: _version,
      notes: _notes,
      children: _children,
      purpose: _purpose,
      location: _location,
      startTime: _time,
      status: _status,
      preparationNotes: _prep,
      revision: _revision,
      ...essentials
    } = aMeeting()
    const outcome = migrateMeeting(essentials)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.migratedFrom).toBe(0)
    expect(outcome.meeting.schemaVersion).toBe(1)
    expect(outcome.meeting.children).toEqual([])
    expect(outcome.meeting.status).toBe('planned')
  })

  it('keeps every value the meeting already had', () => {
    const migrated = stampSchemaVersion.migrate({
      familyName: 'Okafor',
      notes: [{ id: 'x' }],
      status: 'ended',
    })
    expect(migrated).toMatchObject({
      familyName: 'Okafor',
      notes: [{ id: 'x' }],
      status: 'ended',
      schemaVersion: 1,
    })
  })
})

describe('migrateMeeting', () => {
  it('leaves a current meeting as it is', () => {
    const meeting = aMeeting()
    const outcome = migrateMeeting(meeting)
    expect(outcome).toEqual({ ok: true, meeting, migratedFrom: currentSchemaVersion })
  })

  it('says a meeting from a newer Convene needs an update, rather than calling it broken', () => {
    const outcome = migrateMeeting({ ...aMeeting(), schemaVersion: currentSchemaVersion + 1 })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.reason).toBe('newer-version')
    expect(outcome.problems[0]?.message).toMatch(/newer version of Convene/)
  })

  it('lists every problem with its path', () => {
    const meeting = aMeeting()
    const outcome = migrateMeeting({
      ...meeting,
      kind: 'party',
      children: [{ ...meeting.children[0], dateOfBirth: '2019-02-30' }],
    })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.problems.map((problem) => problem.path)).toEqual(['kind', 'children[0].dateOfBirth'])
  })

  it('refuses something that is not an object', () => {
    expect(migrateMeeting([1, 2]).ok).toBe(false)
    expect(migrateMeeting(null).ok).toBe(false)
  })
})
