import { useCallback, useSyncExternalStore } from 'react'

/** Whether a CSS media query matches now, and again whenever that changes (MUI's useMediaQuery, plain). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', changed)
      return () => list.removeEventListener('change', changed)
    },
    [query],
  )
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches)
}
