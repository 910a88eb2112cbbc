import { afterEach, describe, expect, it } from 'vitest'
import { replaceText, typeAt } from '../../renderer/language/replace-text.ts'

function aField(value: string, caret = value.length): HTMLTextAreaElement {
  const field = document.createElement('textarea')
  document.body.append(field)
  field.value = value
  field.setSelectionRange(caret, caret)
  return field
}

function heardBy(
  field: HTMLTextAreaElement,
): Array<{ value: string; inputType: string; data: string | null }> {
  const heard: Array<{ value: string; inputType: string; data: string | null }> = []
  field.addEventListener('input', (event) => {
    const input = event as InputEvent
    heard.push({ value: field.value, inputType: input.inputType, data: input.data })
  })
  return heard
}

describe('putting text in a field where the browser will not type it', () => {
  afterEach(() => document.body.replaceChildren())

  it('types at the caret, deletes back one or the selection, and tells the field each time', () => {
    const field = aField('Zofia said', 5)
    const heard = heardBy(field)
    expect(typeAt(field, ' Wiśniewska')).toBe(true)
    expect(typeAt(field, '')).toBe(true)
    field.setSelectionRange(0, 5)
    expect(typeAt(field, '')).toBe(true)
    expect(heard).toEqual([
      { value: 'Zofia Wiśniewska said', inputType: 'insertText', data: ' Wiśniewska' },
      { value: 'Zofia Wiśniewsk said', inputType: 'deleteContentBackward', data: null },
      { value: ' Wiśniewsk said', inputType: 'deleteContentBackward', data: null },
    ])
    expect(field.selectionStart).toBe(0)
  })

  it('takes a wording in place of words where the browser declines to, and says so', () => {
    // jsdom has no execCommand, as a browser may decline it.
    document.execCommand = (): boolean => false
    const field = aField('Mum is hostile to the plan. More')
    const heard = heardBy(field)
    replaceText(field, 7, 14, 'said she disagrees with')
    expect(field.value).toBe('Mum is said she disagrees with to the plan. More')
    expect(heard).toHaveLength(1)
    // The caret goes back where the person was typing, moved on by what changed before it.
    expect(field.selectionStart).toBe(field.value.length)
  })
})
