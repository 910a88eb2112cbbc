/**
 * The live meeting's chords, and how they are written where the app runs. In the desktop app there is no
 * browser around the page, so Ctrl+1…9, Ctrl+K and the rest are the app's own. In a browser (the
 * fallback `npm start` opens where Electron cannot run, and the test host) those belong to the browser
 * too: switch tab, search, downloads, bookmarks. There the app shows Ctrl+Alt with the same key, which
 * no common browser uses. Both forms work everywhere.
 */

/** The app's commands that have a chord. */
export type ChordCommand = 'speaker' | 'closed-part' | 'own-words' | 'wording' | 'safeguarding' | 'section'

/** True in a browser; false in Convene's own window. */
export const inBrowser: boolean =
  typeof navigator === 'undefined' ? false : !/\bElectron\//.test(navigator.userAgent)

const appChords: Readonly<Record<Exclude<ChordCommand, 'section'>, { key: string; shift: boolean }>> = {
  speaker: { key: 'k', shift: false },
  'closed-part': { key: 'h', shift: true },
  'own-words': { key: 'o', shift: true },
  wording: { key: 'j', shift: false },
  // 'G' for guard: from every screen of a case or meeting, never lost in the middle of a note.
  safeguarding: { key: 'g', shift: true },
}

type ChordEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

/**
 * True when a key press is the chord for a command: the app's own (Ctrl+K, Ctrl+Shift+H) or the browser
 * form (Ctrl+Alt+K, Ctrl+Alt+H). AltGr arrives as Ctrl+Alt; where it types a character the key is that
 * character, not the letter, so it is left to type.
 */
export function isChord(event: ChordEvent, command: Exclude<ChordCommand, 'section'>): boolean {
  if (!(event.ctrlKey || event.metaKey)) return false
  const chord = appChords[command]
  if (event.key.toLowerCase() !== chord.key) return false
  return event.altKey ? !event.shiftKey : event.shiftKey === chord.shift
}

/** The section a key press asks for, by position (0 for Ctrl+1 … 9 for Ctrl+0), or null. */
export function sectionChord(event: ChordEvent): number | null {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey || !/^[0-9]$/.test(event.key)) return null
  return event.key === '0' ? 9 : Number(event.key) - 1
}

const modifier = inBrowser ? 'Ctrl+Alt+' : 'Ctrl+'

/** How a chord is written here: 'Ctrl+K' in the app, 'Ctrl+Alt+K' in a browser. */
export function chordLabel(command: Exclude<ChordCommand, 'section'>): string {
  const chord = appChords[command]
  return inBrowser
    ? `${modifier}${chord.key.toUpperCase()}`
    : `Ctrl+${chord.shift ? 'Shift+' : ''}${chord.key.toUpperCase()}`
}

/** The chord as aria-keyshortcuts writes it ('Control+Shift+H'). */
export function chordAria(command: Exclude<ChordCommand, 'section'>): string {
  return chordLabel(command).replace('Ctrl', 'Control')
}

/** The chord that jumps to the section at a position: Ctrl+1 … Ctrl+9, then Ctrl+0 (Ctrl+Alt+ in a browser). */
export function sectionShortcut(index: number): string | null {
  if (index < 9) return `${modifier}${index + 1}`
  return index === 9 ? `${modifier}0` : null
}
