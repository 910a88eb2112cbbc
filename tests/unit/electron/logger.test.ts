import { describe, expect, it } from 'vitest'
import { createMemoryLogger, sanitiseFields } from '../../../electron/services/logger.ts'

describe('the logger', () => {
  it('keeps numbers, booleans, identifiers and codes', () => {
    expect(
      sanitiseFields({
        notes: 3,
        ok: true,
        meetingId: '0b9a8f55-3c3e-4a55-9d1c-3c6a2f1f8a11',
        channel: 'meetings.get',
      }),
    ).toEqual({
      notes: 3,
      ok: true,
      meetingId: '0b9a8f55-3c3e-4a55-9d1c-3c6a2f1f8a11',
      channel: 'meetings.get',
    })
  })

  it("logs the contract's channel names as themselves, capitals and all", () => {
    expect(sanitiseFields({ channel: 'meetings.exportDocuments' })).toEqual({
      channel: 'meetings.exportDocuments',
    })
    expect(sanitiseFields({ channel: 'identity.saveSignature' })).toEqual({
      channel: 'identity.saveSignature',
    })
  })

  it("withholds a channel that is not one of the contract's, as a hostile request could name anyone", () => {
    expect(sanitiseFields({ channel: 'Sarah Jones' })).toEqual({ channel: '[withheld]' })
    expect(sanitiseFields({ channel: 'meetings.sarahJones' })).toEqual({ channel: '[withheld]' })
  })

  it('withholds any other text, such as a name', () => {
    expect(sanitiseFields({ familyName: 'Kowalski', meetingId: 'Sarah Jones', code: 'Sarah Jones' })).toEqual(
      {
        familyName: '[withheld]',
        meetingId: '[withheld]',
        code: '[withheld]',
      },
    )
  })

  it("writes an error's type and where it happened, never its message", () => {
    const logger = createMemoryLogger()
    logger.error('meeting.save-failed', {}, new TypeError('Cannot read notes of Gwendolyn Fairweather'))
    expect(logger.lines[0]).toContain('TypeError')
    expect(logger.lines[0]).not.toContain('Gwendolyn')
  })

  it('replaces an event name that could hold text', () => {
    const logger = createMemoryLogger()
    logger.info('Saved notes for Gwendolyn')
    expect(logger.lines[0]).toMatch(/^event\.withheld/)
  })
})
