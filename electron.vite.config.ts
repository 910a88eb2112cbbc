import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { contentSecurityPolicyForMeta } from './electron/services/content-security-policy.ts'

/** Writes the Content-Security-Policy into the built index.html (the dev server's inline preamble needs it off). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'convene-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicyForMeta}" />`,
      ),
  }
}

/**
 * Three builds: the main process (ESM), the preload (one CommonJS file, as a sandboxed preload must be, with
 * nothing left to require but 'electron'), and the renderer. Only these three go into the package.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { main: resolve(import.meta.dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(import.meta.dirname, 'electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      // The largest chunk is the passphrase estimator's word lists (1.6 MB), loaded only on the screen that
      // sets a passphrase; the app's own code is well under this.
      chunkSizeWarningLimit: 1800,
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
})
