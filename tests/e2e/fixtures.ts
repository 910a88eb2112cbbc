import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { startHost, type RunningHost } from '../helpers/host-process.ts'
import { e2ePassphrase } from '../helpers/passphrases.ts'

/** The passphrase every e2e test sets. */
export const passphrase = e2ePassphrase

/** React's own errors (a render loop, an update on every render), as the production build logs them. */
const reactError = /Minified React error|Maximum update depth|React error #\d+/

type Fixtures = {
  /** A fresh data folder for this test (with logs beside it), removed afterwards. */
  readonly workFolder: string
  readonly dataFolder: string
  /** A running host on the data folder; tests may kill and restart it. */
  readonly host: HostControl
  /** Fills and frees the host's disk: while full, every save fails as it would with no space left. */
  readonly disk: { readonly fill: () => Promise<void>; readonly free: () => Promise<void> }
  /** Moves the host's clock (main's, where deadlines are worked out) ahead by some hours. */
  readonly hostClock: { readonly aheadBy: (hours: number) => Promise<void> }
  /** Watches every page for React's errors and fails the test on any (set up by itself). */
  readonly watchReact: void
}

/** The host of one test, which can be killed and started again on the same data. */
export type HostControl = {
  readonly current: () => RunningHost
  readonly restart: (how: 'kill' | 'stop') => Promise<RunningHost>
}

export const test = base.extend<Fixtures>({
  workFolder: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'convene-e2e-'))
    await use(folder)
    await rm(folder, { recursive: true, force: true })
  },
  dataFolder: async ({ workFolder }, use) => {
    await use(join(workFolder, 'data'))
  },
  watchReact: [
    async ({ context }, use) => {
      const errors: string[] = []
      const watch = (page: Page): void => {
        page.on('console', (message) => {
          if (message.type() === 'error' && reactError.test(message.text())) errors.push(message.text())
        })
        page.on('pageerror', (error) => {
          if (reactError.test(error.message)) errors.push(error.message)
        })
      }
      context.pages().forEach(watch)
      context.on('page', watch)
      await use()
      expect(errors, 'React errors in the console').toEqual([])
    },
    { auto: true },
  ],
  host: async ({ dataFolder, workFolder }, use) => {
    const options = {
      diskFullWhen: join(workFolder, 'disk-is-full'),
      clockOffsetFile: join(workFolder, 'clock-offset-ms'),
    }
    let running = await startHost(dataFolder, options)
    await use({
      current: () => running,
      restart: async (how) => {
        await (how === 'kill' ? running.kill() : running.stop())
        running = await startHost(dataFolder, options)
        return running
      },
    })
    await running.stop()
  },
  disk: async ({ workFolder }, use) => {
    const flag = join(workFolder, 'disk-is-full')
    await use({
      fill: () => writeFile(flag, 'full'),
      free: () => rm(flag, { force: true }),
    })
  },
  hostClock: async ({ workFolder }, use) => {
    await use({
      aheadBy: (hours) => writeFile(join(workFolder, 'clock-offset-ms'), String(hours * 60 * 60 * 1000)),
    })
  },
})

export { expect }

/** Opens the app and gets past the lock screen: sets the passphrase the first time, types it after. */
export async function openApp(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.url)
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(/Set a passphrase|Unlock Convene/)
  if ((await heading.textContent())?.includes('Set a passphrase')) {
    await page.getByLabel('Passphrase', { exact: false }).first().fill(passphrase)
    await page.getByLabel('Type the passphrase again').fill(passphrase)
    await page.getByRole('button', { name: 'Set passphrase and continue' }).click()
  } else {
    await page.getByLabel('Passphrase').fill(passphrase)
    await page.getByRole('button', { name: 'Unlock' }).click()
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible()
}

/**
 * Presses Tab until the element has focus, proving it can be reached with the keyboard alone: Shift+Tab
 * where it is above the focus on the page, as someone would go back for a control above them (and the other
 * way if that does not reach it). No faster than a held-down Tab key repeats (about 30 a second): a test
 * that tabbed faster than anyone can would be testing something no one does.
 */
export async function tabTo(page: Page, selector: string, maxPresses = 120): Promise<void> {
  const focused = (): Promise<boolean> =>
    page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector)
  const above = await page.evaluate((target) => {
    const element = document.querySelector(target)
    const from = document.activeElement
    return (
      element !== null &&
      from !== null &&
      (element.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
    )
  }, selector)
  for (const key of above ? ['Shift+Tab', 'Tab'] : ['Tab', 'Shift+Tab']) {
    for (let press = 0; press < maxPresses; press += 1) {
      if (await focused()) return
      await page.keyboard.press(key)
      await page.waitForTimeout(keyRepeatMs)
    }
  }
  if (await focused()) return
  throw new Error(`${selector} could not be reached with Tab or Shift+Tab`)
}

/**
 * The note being typed in the capture box: a textarea in the note frame, a sandboxed frame of its own (see
 * docs/architecture.md). The page's own focus is then on the frame's element, #note-frame.
 */
export function noteBox(page: Page): Locator {
  return page.locator('#note-frame').contentFrame().locator('#note-text')
}

/** The wording assistant's underlines in the note being typed (drawn inside the note frame). */
export function noteMarks(page: Page): Locator {
  return page.locator('#note-frame').contentFrame().locator('#note-layer mark')
}

/** About the fastest a key comes when held down. */
const keyRepeatMs = 30

/** Runs axe on the page and expects no violations. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  // A button just enabled fades to its colours over a quarter second: axe reads the colours it ends on.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
      ),
  )
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  )
  expect(summary, `axe violations on ${screen}`).toEqual([])
}

/**
 * Opens the New meeting form from the bar and waits until it shows, as someone sees it come before choosing
 * in it (a click's navigation lands a moment after the click: the screen before is still there).
 */
export async function openNewMeeting(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New meeting' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'New meeting' })).toBeVisible()
}

/** Creates a meeting through the New meeting form (with the mouse; the keyboard test does it without). */
export async function createMeeting(
  page: Page,
  details: { familyName: string; date: string; child?: { name: string; dateOfBirth: string } },
): Promise<void> {
  await openNewMeeting(page)
  await page.getByLabel('Initial child protection conference').check()
  await page.getByLabel('Date of the meeting').fill(details.date)
  await page.getByLabel('Family name').fill(details.familyName)
  if (details.child) {
    await page.getByRole('button', { name: 'Add a child' }).click()
    await page.getByLabel("Child's full name").fill(details.child.name)
    await page.getByLabel('Date of birth').fill(details.child.dateOfBirth)
  }
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${details.familyName} family` })).toBeVisible()
}

/** Waits until the save indicator says every change is saved (acknowledged as durable by the store). */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()
}
