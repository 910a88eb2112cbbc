import type { Page } from '@playwright/test'
import type { ConveneApi } from '../../shared/contract/api.ts'
import { test, expect, expectNoAxeViolations, openApp, passphrase } from './fixtures.ts'

/**
 * The app's own scripts the page asked for before the first screen was interactive (the list), or so far (the
 * lock screen), not the host's bridge, by name without their hash, in alphabetical order (the browser may
 * start the requests of one moment in either order).
 */
function scriptsFetched(page: Page): Promise<ReadonlyArray<string>> {
  return page.evaluate(() => {
    const interactive = performance.getEntriesByName('convene-interactive')[0]?.startTime ?? performance.now()
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < interactive && /\/assets\/.*\.js$/.test(entry.name))
      .map((entry) => entry.name.replace(/^.*\/assets\//, '').replace(/-[\w-]{8}\.js$/, ''))
      .sort()
  })
}

test('the first screen is four scripts: the page’s own, React, React DOM with the lock screen, and the list', async ({
  page,
  host,
}) => {
  await page.goto(host.current().url)
  await expect(page.getByRole('heading', { level: 1, name: 'Set a passphrase' })).toBeVisible()
  await openApp(page, host.current())
  await page.evaluate(async () => {
    const { convene } = window as unknown as { convene: ConveneApi }
    for (let index = 1; index <= 20; index += 1)
      await convene.meetings.create({
        kind: 'icpc',
        familyName: `Nowak ${String(index).padStart(2, '0')}`,
        date: '2026-12-02',
        children: [],
      })
  })

  // A new window on the list: every row of the page comes, not only the dozen of the first frame.
  const list = await page.context().newPage()
  await list.goto(host.current().url)
  await list.waitForFunction(() => performance.getEntriesByName('convene-interactive').length > 0)
  expect(await scriptsFetched(list)).toEqual(['index', 'react', 'start-app', 'start-lock'])
  // None of them is MUI's or Emotion's code: those load with the first screen drawn with MUI.
  const firstCode = await list.evaluate(() =>
    Promise.all(
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/(index|react|start-app|start-lock)-[\w-]{8}\.js$/.test(entry.name))
        .map(async (entry) => (await fetch(entry.name)).text()),
    ),
  )
  expect(firstCode).toHaveLength(4)
  for (const code of firstCode) expect(code).not.toMatch(/\bMui(?!Scope\b)[A-Z]\w+|data-emotion/)
  await expect(list.getByText('20 cases, newest meeting first')).toBeVisible()
  await expect(list.getByRole('button', { name: /^Nowak \d\d family$/ })).toHaveCount(20)

  // The lock screen after a restart: the same four asked for (the list's while the lock screen shows).
  const locked = await page.context().newPage()
  await locked.goto((await host.restart('stop')).url)
  await expect(locked.getByRole('heading', { level: 1, name: 'Unlock Convene' })).toBeVisible()
  expect(await scriptsFetched(locked)).toEqual(['index', 'react', 'start-app', 'start-lock'])
})

test('the lock screen takes a passphrase typed before it shows, and opens the meetings while the app’s code is still on its way', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  const url = (await host.restart('stop')).url
  // The app's chunk (the frame and the list) is held back until the passphrase has been typed and sent.
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/start-app-[\w-]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  // Typed the moment the page is read, before the lock screen has shown, as a chair who knows it types as
  // the window opens: nothing typed is lost, and the Enter unlocks.
  await page.goto(url, { waitUntil: 'domcontentloaded' })
  await page.keyboard.type(passphrase)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Convene' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Opening…' })).toBeDisabled()
  await expectNoAxeViolations(page, 'the lock screen, drawn before the app has loaded')
  expect(await page.evaluate(() => performance.getEntriesByName('convene-code').length)).toBe(0)
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible()
})
