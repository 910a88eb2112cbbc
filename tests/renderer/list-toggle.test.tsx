import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useListToggle } from '../../renderer/common/use-list-toggle.ts'

describe('a list ticked one item at a time, faster than it saves', () => {
  it('keeps the first tick when the second comes before the first is saved', () => {
    const sent: Array<ReadonlyArray<string>> = []
    const order = ['shuttle', 'separate-times', 'remote']
    const { result, rerender } = renderHook(
      ({ saved }: { saved: ReadonlyArray<string> }) => useListToggle(saved, (next) => sent.push(next), order),
      { initialProps: { saved: [] as ReadonlyArray<string> } },
    )
    act(() => result.current[1]('shuttle', true))
    act(() => result.current[1]('separate-times', true))
    expect(sent).toEqual([['shuttle'], ['shuttle', 'separate-times']])
    expect(result.current[0]).toEqual(['shuttle', 'separate-times'])
    // The first save comes back (one item): the screen keeps both, as the second save is on its way.
    rerender({ saved: ['shuttle'] })
    expect(result.current[0]).toEqual(['shuttle', 'separate-times'])
    act(() => result.current[1]('remote', true))
    expect(sent.at(-1)).toEqual(['shuttle', 'separate-times', 'remote'])
    rerender({ saved: ['shuttle', 'separate-times', 'remote'] })
    act(() => result.current[1]('shuttle', false))
    expect(sent.at(-1)).toEqual(['separate-times', 'remote'])
  })
})
