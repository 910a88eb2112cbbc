/** A style sheet as MUI's theme gives it: selectors (or @-rules) holding declarations or further rules. */
export type StyleSheetObject = { readonly [key: string]: string | number | StyleSheetObject }

const kebab = (property: string): string =>
  property.startsWith('--') ? property : property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

/** A value as Emotion's stylis writes it: no space after a comma outside brackets ('"Segoe UI",Arial'). */
function asStylisWrites(value: string): string {
  let depth = 0
  let written = ''
  for (let at = 0; at < value.length; at += 1) {
    const character = value.charAt(at)
    if (character === '(') depth += 1
    if (character === ')') depth -= 1
    written += character
    if (character === ',' && depth === 0) while (/\s/.test(value.charAt(at + 1))) at += 1
  }
  return written
}

function rule(selector: string, body: StyleSheetObject): string {
  const declarations: string[] = []
  const nested: string[] = []
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'object') nested.push(rule(key, value))
    else if (typeof value === 'number' && !key.startsWith('--'))
      // Emotion would add 'px' to some properties and not others: no such property is expected here.
      throw new Error(`The theme's style sheet has a number for ${key}: write it with its unit`)
    else declarations.push(`${kebab(key)}:${asStylisWrites(String(value))};`)
  }
  return `${selector}{${declarations.join('')}${nested.join('')}}`
}

/**
 * The theme's CSS variables (light, and dark under prefers-color-scheme) as a style sheet, written when the
 * app is built (electron.vite.config.ts) instead of by MUI as the first screen renders: the same rules, as
 * a file the browser reads natively rather than some 20 kB of CSS serialised and parsed in JavaScript
 * before anything can be drawn. tests/renderer/theme-style-sheet.test.tsx proves it equals what MUI writes.
 */
export function themeStyleSheet(sheets: ReadonlyArray<StyleSheetObject>): string {
  return sheets
    .flatMap((sheet) => Object.entries(sheet))
    .map(([selector, body]) => {
      if (typeof body !== 'object') throw new Error(`The theme's style sheet has a bare value at ${selector}`)
      return rule(selector, body)
    })
    .join('\n')
}
