import { describe, expect, it } from 'vitest'
import { formatWait } from '../../../shared/text/format-wait.ts'

describe('a wait in plain words', () => {
  it('counts seconds under a minute, then whole minutes rounded up', () => {
    expect(formatWait(1)).toBe('1 second')
    expect(formatWait(8)).toBe('8 seconds')
    expect(formatWait(59)).toBe('59 seconds')
    expect(formatWait(60)).toBe('1 minute')
    expect(formatWait(61)).toBe('2 minutes')
    expect(formatWait(256)).toBe('5 minutes')
    expect(formatWait(300)).toBe('5 minutes')
  })
})
