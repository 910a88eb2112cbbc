/**
 * Said to the page when the safeguarding flow opens, so that a note half typed (which may hold what was
 * said) can be made private before anyone presses Enter on it.
 */
export const concernOpenedEvent = 'convene:safeguarding-concern-opened'

/**
 * What was typed between opening the flow and its first field being there to take it (a mediator types at
 * once): held here, kept out of whatever had the focus (the note box), and given to that field.
 */
let typedAhead: string | null = null

function holdTypedAhead(event: KeyboardEvent): void {
  if (typedAhead === null || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return
  if (event.key.length === 1 || event.key === 'Enter') typedAhead += event.key === 'Enter' ? '\n' : event.key
  else if (event.key === 'Backspace') typedAhead = typedAhead.slice(0, -1)
  else return
  event.preventDefault()
  event.stopImmediatePropagation()
}

/** Tells the page the safeguarding flow has opened, and holds what is typed until its field takes it. */
export function announceConcernOpened(): void {
  window.dispatchEvent(new Event(concernOpenedEvent))
  if (typedAhead === null) window.addEventListener('keydown', holdTypedAhead, true)
  typedAhead = ''
}

/** What was typed since the flow opened, for its first field; typing goes to that field from now on. */
export function takeTypedAhead(): string {
  const taken = typedAhead ?? ''
  typedAhead = null
  window.removeEventListener('keydown', holdTypedAhead, true)
  return taken
}
