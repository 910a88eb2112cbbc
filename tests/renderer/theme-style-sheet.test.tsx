import { render } from '@testing-library/react'
import { ThemeProvider } from '@mui/material/styles'
import { CacheProvider } from '@emotion/react'
import { describe, expect, it } from 'vitest'
import { emotionCache } from '../../renderer/app/emotion-cache.ts'
import { theme } from '../../renderer/app/theme.ts'
import { themeStyleSheet } from '../../renderer/app/theme-style-sheet.ts'

/** The CSS of the rules Emotion inserted, one rule a line, from the style elements it wrote. */
function insertedRules(): string[] {
  return [...document.querySelectorAll('style[data-emotion^="css-global"]')]
    .flatMap((element) => (element.textContent ?? '').split(/(?<=})(?=[:@])/))
    .filter((text) => text.trim() !== '')
}

describe("the theme's style sheet, written when the app is built", () => {
  it('holds exactly the rules MUI writes at run time: the variables, light and dark', () => {
    render(
      <CacheProvider value={emotionCache}>
        <ThemeProvider theme={theme}>
          <p>Convene</p>
        </ThemeProvider>
      </CacheProvider>,
    )
    const atRunTime = insertedRules()
    const atBuild = themeStyleSheet(theme.generateStyleSheets()).split('\n')
    expect(atRunTime.length).toBeGreaterThanOrEqual(3)
    expect(atBuild.length).toBe(atRunTime.length)
    // Rule by rule, declaration by declaration, so a difference is shown where it is.
    const declarations = (rules: string[]) => rules.map((text) => text.split(';'))
    expect(declarations(atBuild)).toEqual(declarations(atRunTime))
  })

  it('refuses a number where Emotion would choose a unit', () => {
    expect(() => themeStyleSheet([{ ':root': { fontSize: 15 } }])).toThrow(/fontSize/)
    expect(themeStyleSheet([{ ':root': { '--z': 2, colorScheme: 'dark' } }])).toBe(
      ':root{--z:2;color-scheme:dark;}',
    )
  })
})
