/**
 * Puts text in place of a field's text from `start` to `end`, leaving the caret after it, and says so with an
 * `input` event as typing does, so a React field hears it. '' deletes: the given range, or the character
 * before the caret where the range is empty. For where the browser declines to type (`execCommand` false) or
 * cannot (a field that does not have the focus): the browser's own undo does not know of it. False for a kind
 * of field with no caret to type at (a number, a date).
 */
export function typeAt(
  field: HTMLInputElement | HTMLTextAreaElement,
  text: string,
  start = field.selectionStart ?? field.value.length,
  end = field.selectionEnd ?? start,
): boolean {
  try {
    field.setRangeText(text, text === '' && start === end ? Math.max(0, start - 1) : start, end, 'end')
  } catch {
    return false
  }
  field.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      inputType: text === '' ? 'deleteContentBackward' : 'insertText',
      data: text === '' ? null : text,
    }),
  )
  return true
}

/**
 * Puts words in place of part of a textarea's text as if typed, so Ctrl+Z takes them back and a React
 * field hears the change. A '(name)' left in the words is selected, ready to be typed over; otherwise the
 * caret goes back where the person was typing (moved by what the words changed before it), so what they
 * type next carries on there and not in the middle of the sentence.
 */
export function replaceText(textarea: HTMLTextAreaElement, start: number, end: number, words: string): void {
  const caret = textarea.selectionEnd
  textarea.focus()
  textarea.setSelectionRange(start, end)
  // execCommand is the only way to change a field that keeps the browser's own undo; if it is not there,
  // change the text directly and say so as typing would.
  if (!document.execCommand('insertText', false, words)) typeAt(textarea, words, start, end)
  const placeholder = words.indexOf('(name)')
  if (placeholder >= 0) {
    textarea.setSelectionRange(start + placeholder, start + placeholder + 6)
    return
  }
  const back =
    caret >= end ? caret + words.length - (end - start) : caret > start ? start + words.length : caret
  textarea.setSelectionRange(back, back)
}
