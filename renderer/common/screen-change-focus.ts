/** What had the focus when the screen last changed (see `noteScreenChange`). */
let focusAtScreenChange: Element | null = null

/** Called by the router as the screen changes: what has the focus now is where the person was. */
export function noteScreenChange(): void {
  focusAtScreenChange = document.activeElement
}

/**
 * Whether the person has put the focus somewhere since the screen changed: they tabbed on or clicked into a
 * field while the screen's code or data was on its way. A heading drawn after that leaves the focus alone.
 */
export function focusMovedSinceScreenChange(): boolean {
  const now = document.activeElement
  return now !== null && now !== document.body && now !== focusAtScreenChange
}
