/**
 * Said to the page when the safeguarding flow opens, so that a note half typed (which may hold what was
 * said) can be made private before anyone presses Enter on it.
 */
export const concernOpenedEvent = 'convene:safeguarding-concern-opened'

/** Tells the page the safeguarding flow has opened. */
export function announceConcernOpened(): void {
  window.dispatchEvent(new Event(concernOpenedEvent))
}
