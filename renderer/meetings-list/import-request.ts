/**
 * File › Import meeting file… from the application menu: the menu asks, and the meetings screen's import
 * button answers once it is on screen (at once if it already is).
 */
let pending = false
const listeners = new Set<() => void>()

/** Asks for a meeting file to be chosen and imported. */
export function requestImport(): void {
  if (listeners.size === 0) pending = true
  for (const listener of listeners) listener()
}

/** Answers import requests while mounted, including one made before it was. */
export function onImportRequest(listener: () => void): () => void {
  listeners.add(listener)
  if (pending) {
    pending = false
    listener()
  }
  return () => {
    listeners.delete(listener)
  }
}
