import createCache from '@emotion/cache'

/**
 * Emotion's style cache without its one default plugin, the vendor prefixer. Convene's pages run only in
 * Electron's Chromium (and, for tests, a current Chromium), which needs no prefixes; the prefixer was a
 * tenth of the work of drawing the first screen, run for every style MUI writes.
 */
export const emotionCache = createCache({ key: 'css', stylisPlugins: [] })
