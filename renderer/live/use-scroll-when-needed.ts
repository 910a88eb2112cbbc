import { useLayoutEffect, type RefObject } from 'react'

/**
 * Lets a box scroll only while its content is taller than it: otherwise it clips, and is no scrolling box
 * at all. The browser does work for every scrolling box on the screen on every keystroke in the note, so
 * the live screen keeps none it does not need. Checked when the box or anything in it changes size.
 */
export function useScrollWhenNeeded(box: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    const check = (): void => {
      const overflowing = element.scrollHeight > element.clientHeight + 1
      const wanted = overflowing ? 'auto' : 'hidden'
      if (element.style.overflowY !== wanted) element.style.overflowY = wanted
    }
    const resized = new ResizeObserver(check)
    const watch = (): void => {
      resized.disconnect()
      resized.observe(element)
      for (const child of element.children) resized.observe(child)
    }
    watch()
    check()
    const changed = new MutationObserver(() => {
      watch()
      check()
    })
    changed.observe(element, { childList: true })
    return () => {
      resized.disconnect()
      changed.disconnect()
    }
  }, [box])
}
