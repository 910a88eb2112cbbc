/** What was typed before the first screen had a field to take it: the characters, and whether Enter came. */
export type EarlyKeys = { readonly text: string; readonly enter: boolean }

let typed: { text: string; enter: boolean } | null = null

function onKey(event: KeyboardEvent): void {
  if (!typed || typed.enter || event.isComposing) return
  // Only while nothing has the focus: once a field has it, the field takes the keys itself.
  if (document.activeElement && document.activeElement !== document.body) return
  const shortcut = (event.ctrlKey || event.metaKey) && !event.getModifierState('AltGraph')
  if (shortcut) return
  if (event.key === 'Enter') typed.enter = true
  else if (event.key === 'Backspace') typed.text = Array.from(typed.text).slice(0, -1).join('')
  else if (Array.from(event.key).length === 1) typed.text += event.key
}

/**
 * Keeps the keys typed while the page starts (a chair who knows the passphrase types it as the window
 * opens), so the lock screen can take them when it shows instead of losing them. From main.tsx, first.
 */
export function keepEarlyKeys(): void {
  typed = { text: '', enter: false }
  window.addEventListener('keydown', onKey, true)
}

/** What was typed so far, once: keeping stops. Nothing if nothing was kept. */
export function takeEarlyKeys(): EarlyKeys {
  const taken: EarlyKeys = typed ?? { text: '', enter: false }
  typed = null
  window.removeEventListener('keydown', onKey, true)
  return taken
}
