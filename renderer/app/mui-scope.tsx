import { createContext, useContext, type ReactNode } from 'react'
import { ThemeProvider } from '@mui/material/styles'
import { CacheProvider } from '@emotion/react'
import { emotionCache } from './emotion-cache.ts'
import { theme } from './theme.ts'

const Inside = createContext(false)

/**
 * MUI's theme and Emotion's style cache, around each screen drawn with MUI. The first screens (the lock
 * screen, the frame and the meetings list) are plain elements, so MUI, Emotion and the theme load with the
 * first screen that needs them: `lazyScreen` puts each lazy screen in a scope (once: a scope inside a scope
 * adds nothing). Every scope shares the one cache and the one theme.
 */
export function MuiScope({ children }: { readonly children: ReactNode }) {
  if (useContext(Inside)) return children
  return (
    <Inside.Provider value>
      <CacheProvider value={emotionCache}>
        {/* In a production build the theme's CSS variables are a linked style sheet, written at build time.
            No storage manager: light or dark follows the system (a media query), so there is nothing to
            remember, and MUI's reading of localStorage was the slowest step of the first render (opening
            the page's storage took up to 100 ms). */}
        <ThemeProvider theme={theme} disableStyleSheetGeneration={import.meta.env.PROD} storageManager={null}>
          {children}
        </ThemeProvider>
      </CacheProvider>
    </Inside.Provider>
  )
}
