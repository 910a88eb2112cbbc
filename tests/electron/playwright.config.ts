import { defineConfig } from '@playwright/test'

/** Tests of the real Electron app. They skip, with the reason, where the Electron runtime is not installed. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './why-skipped.ts',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
})
