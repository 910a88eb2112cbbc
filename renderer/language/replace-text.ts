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
  if (!document.execCommand('insertText', false, words)) {
    textarea.setRangeText(words, start, end, 'end')
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: words }))
  }
  const placeholder = words.indexOf('(name)')
  if (placeholder >= 0) {
    textarea.setSelectionRange(start + placeholder, start + placeholder + 6)
    return
  }
  const back =
    caret >= end ? caret + words.length - (end - start) : caret > start ? start + words.length : caret
  textarea.setSelectionRange(back, back)
}
