import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useCurrentSection } from '../../renderer/live/use-current-section.ts'

type Answer = { ok: boolean; error?: { message: string } }

/** A store that answers each move only when told, in the order they were sent, as main does. */
function slowStore() {
  const waiting: Array<(answer: Answer) => void> = []
  return {
    move: (_sectionKey: string) => new Promise<Answer>((resolve) => waiting.push(resolve)),
    answerNext: async (answer: Answer = { ok: true }) => {
      await act(async () => waiting.shift()?.(answer))
    },
  }
}

function setUp(savedKey: string) {
  const store = slowStore()
  const reported: Answer[] = []
  const hook = renderHook(
    (props: { savedKey: string | null }) =>
      useCurrentSection({
        savedKey: props.savedKey,
        move: store.move,
        report: (answer) => reported.push(answer),
      }),
    { initialProps: { savedKey } },
  )
  return { store, reported, hook }
}

describe('the section the minute taker is on', () => {
  it('is the one moved to the moment the move is made, before React draws it', () => {
    const { hook } = setUp('a')
    let seen: string | null = null
    act(() => {
      hook.result.current.goTo('b')
      seen = hook.result.current.now.current
      hook.result.current.goTo('c')
    })
    expect(seen).toBe('b')
    expect(hook.result.current.now.current).toBe('c')
    expect(hook.result.current.currentKey).toBe('c')
  })

  it('is not taken back when the answer to an earlier move arrives between two quick moves', async () => {
    const { store, hook } = setUp('a')
    act(() => hook.result.current.goTo('b'))
    // The store has saved 'b' and says so, while the minute taker has already moved on to 'c'.
    hook.rerender({ savedKey: 'b' })
    act(() => hook.result.current.goTo('c'))
    await store.answerNext()
    expect(hook.result.current.currentKey).toBe('c')
    expect(hook.result.current.now.current).toBe('c')
    hook.rerender({ savedKey: 'c' })
    await store.answerNext()
    expect(hook.result.current.currentKey).toBe('c')
  })

  it('follows the store once every move is answered, so a change made elsewhere is shown', async () => {
    const { store, hook } = setUp('a')
    act(() => hook.result.current.goTo('b'))
    hook.rerender({ savedKey: 'b' })
    await store.answerNext()
    hook.rerender({ savedKey: 'd' })
    expect(hook.result.current.currentKey).toBe('d')
    expect(hook.result.current.now.current).toBe('d')
  })

  it('goes back to the section the store kept when the last move is refused, and says why', async () => {
    const { store, reported, hook } = setUp('a')
    act(() => hook.result.current.goTo('b'))
    await store.answerNext({ ok: false, error: { message: 'The meeting is signed.' } })
    expect(hook.result.current.currentKey).toBe('a')
    expect(hook.result.current.now.current).toBe('a')
    expect(reported).toEqual([{ ok: false, error: { message: 'The meeting is signed.' } }])
  })
})
