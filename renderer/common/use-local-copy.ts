import { useCallback, useEffect, useState } from 'react'

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

/**
 * A copy of a saved value that several quick changes build on, each saved in turn (ticks in a list): each
 * change is made on the copy, which the answer to an earlier save never puts back while a later one is on
 * its way (a tick made meanwhile would be lost from the next save). Once every save has answered, it shows
 * what was saved. `change` takes the new value and its save.
 */
export function useCopyWhileSaving<T>(saved: T): readonly [T, (value: T, save: Promise<unknown>) => void] {
  const [local, setLocal] = useState(saved)
  const [saving, setSaving] = useState(0)
  useEffect(() => {
    if (saving === 0) setLocal(saved)
  }, [saved, saving])
  const change = useCallback((value: T, save: Promise<unknown>) => {
    setLocal(value)
    setSaving((count) => count + 1)
    void save.finally(() => setSaving((count) => count - 1))
  }, [])
  return [local, change] as const
}
