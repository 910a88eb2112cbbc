import { useLayoutEffect, useRef, type RefObject } from 'react'
import { whenIdle } from '../common/when-idle.ts'

/**
 * Lets an element fill the window below where it starts: sets `--live-top` on it (its distance from the
 * top of the page), which its height subtracts from the window's. Measured once drawn and again whenever
 * the window changes size, since the header above may wrap.
 */
export function useFillViewport<T extends HTMLElement>() {
  const element = useRef<T>(null)
  useLayoutEffect(() => {
    const target = element.current
    if (!target) return
    const measure = (): void => {
      const top = Math.round(target.getBoundingClientRect().top + window.scrollY)
      const value = `${top}px`
      if (target.style.getPropertyValue('--live-top') !== value) target.style.setProperty('--live-top', value)
    }
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [])
  return element
}

/**
 * Keeps room for an element taken out of the flow: sets the bottom margin of `on` to the element's height
 * whenever that changes (a note that runs to a new line), never on a keystroke that does not change it.
 * - The margin is set on `on` itself, not passed down as a CSS variable from an ancestor: a variable
 *   changed high in the page makes the browser work out the style of everything beneath it again (about
 *   5 ms in a meeting of 1,000 notes).
 * - It is set in the first idle moment after the change rather than in the keystroke's own frame: making
 *   room lays out and paints the whole board again (2 to 3 ms), which would otherwise delay the letter that
 *   wrapped the line. Typing leaves idle time between keystrokes, so the room follows within a frame or two.
 */
export function useReserveHeight(
  element: RefObject<HTMLElement | null>,
  on: RefObject<HTMLElement | null>,
  /** Whether the element is there to measure (set again when it comes or goes). */
  present: boolean,
): void {
  useLayoutEffect(() => {
    const target = element.current
    const holder = on.current
    if (!holder) return
    if (!target || !present) {
      holder.style.marginBottom = ''
      return
    }
    let pending: (() => void) | null = null
    const reserve = (): void => {
      pending = null
      const height = `${Math.ceil(target.getBoundingClientRect().height)}px`
      if (holder.style.marginBottom !== height) holder.style.marginBottom = height
    }
    const soon = (): void => {
      if (pending === null) pending = whenIdle(reserve, 250)
    }
    reserve()
    const observer = new ResizeObserver(soon)
    observer.observe(target)
    return () => {
      observer.disconnect()
      pending?.()
      holder.style.marginBottom = ''
    }
  }, [element, on, present])
}
