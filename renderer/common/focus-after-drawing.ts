/**
 * Gives the focus a place to go when what had it goes away: for a moment after an action, whenever the
 * focus is left on the page itself (what had it was removed or disabled, or a closing menu gave it back to
 * a button that then went), it goes to what `selector` finds (or returns). Without this a keyboard user is
 * sent back to the top of the page after deleting a note or closing an editor.
 */
export function focusAfterDrawing(selector: string | (() => HTMLElement | null), withinMs = 1500): void {
  const until = performance.now() + withinMs
  const step = (): void => {
    const now = document.activeElement
    const stranded =
      now === null ||
      now === document.body ||
      !now.isConnected ||
      (now instanceof HTMLButtonElement && now.disabled)
    const target = !stranded
      ? null
      : typeof selector === 'string'
        ? document.querySelector<HTMLElement>(selector)
        : selector()
    if (target) target.focus()
    else if (performance.now() < until) requestAnimationFrame(step)
  }
  requestAnimationFrame(step)
}
