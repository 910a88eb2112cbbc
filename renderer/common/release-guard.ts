import type { MouseEvent } from 'react'

/** Set on a select's open list while a press that began on it is down. */
const pressedHere = 'data-pressed-here'

/**
 * A choice in a select's list is made by a click or a key on it, never by letting go of the button over it.
 *
 * MUI selects a list item when the button is let go over it at least 200 ms after the press that opened
 * the list (press, slide, release, as some operating systems do). Where the list opens over its field (a
 * field low in the window), a click that a busy laptop takes a moment to answer is such a release: it
 * silently chose the first person under the pointer as an action's owner. A release is let through only
 * when the press began on the list itself, which is an ordinary click on an item.
 */
export const releaseGuard = {
  onMouseDownCapture: (event: MouseEvent<HTMLElement>): void => {
    event.currentTarget.setAttribute(pressedHere, '')
  },
  onMouseUpCapture: (event: MouseEvent<HTMLElement>): void => {
    const list = event.currentTarget
    if (list.hasAttribute(pressedHere)) list.removeAttribute(pressedHere)
    else event.stopPropagation()
  },
}
