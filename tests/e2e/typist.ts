import type { CDPSession, Page } from '@playwright/test'

/** A key as the browser's input pipeline receives it from the keyboard. */
type KeyEvent = {
  readonly type: 'keyDown' | 'rawKeyDown' | 'keyUp'
  readonly key: string
  readonly code: string
  readonly windowsVirtualKeyCode: number
  readonly modifiers: number
  readonly text?: string
}

const control = 2

function keyCodeOf(character: string): { code: string; windowsVirtualKeyCode: number } {
  if (/^[a-z]$/i.test(character))
    return {
      code: `Key${character.toUpperCase()}`,
      windowsVirtualKeyCode: character.toUpperCase().charCodeAt(0),
    }
  if (/^[0-9]$/.test(character))
    return { code: `Digit${character}`, windowsVirtualKeyCode: character.charCodeAt(0) }
  if (character === ' ') return { code: 'Space', windowsVirtualKeyCode: 32 }
  return { code: '', windowsVirtualKeyCode: 0 }
}

/** The events one key press sends: a character, 'Enter', 'Backspace', 'Escape', 'Control+x' or 'Control+Shift+x'. */
function eventsFor(key: string): ReadonlyArray<KeyEvent> {
  const chord = /^Control\+(Shift\+)?(.)$/.exec(key)
  if (chord) {
    const shift = chord[1] !== undefined
    const letter = chord[2] ?? ''
    const codes = keyCodeOf(letter)
    const held = control | (shift ? 8 : 0)
    const ctrl = { key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17 }
    const shiftKey = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 }
    const typed = shift ? letter.toUpperCase() : letter.toLowerCase()
    return [
      { type: 'rawKeyDown', ...ctrl, modifiers: control },
      ...(shift ? [{ type: 'rawKeyDown' as const, ...shiftKey, modifiers: held }] : []),
      { type: 'rawKeyDown', key: typed, ...codes, modifiers: held },
      { type: 'keyUp', key: typed, ...codes, modifiers: held },
      ...(shift ? [{ type: 'keyUp' as const, ...shiftKey, modifiers: control }] : []),
      { type: 'keyUp', ...ctrl, modifiers: 0 },
    ]
  }
  const named: Readonly<Record<string, { code: string; windowsVirtualKeyCode: number; text?: string }>> = {
    Enter: { code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
    Backspace: { code: 'Backspace', windowsVirtualKeyCode: 8 },
    Escape: { code: 'Escape', windowsVirtualKeyCode: 27 },
  }
  const special = named[key]
  if (special) {
    const { text, ...codes } = special
    return [
      text === undefined
        ? { type: 'rawKeyDown', key, ...codes, modifiers: 0 }
        : { type: 'keyDown', key, ...codes, modifiers: 0, text },
      { type: 'keyUp', key, ...codes, modifiers: 0 },
    ]
  }
  if ([...key].length !== 1) throw new Error(`Unknown key: ${key}`)
  const codes = keyCodeOf(key)
  return [
    { type: 'keyDown', key, ...codes, modifiers: 0, text: key },
    { type: 'keyUp', key, ...codes, modifiers: 0 },
  ]
}

/** The keys that type a text, one character at a time. */
export function keysOf(text: string): ReadonlyArray<string> {
  return [...text]
}

/**
 * Words that arrive with no key press of their own, as an input method (Chinese, Hindi), dictation or an
 * accent key sends them: `inputMethod('王芳')` among the keys.
 */
export function inputMethod(words: string): string {
  return `${inputMethodMark}${words}`
}

const inputMethodMark = 'text:'

/**
 * Types as a person does at a keyboard: one key every `msPerKey` milliseconds by the clock, whatever the
 * page is doing. Each key goes into the browser's input queue as the keyboard would put it there, without
 * waiting for the page to have handled the one before (Playwright's own keyboard waits for that, which a
 * person never does); keys typed while the page is busy queue up and arrive together, as they do on a
 * slow laptop. Never looks at where focus is.
 */
export async function typeLikeAPerson(
  page: Page,
  keys: ReadonlyArray<string>,
  msPerKey: number,
): Promise<void> {
  const session: CDPSession = await page.context().newCDPSession(page)
  const sent: Array<Promise<unknown>> = []
  const start = performance.now()
  try {
    for (const [index, key] of keys.entries()) {
      const due = start + index * msPerKey
      const wait = due - performance.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      if (key.startsWith(inputMethodMark))
        sent.push(session.send('Input.insertText', { text: key.slice(inputMethodMark.length) }))
      else for (const event of eventsFor(key)) sent.push(session.send('Input.dispatchKeyEvent', event))
    }
    await Promise.all(sent)
  } finally {
    await session.detach()
  }
}
