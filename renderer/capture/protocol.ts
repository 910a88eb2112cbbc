/**
 * What the chair's page and the note frame say to each other (see docs/architecture.md, 'Staying quick in a
 * long meeting'). The note being typed lives in a sandboxed frame, which Chromium runs in a process of its
 * own; the two talk only through one MessagePort, which the page hands the frame as it loads.
 */

/** How the field looks: the box's own colours, so the frame is drawn as if it were part of the page. */
export type NoteLook = {
  readonly label: string
  /** The words a screen reader reads after the label (the keys, how many wording suggestions). */
  readonly description: string
  readonly invalid: boolean
  readonly colorScheme: 'light' | 'dark'
  readonly ground: string
  readonly text: string
  readonly secondary: string
  readonly focus: string
  readonly error: string
  readonly warning: string
  readonly fontFamily: string
  readonly keyShortcuts: string
}

/**
 * A key press passed over the frame's edge, as much of it as the page's shortcuts read; or (`text`) words
 * that came with no key press of their own (an input method, dictation, an accent key), which wait their
 * turn as keys do.
 */
export type PassedKey = {
  readonly key: string
  readonly code: string
  readonly ctrlKey: boolean
  readonly altKey: boolean
  readonly shiftKey: boolean
  readonly metaKey: boolean
  readonly text?: true
}

/** Words typed with no key press of their own, as a PassedKey. */
export function passedText(words: string): PassedKey {
  return { key: words, code: '', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, text: true }
}

/**
 * True for what types text ('a', 'ż', '👍🏽', '王', AltGr's '€'), not a named key ('Enter', 'F5',
 * 'ArrowLeft') nor a shortcut (Ctrl+C).
 */
export function typesText(key: PassedKey): boolean {
  if (key.text) return true
  if (key.metaKey || (key.ctrlKey && !key.altKey)) return false
  return [...key.key].length === 1 || !/^[A-Z][A-Za-z]*[0-9]*$/.test(key.key)
}

/** From the page to the frame. */
export type ToFrame =
  /** Puts this text in the field (a draft brought back, or empty after a note is added); caret at the end. */
  | { readonly type: 'set'; readonly value: string }
  /**
   * A draft kept from before: merged, in the frame, with whatever is in the field by then (the page's copy
   * of the text may be a keystroke behind).
   */
  | { readonly type: 'restore'; readonly kept: string }
  | { readonly type: 'look'; readonly look: NoteLook }
  /** The page took no focus from the field after the shortcut: what was held goes into the note. */
  | { readonly type: 'release' }
  /**
   * The page took the focus after the shortcut and has not heard what was held (the frame had lost the
   * focus before the shortcut reached it, so no blur will send it): send it now ('held').
   */
  | { readonly type: 'hand-held' }
  /** Everything typed before the frame had the focus has been passed on: keys typed in the frame may follow. */
  | { readonly type: 'settled' }
  /** Keys the page heard while the focus was on its way into the frame, to be typed in order. */
  | { readonly type: 'type'; readonly keys: ReadonlyArray<PassedKey> }
  /** Puts words in place of part of the text as if typed (a wording suggestion taken). */
  | { readonly type: 'replace'; readonly start: number; readonly end: number; readonly words: string }
  /** Underlines these ranges of the text (the wording suggestions); an empty list takes them away. */
  | {
      readonly type: 'mark'
      readonly text: string
      readonly ranges: ReadonlyArray<MarkRange>
    }

/** A wording to underline: where it is in the text, and its kind. */
export type MarkRange = { readonly start: number; readonly end: number; readonly category: string }

/** A mark's place in the frame, for the page to put the wording popover beside it. */
export type MarkBox = {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

/** From the frame to the page. */
export type FromFrame =
  | { readonly type: 'ready' }
  /** The text changed by typing (each keystroke). */
  | { readonly type: 'input'; readonly value: string; readonly caret: number }
  /** Where the caret is, when the field loses the focus. */
  | { readonly type: 'caret'; readonly caret: number }
  | { readonly type: 'focus'; readonly focused: boolean }
  /**
   * Enter: add the note. `taken`: its words, which the frame took out of the field as Enter was pressed (so
   * what is typed straight after starts the next note); null when the field held nothing to add.
   */
  | { readonly type: 'enter'; readonly taken: string | null }
  | { readonly type: 'tab'; readonly back: boolean }
  /**
   * One of the page's shortcuts, pressed in the field. `leaves`: it takes the focus from the note (Ctrl+K
   * to the speaker, say). `holding`: typed in the frame, so the frame holds what is typed next until the
   * page says where it goes.
   */
  | {
      readonly type: 'key'
      readonly key: PassedKey
      readonly caret: number
      readonly leaves: boolean
      readonly holding: boolean
    }
  /** The keys the page passed on ('type') are typed. */
  | { readonly type: 'typed' }
  /** What was typed while held, given to the page once the focus has left the frame. */
  | { readonly type: 'held'; readonly keys: ReadonlyArray<PassedKey> }
  | { readonly type: 'height'; readonly height: number }
  | { readonly type: 'marked'; readonly boxes: ReadonlyArray<MarkBox | null> }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** The handshake: the page's first message, carrying the port. */
export const connectMessage = 'convene-note-frame'

/** Keeps only messages of the page's own shape (the frame trusts nothing else that reaches it). */
export function isToFrame(value: unknown): value is ToFrame {
  if (!isRecord(value)) return false
  switch (value['type']) {
    case 'set':
      return typeof value['value'] === 'string'
    case 'restore':
      return typeof value['kept'] === 'string'
    case 'look':
      return isRecord(value['look'])
    case 'release':
    case 'hand-held':
    case 'settled':
      return true
    case 'type':
      return Array.isArray(value['keys'])
    case 'replace':
      return (
        typeof value['start'] === 'number' &&
        typeof value['end'] === 'number' &&
        typeof value['words'] === 'string'
      )
    case 'mark':
      return typeof value['text'] === 'string' && Array.isArray(value['ranges'])
    default:
      return false
  }
}

/** Keeps only messages of the frame's own shape. */
export function isFromFrame(value: unknown): value is FromFrame {
  if (!isRecord(value)) return false
  switch (value['type']) {
    case 'ready':
    case 'typed':
      return true
    case 'enter':
      return typeof value['taken'] === 'string' || value['taken'] === null
    case 'input':
      return typeof value['value'] === 'string' && typeof value['caret'] === 'number'
    case 'caret':
      return typeof value['caret'] === 'number'
    case 'focus':
      return typeof value['focused'] === 'boolean'
    case 'tab':
      return typeof value['back'] === 'boolean'
    case 'key':
      return (
        isRecord(value['key']) &&
        typeof value['caret'] === 'number' &&
        typeof value['leaves'] === 'boolean' &&
        typeof value['holding'] === 'boolean'
      )
    case 'held':
      return Array.isArray(value['keys'])
    case 'height':
      return typeof value['height'] === 'number'
    case 'marked':
      return Array.isArray(value['boxes'])
    default:
      return false
  }
}

/** A key that only changes what the next one means (Shift alone, say): never held or passed on. */
export function isModifierOnly(key: Pick<PassedKey, 'key' | 'text'>): boolean {
  return (
    !key.text &&
    ['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Dead', 'Process', 'Unidentified'].includes(
      key.key,
    )
  )
}

/** The key press as it crosses the frame's edge. */
export function passedKey(event: PassedKey): PassedKey {
  const { key, code, ctrlKey, altKey, shiftKey, metaKey } = event
  return { key, code, ctrlKey, altKey, shiftKey, metaKey }
}
