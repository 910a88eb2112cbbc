import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests: the production renderer build and the production handlers, through the test host, in
 * Debian's Chromium (never a downloaded browser).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Screenshots for docs/ are taken on demand (npm run screenshots), not in every test run.
  testIgnore: process.env['CONVENE_SCREENSHOTS'] ? [] : ['**/screenshots*.spec.ts'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    // A click or fill that cannot happen fails in half a minute, naming what it waited for, rather than
    // holding a worker until the test's own limit (a hung handover test once took five minutes of CI).
    actionTimeout: 30_000,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    // No trace: recording one for every test doubled the browser's work and made the suite a third slower,
    // and a machine's CI keeps only the text of a run. A failure still leaves its page as text
    // (error-context.md) and a screenshot; `npx playwright test --trace on <spec>` records a trace to look into.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
})
