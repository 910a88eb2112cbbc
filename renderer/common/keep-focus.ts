import type { MouseEvent } from 'react'

/**
 * For a control that changes how a note is taken or what the screen shows beside it (a flag of the note,
 * the board or the time order, the board's other sections): clicked with the mouse, it leaves the focus where
 * it was, as a word processor's toolbar does. What the chair types next goes on into the note, rather than
 * into the control, where a Space would switch it back and the words would be lost. From the keyboard it
 * takes the focus as any control does.
 */
export const keepFocusOnClick = {
  onMouseDown: (event: MouseEvent): void => event.preventDefault(),
} as const
