import { describe, expect, it } from 'vitest'
import { readInterchange, writeInterchange } from '../../../shared/meeting/interchange.ts'
import { aMeeting } from '../../helpers/builders.ts'

describe('the interchange file', () => {
  it('reads back what it wrote', () => {
    const meeting = aMeeting({ familyName: 'Nowak' })
    const outcome = readInterchange(writeInterchange(meeting, new Date('2026-11-22T10:00:00Z')))
    expect(outcome).toEqual({ ok: true, meeting })
  })

  it('says plainly when the file is not JSON', () => {
    const outcome = readInterchange('{ "format": ')
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.reason).toBe('not-json')
    expect(outcome.problems[0]?.message).toMatch(/not valid JSON/)
  })

  it('says when the file is some other JSON', () => {
    const outcome = readInterchange('{"name": "something else"}')
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.problems.map((problem) => problem.path)).toContain('format')
    expect(outcome.problems.map((problem) => problem.path)).toContain('meeting')
  })

  it('prefixes each problem with where it is in the file', () => {
    const text = JSON.stringify({ format: 'convene-meeting', meeting: { ...aMeeting(), familyName: '' } })
    const outcome = readInterchange(text)
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.problems).toEqual([{ path: 'meeting.familyName', message: 'Enter a name' }])
  })
})
