import type { Finding } from '../../shared/language/analyse.ts'

/** The styles that decide where a textarea's text falls, copied to the layer that underlines it. */
const layoutStyles = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontStretch',
  'fontKerning',
  'fontFeatureSettings',
  'fontVariantLigatures',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textIndent',
  'textTransform',
  'tabSize',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
] as const

/**
 * Lays the underline layer exactly over the textarea's text: same font, padding and wrapping, the same
 * size inside any scroll bar, scrolled the same. Called when the field changes size, not on each keystroke.
 */
export function alignLayer(layer: HTMLElement, field: HTMLTextAreaElement): void {
  const style = getComputedStyle(field)
  for (const name of layoutStyles) layer.style[name] = style[name]
  const container = layer.offsetParent ?? layer.parentElement
  const outer = container?.getBoundingClientRect() ?? { left: 0, top: 0 }
  const inner = field.getBoundingClientRect()
  layer.style.left = `${inner.left - outer.left + field.clientLeft}px`
  layer.style.top = `${inner.top - outer.top + field.clientTop}px`
  layer.style.width = `${field.clientWidth}px`
  layer.style.height = `${field.clientHeight}px`
  layer.scrollTop = field.scrollTop
}

/**
 * Writes the text into the layer with each finding in a <mark>, and returns the marks in the findings'
 * order (a popover is anchored to one; null for a finding inside an earlier one). The text itself is
 * transparent: only the wavy underlines show.
 */
export function paintFindings(
  layer: HTMLElement,
  text: string,
  findings: ReadonlyArray<{ readonly start: number; readonly end: number; readonly category: string }>,
): ReadonlyArray<HTMLElement | null> {
  const fragment = document.createDocumentFragment()
  const marks: Array<HTMLElement | null> = []
  let at = 0
  for (const finding of findings) {
    if (finding.start < at) {
      marks.push(null)
      continue
    }
    fragment.append(text.slice(at, finding.start))
    const mark = document.createElement('mark')
    mark.textContent = text.slice(finding.start, finding.end)
    mark.dataset['category'] = finding.category
    fragment.append(mark)
    marks.push(mark)
    at = finding.end
  }
  // A textarea shows a last empty line after a final line break; a line break alone here would not.
  fragment.append(`${text.slice(at)}\u200b`)
  layer.replaceChildren(fragment)
  return marks
}

/** The finding to explain first: the one at or after the caret, else the first. */
export function findingNear(findings: ReadonlyArray<Finding>, caret: number): number {
  if (findings.length === 0) return -1
  const index = findings.findIndex((finding) => finding.end >= caret)
  return index === -1 ? 0 : index
}
