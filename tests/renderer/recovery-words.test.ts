import { describe, expect, it } from 'vitest'
import { whyPassedOver } from '../../renderer/workspace/recovery-words.ts'

const notice = { restoredSavedAt: '2026-11-22T09:00:00.000Z', keptAsideIn: null }

describe('why an earlier save was opened, in plain words', () => {
  it('says a damaged file was passed over', () => {
    expect(whyPassedOver({ ...notice, damagedSaves: 1, unusableSaves: 0 })).toBe(
      'The latest save could not be read because the file was damaged.',
    )
  })

  it('says a save that opened but broke the rules was passed over, and which rule is meant', () => {
    expect(whyPassedOver({ ...notice, damagedSaves: 0, unusableSaves: 2 })).toBe(
      'The latest 2 saves could be read but not used, because they break the rules a meeting must keep (such as at most 50,000 notes).',
    )
  })

  it('counts both', () => {
    expect(whyPassedOver({ ...notice, damagedSaves: 1, unusableSaves: 1 })).toMatch(
      /^The latest 2 saves could not be opened: 1 because the file was damaged, 1 because/,
    )
  })
})
