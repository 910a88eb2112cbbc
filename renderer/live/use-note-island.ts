import { useLayoutEffect, useState, type RefObject } from 'react'

/** The note field and what goes with it, in a place of their own in the page. */
export type NoteIsland = {
  /** The landmark at the end of <body> that holds them, laid over the capture box's slot. */
  readonly section: HTMLElement
  readonly label: HTMLLabelElement
  readonly field: HTMLTextAreaElement
  /** Where the language assistant puts its underlines, over the field. */
  readonly layerHost: HTMLElement
}

function createIsland(): NoteIsland {
  const section = document.createElement('section')
  section.className = 'cv-note-island'
  section.setAttribute('aria-label', 'The note being typed')
  const label = document.createElement('label')
  label.className = 'cv-note-label'
  label.htmlFor = 'note-text'
  const field = document.createElement('textarea')
  field.id = 'note-text'
  field.className = 'cv-note-field'
  field.rows = 1
  field.maxLength = 100_000
  field.dir = 'auto'
  // Out of the page's own Tab order, which would reach it last of all (it is at the end of <body>) and then
  // send the focus back into the box, round and round: the capture box's Tab handling puts it between the
  // speaker and 'Add note', where it is seen, and Tab from the box's last control goes on out of the box.
  field.tabIndex = -1
  const layerHost = document.createElement('div')
  layerHost.className = 'cv-note-layer'
  section.append(label, field, layerHost)
  // Each keystroke moves the caret, and the browser tells the whole document: React listens there (for
  // its onSelect, which nothing here uses) and would spend a tenth of a millisecond on every keystroke.
  field.addEventListener('selectionchange', (event) => event.stopPropagation())
  // Not put in the page here: React may call this for a render it then throws away, which would leave a
  // second, orphaned field in the page (one that takes typing and saves none of it). The layout effect puts
  // it in, before the page is painted or can take a keystroke.
  return { section, label, field, layerHost }
}

/**
 * The note field's own place in the page: a plain textarea at the end of <body>, outside the app's React
 * tree and away from the board and agenda, laid exactly over a slot kept for it in the capture box (the
 * slot as tall as the note). A keystroke there is a keystroke in a small, shallow piece of the page that
 * React does not listen to: the browser dispatches, lays out and paints for the field alone, so typing
 * costs about what it costs in a page that holds nothing but a textarea (`npm run bench` compares the two).
 */
export function useNoteIsland(
  slot: RefObject<HTMLElement | null>,
  /** The box around the slot: when it changes size (a line of it wraps), the slot may have moved. */
  around: RefObject<HTMLElement | null>,
): NoteIsland {
  const [island] = useState(createIsland)
  useLayoutEffect(() => {
    const place = slot.current
    const { section } = island
    if (!place) return
    if (!section.isConnected) document.body.append(section)
    let frame = 0
    // Over the slot, and clipped below the app's bar when the page scrolls under it.
    const follow = (): void => {
      frame = 0
      const box = place.getBoundingClientRect()
      const bar = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0
      const hidden = Math.max(0, bar - box.top)
      section.style.left = `${Math.round(box.left)}px`
      section.style.top = `${Math.round(box.top)}px`
      section.style.width = `${Math.round(box.width)}px`
      section.style.clipPath = hidden > 0 ? `inset(${Math.ceil(hidden)}px 0 0 0)` : ''
      section.style.visibility = box.width === 0 ? 'hidden' : ''
    }
    const soon = (): void => {
      if (frame === 0) frame = requestAnimationFrame(follow)
    }
    // The slot is as tall as the note: the page makes room when it runs to a new line, not on every key.
    const grow = (): void => {
      const height = `${Math.ceil(section.getBoundingClientRect().height)}px`
      if (place.style.height !== height) place.style.height = height
    }
    follow()
    grow()
    const placeMoved = new ResizeObserver(soon)
    placeMoved.observe(place)
    if (around.current) placeMoved.observe(around.current)
    placeMoved.observe(document.body)
    placeMoved.observe(document.documentElement)
    const noteGrew = new ResizeObserver(grow)
    noteGrew.observe(section)
    window.addEventListener('resize', soon)
    window.addEventListener('scroll', soon, true)
    return () => {
      cancelAnimationFrame(frame)
      placeMoved.disconnect()
      noteGrew.disconnect()
      window.removeEventListener('resize', soon)
      window.removeEventListener('scroll', soon, true)
      section.remove()
    }
  }, [island, slot, around])
  return island
}
