import { StrictMode, useRef } from 'react'
import { render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NoteFrame } from '../../renderer/live/note-frame.ts'
import { useNoteFrame } from '../../renderer/live/use-note-frame.ts'
import {
  isFromFrame,
  isToFrame,
  type FromFrame,
  type PassedKey,
  type ToFrame,
} from '../../renderer/capture/protocol.ts'

function CaptureSlot() {
  const slot = useRef<HTMLDivElement>(null)
  useNoteFrame(slot)
  return <div ref={slot} />
}

const key = (letter: string, extra: Partial<PassedKey> = {}): PassedKey => ({
  key: letter,
  code: '',
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...extra,
})

/**
 * A note frame whose frame is played by the test: what the page sends it is recorded, and the test answers
 * as the frame would (jsdom loads no frame).
 */
function playedFrame(): {
  readonly note: NoteFrame
  readonly sent: ToFrame[]
  readonly say: (message: FromFrame) => void
  readonly speaker: HTMLInputElement
} {
  const note = new NoteFrame()
  const sent: ToFrame[] = []
  Object.defineProperty(note.element, 'contentWindow', { value: { postMessage: () => undefined } })
  const speaker = document.createElement('input')
  speaker.id = 'speaker'
  document.body.append(speaker)
  note.start(document.body)
  note.element.dispatchEvent(new Event('load'))
  // The page's end of the port: what it sends is recorded, and the frame's words are handed to it.
  const pagePort = (note as unknown as { port: MessagePort }).port
  pagePort.postMessage = (message: ToFrame) => {
    sent.push(message)
  }
  const say = (message: FromFrame): void => {
    pagePort.onmessage?.(new MessageEvent('message', { data: message }))
  }
  say({ type: 'ready' })
  return { note, sent, say, speaker }
}

/** Typing into a field as the keyboard would (jsdom has no execCommand). */
function typeAsTheKeyboardDoes(): void {
  document.execCommand = (command: string, _ui?: boolean, text?: string): boolean => {
    const field = document.activeElement
    if (command !== 'insertText' || !(field instanceof HTMLInputElement)) return false
    field.value += text ?? ''
    return true
  }
}

/** Presses a key in the page, as the keyboard does. */
function pressInPage(target: HTMLElement, pressed: PassedKey): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { ...pressed, bubbles: true, cancelable: true }))
}

const typedKeys = (sent: ReadonlyArray<ToFrame>): string =>
  sent.flatMap((message) => (message.type === 'type' ? message.keys.map((each) => each.key) : [])).join('')

describe('the note frame', () => {
  afterEach(() => document.body.replaceChildren())

  it('is in the page once, sandboxed to scripts alone, even where React renders twice', () => {
    const { unmount } = render(
      <StrictMode>
        <CaptureSlot />
      </StrictMode>,
    )
    const frames = document.querySelectorAll('iframe#note-frame')
    expect(frames).toHaveLength(1)
    expect(frames[0]?.getAttribute('sandbox')).toBe('allow-scripts')
    unmount()
    expect(document.querySelectorAll('iframe')).toHaveLength(0)
  })

  it('says so when the frame has not started after a few seconds, and not when it has', () => {
    vi.useFakeTimers()
    try {
      const stuck = new NoteFrame()
      let told = 0
      stuck.onUnavailable = () => (told += 1)
      stuck.start(document.body)
      vi.advanceTimersByTime(4000)
      expect(told).toBe(0)
      vi.advanceTimersByTime(1500)
      expect(told).toBe(1)
      stuck.close()

      const { note } = playedFrame()
      note.onUnavailable = () => (told += 1)
      vi.advanceTimersByTime(6000)
      expect(told).toBe(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps to messages of its own shape', () => {
    expect(isToFrame({ type: 'set', value: 'Anna said…' })).toBe(true)
    expect(isToFrame({ type: 'set' })).toBe(false)
    expect(isToFrame({ type: 'run', code: 'alert(1)' })).toBe(false)
    expect(isToFrame('convene-note-frame')).toBe(false)
    expect(isFromFrame({ type: 'enter', taken: 'Words' })).toBe(true)
    expect(isFromFrame({ type: 'enter' })).toBe(false)
    expect(isFromFrame({ type: 'key', key: key('k'), caret: 0, holding: true })).toBe(false)
    expect(isFromFrame(null)).toBe(false)
  })

  it('passes on what is typed in the page while the note is to have the focus, and moves the focus once it is typed', () => {
    const { note, sent, say, speaker } = playedFrame()
    speaker.focus()
    // A key passed to the note and not yet typed there ('S' of the note, after Enter chose the speaker).
    pressInPage(speaker, key('x'))
    ;(note as unknown as { unacknowledged: number }).unacknowledged = 1
    note.focus()
    // The focus waits: a key typed straight into the frame could overtake the one on its way.
    expect(document.activeElement).toBe(speaker)
    pressInPage(speaker, key('Z'))
    pressInPage(speaker, key('o'))
    expect(typedKeys(sent)).toBe('Zo')
    expect(speaker.value).toBe('')
    say({ type: 'typed' })
    say({ type: 'typed' })
    expect(document.activeElement).toBe(speaker)
    say({ type: 'typed' })
    expect(document.activeElement).toBe(note.element)
  })

  it('after a shortcut passed to the note, waits for the page to act on it before placing the next key', async () => {
    const { note, sent, say, speaker } = playedFrame()
    typeAsTheKeyboardDoes()
    speaker.focus()
    ;(note as unknown as { unacknowledged: number }).unacknowledged = 1
    note.focus()
    for (const pressed of [key('a'), key('k', { ctrlKey: true }), key('j'), key('o')])
      pressInPage(speaker, pressed)
    // 'a' and Ctrl+K go to the note; 'j' and 'o' wait, as Ctrl+K may send the focus elsewhere.
    expect(typedKeys(sent)).toBe('ak')
    say({ type: 'typed' })
    say({ type: 'typed' })
    expect(typedKeys(sent)).toBe('ak')
    // The frame says Ctrl+K was pressed: the page hears it (its speaker takes the focus), then it is typed.
    note.element.addEventListener('keydown', () => speaker.focus())
    say({ type: 'key', key: key('k', { ctrlKey: true }), caret: 1, leaves: true, holding: false })
    say({ type: 'typed' })
    expect(typedKeys(sent)).toBe('ak')
    // Typed into the page one key at a time, the page settling between them as between a person's keys.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(speaker.value).toBe('jo')
  })

  it('types a key into the page even where the browser declines to type it, telling the field', async () => {
    const { note, sent, say, speaker } = playedFrame()
    // The browser declines, as it may while the focus is still arriving (and jsdom always does).
    document.execCommand = (): boolean => false
    const heard: string[] = []
    speaker.addEventListener('input', () => heard.push(speaker.value))
    speaker.focus()
    // Ctrl+K pressed in the note, and 'sa' and a Backspace and 'r' typed before the focus had left it.
    say({ type: 'key', key: key('k', { ctrlKey: true }), caret: 0, leaves: true, holding: true })
    say({ type: 'held', keys: [key('s'), key('a'), key('x'), key('Backspace'), key('r')] })
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(speaker.value).toBe('sar')
    expect(heard.at(-1)).toBe('sar')
    expect(typedKeys(sent)).toBe('')
    expect(note.value).toBe('')
  })

  it('asks the frame for what it held when no blur will send it, so typing never stops', async () => {
    const { sent, say, speaker } = playedFrame()
    typeAsTheKeyboardDoes()
    // Ctrl+K reached the frame after it had lost the focus: it holds what follows, and no blur will come.
    speaker.focus()
    say({ type: 'key', key: key('k', { ctrlKey: true }), caret: 0, leaves: true, holding: true })
    pressInPage(speaker, key('m'))
    expect(sent.some((message) => message.type === 'hand-held')).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sent.some((message) => message.type === 'hand-held')).toBe(true)
    say({ type: 'held', keys: [key('s'), key('a')] })
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(speaker.value).toBe('sam')
  })
})
