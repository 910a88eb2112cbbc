/**
 * The note frame's own script (capture.html): the textarea the minute taker types the note into, in a
 * sandboxed frame that Chromium runs in a process of its own, so a keystroke there costs what it costs in a
 * page holding nothing but a textarea, however large the meeting around it. It knows nothing of the
 * meeting: it says what was typed to the page through the port the page gives it, and draws what the page
 * sends (the label, the colours, the wording underlines). Plain DOM, no framework: it loads in a few
 * milliseconds.
 */
import { alignLayer, paintFindings } from '../language/mark-text.ts'
import { replaceText, typeAt } from '../language/replace-text.ts'
import { mergeDraftText } from '../../shared/text/merge-draft-text.ts'
import { isChord, sectionChord, type ChordCommand } from '../common/shortcuts.ts'
import {
  connectMessage,
  isModifierOnly,
  passedText,
  typesText,
  isToFrame,
  passedKey,
  type FromFrame,
  type NoteLook,
  type PassedKey,
  type ToFrame,
} from './protocol.ts'

const byId = <T extends HTMLElement>(id: string, kind: new () => T): T => {
  const element = document.getElementById(id)
  if (!(element instanceof kind)) throw new Error(`The note frame has no #${id}`)
  return element
}
const label = byId('note-label', HTMLLabelElement)
const help = byId('note-help', HTMLElement)
const layer = byId('note-layer', HTMLElement)
const field = makeField()

/** The note's field, made here rather than in the page, so that no key reaches it before it is heard. */
function makeField(): HTMLTextAreaElement {
  const made = document.createElement('textarea')
  made.id = 'note-text'
  made.rows = 1
  made.maxLength = 100_000
  made.dir = 'auto'
  made.setAttribute('aria-describedby', 'note-help')
  made.setAttribute('aria-invalid', 'false')
  layer.before(made)
  return made
}

let port: MessagePort | null = null
/** What the frame said before the page gave it a port (a key pressed as it loaded), sent once it has. */
const unsent: FromFrame[] = []
/** After a shortcut that may take the focus elsewhere: what is typed waits here until the page says where. */
let held: PassedKey[] | null = null

const send = (message: FromFrame): void => {
  if (port) port.postMessage(message)
  else unsent.push(message)
}

window.addEventListener('message', (event) => {
  const [given] = event.ports
  if (port !== null || event.source !== window.parent || event.data !== connectMessage || !given) return
  port = given
  port.onmessage = (message) => {
    if (isToFrame(message.data)) receive(message.data)
  }
  send({ type: 'ready' })
  send({ type: 'height', height: heightNow() })
  for (const message of unsent.splice(0)) send(message)
})

function receive(message: ToFrame): void {
  switch (message.type) {
    case 'set':
      field.value = message.value
      field.setSelectionRange(field.value.length, field.value.length)
      unmark()
      return
    case 'restore': {
      const merged = mergeDraftText(message.kept, field.value)
      if (merged !== field.value) {
        field.value = merged
        field.setSelectionRange(merged.length, merged.length)
        send({ type: 'input', value: merged, caret: merged.length })
      }
      return
    }
    case 'look':
      applyLook(message.look)
      return
    case 'release':
      release()
      return
    case 'hand-held':
      if (held !== null) {
        send({ type: 'held', keys: held })
        held = null
      }
      return
    case 'settled':
      settled()
      return
    case 'type':
      // A wording taken before these keys were typed goes in first.
      replacePending()
      for (const key of message.keys) press(key, null, false)
      send({ type: 'typed' })
      return
    case 'replace':
      replaceSoon(message.start, message.end, message.words)
      return
    case 'mark':
      mark(message.text, message.ranges)
      return
  }
}

function applyLook(look: NoteLook): void {
  const root = document.documentElement.style
  root.colorScheme = look.colorScheme
  root.setProperty('--ground', look.ground)
  root.setProperty('--text', look.text)
  root.setProperty('--secondary', look.secondary)
  root.setProperty('--focus', look.focus)
  root.setProperty('--error', look.error)
  root.setProperty('--warning', look.warning)
  root.fontFamily = look.fontFamily
  label.textContent = look.label
  help.textContent = look.description
  field.setAttribute('aria-invalid', String(look.invalid))
  field.setAttribute('aria-keyshortcuts', look.keyShortcuts)
}

/**
 * A key press in the note: typed here (`typedHere`; with its `event` the field acts on itself, without it,
 * held a moment and typed now, this types it) or passed on by the page (which this types). One path for
 * all, so a key does the same however it arrived.
 */
function press(key: PassedKey, event: KeyboardEvent | null, typedHere: boolean): void {
  const composing = event?.isComposing ?? false
  if (held !== null) {
    // Held, whatever it is, to go in order to wherever the shortcut sends the focus.
    if (composing || isModifierOnly(key)) return
    event?.preventDefault()
    held.push(key)
    return
  }
  const plain = !key.ctrlKey && !key.altKey && !key.metaKey && !key.text
  if (key.key === 'Enter' && !key.shiftKey && plain && !composing) {
    event?.preventDefault()
    enter()
    return
  }
  if (key.key === 'Tab' && plain) {
    event?.preventDefault()
    send({ type: 'tab', back: key.shiftKey })
    return
  }
  const kind = key.text ? null : shortcut(key)
  if (kind !== null) {
    // Held only when typed here: a key the page passed on comes from its queue, which holds the rest itself.
    const holding = kind === 'hold' && typedHere
    event?.preventDefault()
    if (holding) held = []
    send({ type: 'key', key, caret: field.selectionStart, leaves: kind === 'hold', holding })
    return
  }
  if (event === null) typeKey(key)
}

/** Types a key the page passed on, as the field would have taken it. */
function typeKey(key: PassedKey): void {
  const named = !key.text
  // A key that moves the caret, pressed as the focus came here (the page passed it on): moved as it would
  // have, never dropped, so what is typed after it goes where the minute taker meant.
  if (named && moveCaret(key)) return
  const text = named && key.key === 'Enter' ? '\n' : key.key
  if (!(named && key.key === 'Backspace') && text !== '\n' && !typesText(key)) return
  ownTyping = true
  try {
    typeInField(key, text)
  } finally {
    ownTyping = false
  }
}

/** Home, End, and the left and right arrows (Ctrl+Home and Ctrl+End the whole note): true if it was one. */
function moveCaret(key: PassedKey): boolean {
  const { value, selectionStart: start, selectionEnd: end } = field
  const lineStart = value.lastIndexOf('\n', start - 1) + 1
  const nextBreak = value.indexOf('\n', end)
  const lineEnd = nextBreak === -1 ? value.length : nextBreak
  const to =
    key.key === 'Home'
      ? key.ctrlKey
        ? 0
        : lineStart
      : key.key === 'End'
        ? key.ctrlKey
          ? value.length
          : lineEnd
        : key.key === 'ArrowLeft'
          ? start === end
            ? Math.max(0, start - 1)
            : start
          : key.key === 'ArrowRight'
            ? start === end
              ? Math.min(value.length, end + 1)
              : end
            : null
  if (to === null) return false
  field.setSelectionRange(to, to)
  return true
}

function typeInField(key: PassedKey, text: string): void {
  // Typed as the keyboard would where the note has the focus (so Ctrl+Z takes it back). Never by taking the
  // focus: it may have gone on elsewhere since (a frame that took it back would swallow what comes next).
  if (document.hasFocus() && document.activeElement === field) {
    const typed =
      !key.text && key.key === 'Backspace'
        ? document.execCommand('delete')
        : document.execCommand('insertText', false, text)
    // The browser may decline (the focus still arriving): then typed as below, never dropped.
    if (typed) return
  }
  if (!key.text && key.key === 'Backspace') typeAt(field, '')
  else if (text !== '') typeAt(field, text)
}

/**
 * Enter: the note's words go to the page to be added, and the field empties at once, here, so that a key
 * typed straight after (the next note) is never caught by the page's emptying it a moment later.
 */
function enter(): void {
  const words = field.value
  if (words.trim() === '') {
    send({ type: 'enter', taken: null })
    return
  }
  field.value = ''
  unmark()
  send({ type: 'enter', taken: words })
  send({ type: 'input', value: '', caret: 0 })
}

/** The page took no focus after the shortcut: what was held is the note's after all. */
function release(): void {
  const keys = held ?? []
  held = null
  for (const key of keys) press(key, null, true)
}

const passOn: ReadonlyArray<Exclude<ChordCommand, 'section'>> = ['closed-part', 'own-words']
const takeFocus: ReadonlyArray<Exclude<ChordCommand, 'section'>> = ['speaker', 'wording', 'safeguarding']

/** The page's own shortcut this key press is, and whether it may take the focus away; null for none. */
function shortcut(key: PassedKey): 'pass' | 'hold' | null {
  if (takeFocus.some((command) => isChord(key, command))) return 'hold'
  if (passOn.some((command) => isChord(key, command)) || sectionChord(key) !== null) return 'pass'
  const plainCtrl = (key.ctrlKey || key.metaKey) && !key.altKey && !key.shiftKey
  const letter = key.key.toLowerCase()
  if (plainCtrl && (letter === ',' || letter === '.')) return 'pass'
  // Ctrl+Z in an empty note has no typing to undo: it is the page's, which undoes a deletion.
  if (plainCtrl && letter === 'z' && field.value === '') return 'pass'
  if (plainCtrl && letter === 'n') return 'hold'
  return null
}

/**
 * Just after the frame gains the focus, keys typed before it did may still be on their way from the page,
 * which heard them (the browser sent them there while the focus was moving). Every one of those was typed
 * before any key that reaches the frame now, so keys typed here wait (a few milliseconds) until the page
 * says it has passed everything on ('settled'), and go in after them.
 */
let arriving: PassedKey[] | null = null
let arrivingLimit: number | undefined = undefined

function startArriving(): void {
  if (arriving !== null) return
  arriving = []
  // Never for long, whatever happens to the page's word.
  arrivingLimit = window.setTimeout(settled, 300)
}

function settled(): void {
  window.clearTimeout(arrivingLimit)
  const keys = arriving ?? []
  arriving = null
  for (const key of keys) press(key, null, true)
}

/** True while this script types into the field itself (its own input is not held again). */
let ownTyping = false

// Words that come with no key press (an input method, dictation) wait their turn as keys do, while held.
field.addEventListener('beforeinput', (event) => {
  if (ownTyping || event.inputType !== 'insertText' || event.data === null) return
  const waiting = held ?? arriving
  if (waiting === null) return
  event.preventDefault()
  waiting.push(passedText(event.data))
})

field.addEventListener('keydown', (event) => {
  if (arriving !== null && !event.isComposing && !isModifierOnly(event)) {
    event.preventDefault()
    arriving.push(passedKey(event))
    return
  }
  press(passedKey(event), event, true)
})

// A key that reached the frame while its field had not (yet) the focus, which would be typed nowhere: it is
// the note's, typed into the field in its turn.
window.addEventListener('keydown', (event) => {
  if (event.target === field || event.isComposing || isModifierOnly(event)) return
  event.preventDefault()
  if (document.activeElement !== field) field.focus()
  const key = passedKey(event)
  if (arriving !== null) arriving.push(key)
  else press(key, null, true)
})

// One message per keystroke: the page keeps the draft from it (and checks the wording as typing pauses).
field.addEventListener('input', () => {
  if (layer.style.visibility !== 'hidden') layer.style.visibility = 'hidden'
  send({ type: 'input', value: field.value, caret: field.selectionStart })
})
field.addEventListener('scroll', () => {
  layer.scrollTop = field.scrollTop
})
field.addEventListener('focus', () => send({ type: 'focus', focused: true }))
field.addEventListener('blur', () => {
  send({ type: 'caret', caret: field.selectionStart })
  send({ type: 'focus', focused: false })
  // The focus went where the shortcut sent it: what was typed on the way goes there too.
  if (held !== null) {
    send({ type: 'held', keys: held })
    held = null
  }
})
// The frame given the focus (by the page, or a click beside the field) gives it to the note.
const focusTheField = (): void => {
  startArriving()
  if (document.activeElement !== field) field.focus()
  replacePending()
}

/**
 * A wording taken from the popover is put in as typed, so Ctrl+Z takes it back: which the browser does
 * only where the frame has the focus. The page gives the note the focus as the wording is taken, and the
 * focus may arrive a moment after the words: they wait for it (never long, nor behind a key typed after).
 */
const pendingReplaces: Array<{ readonly start: number; readonly end: number; readonly words: string }> = []
let replaceLimit: number | undefined = undefined

function replaceSoon(start: number, end: number, words: string): void {
  pendingReplaces.push({ start, end, words })
  if (document.hasFocus()) replacePending()
  else if (replaceLimit === undefined) replaceLimit = window.setTimeout(replacePending, 300)
}

function replacePending(): void {
  window.clearTimeout(replaceLimit)
  replaceLimit = undefined
  for (const each of pendingReplaces.splice(0)) replaceText(field, each.start, each.end, each.words)
}
window.addEventListener('focus', focusTheField)
// Given the focus before this script ran (a click as it loaded).
if (document.hasFocus()) focusTheField()

function unmark(): void {
  layer.replaceChildren()
  layer.style.visibility = 'hidden'
}

function mark(text: string, ranges: ReadonlyArray<{ start: number; end: number; category: string }>): void {
  // Checked against text that has changed since: the next pause will check it again.
  if (text !== field.value || ranges.length === 0) {
    unmark()
    send({ type: 'marked', boxes: [] })
    return
  }
  alignLayer(layer, field)
  const marks = paintFindings(layer, text, ranges)
  // Scrolled with the field once it holds the text: scrolled before, an empty layer could not scroll, and
  // the underlines of a long note sat lines away from their words.
  layer.scrollTop = field.scrollTop
  layer.style.visibility = 'visible'
  send({
    type: 'marked',
    boxes: marks.map((each) => {
      if (!each) return null
      const box = each.getBoundingClientRect()
      return { left: box.left, top: box.top, width: box.width, height: box.height }
    }),
  })
}

// Exact, not rounded: the page's box is the same height before a note and after it is added.
const heightNow = (): number => document.documentElement.getBoundingClientRect().height
new ResizeObserver(() => {
  send({ type: 'height', height: heightNow() })
  if (layer.style.visibility !== 'hidden') alignLayer(layer, field)
}).observe(document.body)
