import { defineConfig } from 'vite'

/** Builds the test host's page bridge (out/host/bridge.js): a classic script, not part of the app. */
export default defineConfig({
  build: {
    outDir: 'out/host',
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: 'electron/host/bridge.ts',
      formats: ['iife'],
      name: 'conveneHostBridge',
      fileName: () => 'bridge.js',
    },
  },
})
