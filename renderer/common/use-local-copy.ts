import { useState } from 'react'

/**
 * A value shown at once when the user changes it, and replaced by the saved value whenever that changes:
 * a radio button or a select that follows the click, not the round trip to the store.
 */
export function useLocalCopy<T>(saved: T): readonly [T, (value: T) => void] {
  const [state, setState] = useState({ saved, local: saved })
  if (!Object.is(state.saved, saved)) {
    const next = { saved, local: saved }
    setState(next)
    return [saved, (value: T) => setState({ saved, local: value })] as const
  }
  return [state.local, (value: T) => setState({ saved: state.saved, local: value })] as const
}
