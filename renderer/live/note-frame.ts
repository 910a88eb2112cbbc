import {
  connectMessage,
  isFromFrame,
  isModifierOnly,
  passedKey,
  passedText,
  typesText,
  type FromFrame,
  type MarkBox,
  type MarkRange,
  type NoteLook,
  type PassedKey,
  type ToFrame,
} from '../capture/protocol.ts'
import { mergeDraftText } from '../../shared/text/merge-draft-text.ts'
import { typeAt } from '../language/replace-text.ts'

/** The element that is focused while the note frame has the focus; what the page's code focuses for the note. */
export const noteFrameId = 'note-frame'

type Listener = (message: FromFrame) => void

/** The key presses this file makes for the page to hear (never queued again as if typed). */
const ownPresses = new WeakSet<Event>()

function ownPress(key: PassedKey): KeyboardEvent {
  const press = new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true })
  ownPresses.add(press)
  return press
}

/** How long the frame may take to start before the box says so (it takes a few milliseconds). */
const unavailableAfterMs = 5000

/** How long the page waits for a shortcut to move the focus before the note takes back what was held. */
const settleMs = 60

/** How long the page waits for what the frame held, the focus gone from it, before asking for it. */
const handHeldAfterMs = 250

/**
 * The page's side of the note frame (renderer/capture/): the sandboxed <iframe> the note is typed in, and
 * everything the page needs of it, without waiting on it.
 *
 * - The text and caret as last typed (each keystroke sends them), so the draft and 'Add note' read them
 *   at once.
 * - The page's shortcuts pressed in the note are heard by the page as if pressed there: a copy of the key
 *   press is sent up from the frame's element.
 * - No key is lost or put out of order on its way in or out. Keys reach the frame directly only while it
 *   has the focus; every other key the note or the page must pass on goes through one queue here, in the
 *   order typed (see `queue`).
 */
export class NoteFrame {
  readonly element: HTMLIFrameElement
  /** The text in the note, as last typed. */
  value = ''
  /** Where the caret was last seen. */
  caret = 0
  private port: MessagePort | null = null
  private ready = false
  private waiting: ToFrame[] = []
  private readonly listeners = new Set<Listener>()
  private boxes: ReadonlyArray<MarkBox | null> = []
  private look: NoteLook | null = null

  /**
   * Keys waiting to be typed where they belong, in the order they were typed: those the frame held after a
   * shortcut that took the focus away, and those the page heard while keys were on their way. A key goes
   * to the note while the note has (or is to have) the focus, else to what has the focus in the page.
   */
  private queue: PassedKey[] = []
  /** A shortcut in the note is taking the focus away: the frame will send what it held ('held') first. */
  private awaitingHeld = false
  private settle: number | undefined = undefined
  private watchdog: number | undefined = undefined
  /** Between two keys typed into the page, so it settles as it would between a person's keys. */
  private pause: number | undefined = undefined
  /** True while this types into a field of the page (its own input is not queued again). */
  private ownTyping = false
  /** Keys passed to the frame and not yet typed there: nothing overtakes them. */
  private unacknowledged = 0
  /** A shortcut is among them (see pump). */
  private shortcutOnItsWay = false
  /** The note is to have the focus, and will once the frame can take it (see focus()). */
  private focusWanted = false
  /** What had the focus when the note asked for it: keys typed there meanwhile are the note's. */
  private focusFrom: Element | null = null
  /** The frame has just gained the focus and waits to hear that everything typed before has reached it. */
  private settledOwed = false

  constructor() {
    const frame = document.createElement('iframe')
    frame.id = noteFrameId
    frame.title = 'The note being typed'
    // Scripts, and nothing else: no origin (so no reaching into the page or its storage), no forms, no popups.
    frame.setAttribute('sandbox', 'allow-scripts')
    frame.src = './capture.html'
    frame.className = 'cv-note-frame'
    frame.addEventListener('load', () => this.connect())
    this.element = frame
  }

  /** The frame in the page now, if any (there is one capture box at a time). */
  private static inPage: NoteFrame | null = null

  /**
   * Gives the note on screen the focus, as focus() does, from a control outside the capture box (a section
   * chosen, the meeting started): what is typed from the click on is the note's. False when there is none.
   */
  static focusNote(): boolean {
    NoteFrame.inPage?.focus()
    return NoteFrame.inPage !== null
  }

  /** Puts the frame in its place in the page, and listens for keys meant for it. */
  start(place: HTMLElement): void {
    NoteFrame.inPage = this
    place.append(this.element)
    window.addEventListener('keydown', this.onPageKey, true)
    window.addEventListener('beforeinput', this.onPageText, true)
    window.addEventListener('focusin', this.onPageFocus)
    window.clearTimeout(this.watchdog)
    this.watchdog = window.setTimeout(() => {
      if (!this.ready) this.onUnavailable?.()
    }, unavailableAfterMs)
  }

  /** Told when the frame has not started after a few seconds (it should take milliseconds). */
  onUnavailable: (() => void) | null = null

  /** Takes the frame out of the page and stops listening (put back, it loads again and is given the note). */
  close(): void {
    if (NoteFrame.inPage === this) NoteFrame.inPage = null
    window.removeEventListener('keydown', this.onPageKey, true)
    window.removeEventListener('beforeinput', this.onPageText, true)
    window.removeEventListener('focusin', this.onPageFocus)
    window.clearTimeout(this.pause)
    this.pause = undefined
    window.clearTimeout(this.settle)
    window.clearTimeout(this.watchdog)
    this.queue = []
    this.awaitingHeld = false
    this.unacknowledged = 0
    this.shortcutOnItsWay = false
    this.focusWanted = false
    this.focusFrom = null
    this.settledOwed = false
    this.port?.close()
    this.port = null
    this.ready = false
    this.element.remove()
  }

  /** Hears everything the frame says; returns how to stop. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Puts text in the note (caret at the end). */
  setValue(value: string): void {
    this.value = value
    this.caret = value.length
    this.send({ type: 'set', value })
  }

  /** Brings back a draft kept from before, merged in the frame with what is typed there by then. */
  restore(kept: string): void {
    this.value = mergeDraftText(kept, this.value)
    this.caret = this.value.length
    this.send({ type: 'restore', kept })
  }

  setLook(look: NoteLook): void {
    this.look = look
    this.element.style.colorScheme = look.colorScheme
    this.send({ type: 'look', look })
  }

  /**
   * Gives the note the focus; what is typed from now on is the note's. The focus itself moves once the
   * frame can take keys (it has loaded) and every key on its way there has been typed: a key that reached
   * the frame directly must never overtake one still on its way. Meanwhile the page passes on what is typed.
   */
  focus(): void {
    this.focusWanted = true
    this.focusFrom = document.activeElement
    this.settleFocus()
  }

  replace(start: number, end: number, words: string): void {
    this.send({ type: 'replace', start, end, words })
  }

  mark(text: string, ranges: ReadonlyArray<MarkRange>): void {
    this.boxes = []
    this.send({
      type: 'mark',
      text,
      ranges: ranges.map(({ start, end, category }) => ({ start, end, category })),
    })
  }

  /** Where the popover for a mark goes: beside that mark, or the note itself until the frame has said. */
  anchor(index: number): { nodeType: 1; getBoundingClientRect: () => DOMRect } {
    return {
      nodeType: 1,
      getBoundingClientRect: () => {
        const outer = this.element.getBoundingClientRect()
        const box = this.boxes[index]
        return box ? new DOMRect(outer.left + box.left, outer.top + box.top, box.width, box.height) : outer
      },
    }
  }

  private connect(): void {
    this.port?.close()
    // A frame loaded again (put back in the page) starts empty: it is given the note and its look first;
    // merged with what may already be typed in it (a click and a key can come before this), never set.
    this.waiting = [
      ...(this.value === '' ? [] : [{ type: 'restore', kept: this.value } as const]),
      ...(this.look ? [{ type: 'look', look: this.look } as const] : []),
      ...this.waiting.filter((message) => message.type !== 'look'),
    ]
    const channel = new MessageChannel()
    this.ready = false
    this.port = channel.port1
    this.port.onmessage = (event) => {
      if (isFromFrame(event.data)) this.receive(event.data)
    }
    // The frame has no origin of its own (it is sandboxed), so '*': the port is all it is given.
    this.element.contentWindow?.postMessage(connectMessage, '*', [channel.port2])
  }

  private send(message: ToFrame): void {
    if (this.port && this.ready) this.port.postMessage(message)
    else this.waiting.push(message)
  }

  private receive(message: FromFrame): void {
    switch (message.type) {
      case 'ready': {
        this.ready = true
        const waiting = this.waiting
        this.waiting = []
        for (const each of waiting) this.port?.postMessage(each)
        break
      }
      case 'input':
        this.value = message.value
        this.caret = message.caret
        break
      case 'caret':
        this.caret = message.caret
        break
      case 'enter':
        // The frame emptied itself as it gave the words up.
        if (message.taken !== null) {
          this.value = ''
          this.caret = 0
        }
        break
      case 'height':
        this.element.style.height = `${message.height}px`
        break
      case 'marked':
        this.boxes = message.boxes
        break
      case 'key':
        this.caret = message.caret
        break
      case 'focus':
        // Once every key the page heard before now is passed on, the frame may type what it holds.
        if (message.focused) {
          this.settledOwed = true
          window.setTimeout(() => this.pump(), 0)
        }
        break
      default:
        break
    }
    for (const listener of this.listeners) listener(message)
    // After the listeners: the wording assistant hears Ctrl+J from the note itself, before the page does.
    if (message.type === 'key') this.pressed(message.key, message.leaves, message.holding)
    else if (message.type === 'held') this.takeHeld(message.keys)
    else if (message.type === 'typed') this.unacknowledged = Math.max(0, this.unacknowledged - 1)
    if (message.type === 'ready' || message.type === 'typed') this.pump()
  }

  /** A shortcut pressed in the note: the page hears it as its own. */
  private pressed(key: PassedKey, leaves: boolean, holding: boolean): void {
    if (holding) this.awaitingHeld = true
    // Ctrl+K and the like send the focus elsewhere: what is typed next is no longer the note's.
    if (leaves) {
      this.focusWanted = false
      this.focusFrom = null
    }
    this.element.dispatchEvent(ownPress(key))
    if (!holding) return
    window.clearTimeout(this.settle)
    // The focus went elsewhere: the frame, losing it, sends what it held ('held'). Should it have lost the
    // focus before the shortcut reached it, no blur will come: after a moment the page asks for them.
    if (document.activeElement !== this.element) {
      this.settle = window.setTimeout(() => {
        if (this.awaitingHeld) this.send({ type: 'hand-held' })
      }, handHeldAfterMs)
      return
    }
    // Or the focus stayed in the note (nothing took it, or not yet: a popover draws first): after a moment
    // the note types what it held, and then what the page heard meanwhile.
    this.settle = window.setTimeout(() => {
      if (!this.awaitingHeld || document.activeElement !== this.element) return
      this.awaitingHeld = false
      this.send({ type: 'release' })
      this.pump()
    }, settleMs)
  }

  /** What the frame held after a shortcut, typed before anything the page heard since. */
  private takeHeld(keys: ReadonlyArray<PassedKey>): void {
    window.clearTimeout(this.settle)
    this.awaitingHeld = false
    this.queue = [...keys, ...this.queue]
    this.pump()
  }

  /** Where the next key goes: the note while it has, or is to have, the focus; else the page. */
  private forNote(): boolean {
    return this.focusWanted || document.activeElement === this.element
  }

  /**
   * Types the queue's keys in order. A key for the note is passed to the frame; one for the page is typed
   * there at once. A key for the page waits until the frame has typed every key passed to it, and so does
   * every key after a shortcut passed to the frame (the shortcut comes back to the page, and may move the
   * focus, before the next key is placed).
   */
  private pump(): void {
    if (this.awaitingHeld || this.pause !== undefined) return
    if (this.unacknowledged === 0) this.shortcutOnItsWay = false
    while (this.queue.length > 0) {
      // A shortcut passed to the note comes back to the page, and may move the focus: nothing goes anywhere
      // until it has, and every key before it is typed.
      if (this.shortcutOnItsWay) return
      if (!this.ready && this.forNote()) return
      const key = this.queue[0]
      if (!key) break
      if (this.forNote()) {
        this.queue.shift()
        this.unacknowledged += 1
        this.send({ type: 'type', keys: [key] })
        if (key.ctrlKey || key.altKey || key.metaKey) {
          this.shortcutOnItsWay = true
          return
        }
        continue
      }
      if (this.unacknowledged > 0) return
      this.queue.shift()
      this.typeInPage(key)
      if (this.awaitingHeld) return
      // The page settles before the next key (the speaker's list filters, a dialog draws), as it does
      // between a person's keys: typed all in one go, Enter could choose from the list before it had.
      if (this.queue.length > 0) {
        this.pause = window.setTimeout(() => {
          this.pause = undefined
          this.pump()
        }, 0)
        return
      }
    }
    if (this.settledOwed) {
      this.settledOwed = false
      this.send({ type: 'settled' })
    }
    this.settleFocus()
  }

  private settleFocus(): void {
    const busy = this.unacknowledged > 0 || this.queue.length > 0 || this.awaitingHeld
    if (!this.focusWanted || !this.ready || busy) return
    this.focusWanted = false
    this.focusFrom = null
    // The frame gives the field the focus as it gains it. Never told to take it by a message: by the time
    // one arrived the focus might have moved on, and the frame would take it back.
    this.element.focus()
  }

  /** Types a key into what has the focus in the page, as the keyboard would have. */
  private typeInPage(key: PassedKey): void {
    const target = document.activeElement
    if (!(target instanceof HTMLElement)) return
    if (!key.text && !target.dispatchEvent(ownPress(key))) return
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return
    const deleting = !key.text && key.key === 'Backspace'
    if (!deleting && !typesText(key)) return
    this.ownTyping = true
    try {
      const typed = deleting
        ? document.execCommand('delete')
        : document.execCommand('insertText', false, key.key)
      // The browser may decline (the focus still arriving): then put in as the keyboard would have.
      if (!typed) typeAt(target, deleting ? '' : key.key)
    } finally {
      this.ownTyping = false
    }
  }

  /**
   * Keys the page hears that must wait their turn: while keys are queued or a shortcut's held keys are
   * coming, while the note is to have the focus (typed where the focus was), or a stray key that reached
   * the page while the note had it. Shortcuts too: Ctrl+Shift+H pressed as the focus returns to the note
   * must act after the Enter before it, not before.
   */
  private readonly onPageKey = (event: KeyboardEvent): void => {
    if (event.isComposing || isModifierOnly(event) || ownPresses.has(event)) return
    if (!this.mustWait(event.target)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    this.queue.push(passedKey(event))
    this.pump()
  }

  /** Words that came with no key press (an input method, dictation) wait their turn as keys do. */
  private readonly onPageText = (event: InputEvent): void => {
    if (this.ownTyping || event.inputType !== 'insertText' || event.data === null) return
    if (!this.mustWait(event.target)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    this.queue.push(passedText(event.data))
    this.pump()
  }

  private mustWait(target: EventTarget | null): boolean {
    return (
      this.awaitingHeld ||
      this.queue.length > 0 ||
      document.activeElement === this.element ||
      (this.focusWanted && (target === this.focusFrom || target === document.body))
    )
  }

  /** Someone went somewhere else before the note had the focus: it no longer wants it. */
  private readonly onPageFocus = (event: FocusEvent): void => {
    if (this.focusWanted && event.target !== this.element && event.target !== this.focusFrom) {
      this.focusWanted = false
      this.focusFrom = null
    }
  }
}
