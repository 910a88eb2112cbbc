import { useLayoutEffect, useRef } from 'react'

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
