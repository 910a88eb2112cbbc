import { useState } from 'react'

/**
 * A value shown at once when the user changes it, and replaced by the saved value whenever that changes:
 * a radio button or a select that follows the click, not the round trip to the store.
 */
export function useLocalCopy<T>(saved: T): readonly [T, (value: T) => void] {
  const [state, setState] = useState({ saved, local: saved })
  // The change is made on the state as it is when React applies it, never on a copy a handler closed
  // over: a click handled while an answer for another field redraws the screen must not be undone.
  const change = (value: T) => setState((before) => ({ saved: before.saved, local: value }))
  if (!Object.is(state.saved, saved)) {
    setState({ saved, local: saved })
    return [saved, change] as const
  }
  return [state.local, change] as const
}
