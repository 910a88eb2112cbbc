import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * For a row just added: `focusWhenDrawn(id)` puts the focus on the element with that id at once if it is
 * drawn already, else as the component draws it, before it shows. Someone typing as soon as they see it
 * loses no key, and a Tab pressed while it was being saved does not go past it.
 */
export function useFocusWhenDrawn(): (id: string) => void {
  const wanted = useRef<string | null>(null)
  // After each render of the component that draws the row: the row comes in a render of its own.
  useLayoutEffect(() => {
    const element = wanted.current === null ? null : document.getElementById(wanted.current)
    if (!element) return
    element.focus()
    wanted.current = null
  })
  return useCallback((id: string) => {
    const element = document.getElementById(id)
    if (element) element.focus()
    else wanted.current = id
  }, [])
}
