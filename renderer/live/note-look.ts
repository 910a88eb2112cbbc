import { useEffect, useState, type RefObject } from 'react'
import type { NoteLook } from '../capture/protocol.ts'
import type { NoteFrame } from './note-frame.ts'

/** The theme follows the system's light or dark setting (colorSchemeSelector 'media'). */
const darkScheme = '(prefers-color-scheme: dark)'

/** A colour of the theme as the browser has worked it out (the frame knows none of the theme's variables). */
function resolved(place: HTMLElement, colour: string): string {
  const probe = document.createElement('span')
  probe.style.color = colour
  probe.style.display = 'none'
  place.append(probe)
  const value = getComputedStyle(probe).color
  probe.remove()
  return value
}

/** The capture box's look, for the note frame to be drawn in: its ground (tinted in a closed part), type and colours. */
export function readNoteLook(
  box: HTMLElement,
  words: Pick<NoteLook, 'label' | 'description' | 'invalid' | 'keyShortcuts'>,
): NoteLook {
  const style = getComputedStyle(box)
  return {
    ...words,
    colorScheme: window.matchMedia(darkScheme).matches ? 'dark' : 'light',
    ground: style.backgroundColor,
    text: style.color,
    secondary: resolved(box, 'var(--mui-palette-text-secondary)'),
    focus: resolved(box, 'var(--mui-palette-primary-main)'),
    error: resolved(box, 'var(--mui-palette-error-main)'),
    warning: resolved(box, 'var(--mui-palette-warning-main)'),
    fontFamily: style.fontFamily,
  }
}

/**
 * Keeps the note frame drawn as the capture box is: told again when the words change, when the box turns
 * the closed part's colour (`tinted`), and when the system changes between light and dark.
 */
export function useNoteLook(
  frame: NoteFrame,
  box: RefObject<HTMLElement | null>,
  words: Pick<NoteLook, 'label' | 'description' | 'invalid' | 'keyShortcuts'>,
  tinted: boolean,
): void {
  const [scheme, setScheme] = useState(0)
  useEffect(() => {
    const query = window.matchMedia(darkScheme)
    const changed = (): void => setScheme((count) => count + 1)
    query.addEventListener('change', changed)
    return () => query.removeEventListener('change', changed)
  }, [])
  const { label, description, invalid, keyShortcuts } = words
  useEffect(() => {
    const place = box.current
    if (place) frame.setLook(readNoteLook(place, { label, description, invalid, keyShortcuts }))
  }, [frame, box, label, description, invalid, keyShortcuts, tinted, scheme])
}
