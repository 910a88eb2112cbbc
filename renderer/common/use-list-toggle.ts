import { useCallback, useReducer, useRef } from 'react'

const sameItems = <T>(a: ReadonlyArray<T>, b: ReadonlyArray<T>): boolean =>
  a.length === b.length && a.every((item) => b.includes(item))

/**
 * A list saved whole, ticked one item at a time: each tick is made on the list as last ticked, not on the
 * saved list, which lags behind a fast keyboard (two ticks before the first save returns would otherwise
 * send a list without the first, and untick it). Returns the list to show and the tick.
 */
export function useListToggle<T>(
  saved: ReadonlyArray<T>,
  send: (next: ReadonlyArray<T>) => void,
  order: ReadonlyArray<T> = saved,
): readonly [ReadonlyArray<T>, (item: T, ticked: boolean) => void] {
  const sent = useRef<ReadonlyArray<T> | null>(null)
  const [, redraw] = useReducer((count: number) => count + 1, 0)
  if (sent.current && sameItems(sent.current, saved)) sent.current = null
  const current = sent.current ?? saved
  const latest = useRef(current)
  latest.current = current
  const toggle = useCallback(
    (item: T, ticked: boolean) => {
      const before = sent.current ?? latest.current
      const wanted = ticked
        ? [...before.filter((each) => each !== item), item]
        : before.filter((each) => each !== item)
      // In the order the options are listed, so the saved list does not depend on the order of the clicks.
      const next =
        order.length > 0
          ? order
              .filter((each) => wanted.includes(each))
              .concat(wanted.filter((each) => !order.includes(each)))
          : wanted
      sent.current = next
      latest.current = next
      send(next)
      redraw()
    },
    [send, order],
  )
  return [current, toggle] as const
}
