import { useLayoutEffect, useRef, type RefObject } from 'react'

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
 * Keeps room for an element taken out of the flow: sets a CSS variable on `on` to the element's height,
 * whenever that changes (a note that runs to a new line), never on a keystroke that does not change it.
 */
export function useReserveHeight(
  element: RefObject<HTMLElement | null>,
  on: RefObject<HTMLElement | null>,
  variable: string,
  /** Whether the element is there to measure (set again when it comes or goes). */
  present: boolean,
): void {
  useLayoutEffect(() => {
    const target = element.current
    const holder = on.current
    if (!target || !holder) return
    const reserve = (): void => {
      holder.style.setProperty(variable, `${Math.ceil(target.getBoundingClientRect().height)}px`)
    }
    reserve()
    const observer = new ResizeObserver(reserve)
    observer.observe(target)
    return () => observer.disconnect()
  }, [element, on, variable, present])
}
