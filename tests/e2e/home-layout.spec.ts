import type { Page } from '@playwright/test'
import { test, expect, openApp, createMeeting, expectAllSaved, expectNoAxeViolations } from './fixtures.ts'

/**
 * Records, from the page's first frame, every place the first case's name is drawn at: what needs
 * attention (the prompt for the local safeguarding numbers, dates falling due) comes after the list,
 * and must not move the list under a pointer already on its way to a name.
 */
async function watchWhereDrawn(page: Page, name: string): Promise<void> {
  await page.addInitScript((wanted) => {
    const seen: number[] = []
    Object.assign(window, { caseNameTops: seen })
    const look = (): void => {
      const button = [...document.querySelectorAll('button')].find((each) => each.textContent === wanted)
      const top = button?.getBoundingClientRect().top
      if (top !== undefined && seen.at(-1) !== top) seen.push(top)
      requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  }, name)
}

for (const { width, where } of [
  { width: 1366, where: 'beside it, on a wide window' },
  { width: 1000, where: 'above it, on a narrower window' },
]) {
  test(`the list stays where it is first drawn when what needs attention comes ${where}`, async ({
    page,
    host,
  }) => {
    await openApp(page, host.current())
    // Held yesterday: its decision falls due, so 'Dates falling due' comes too.
    await createMeeting(page, { familyName: 'Nowak', date: '28/11/2026' })
    await page.getByLabel('Where').fill('Civic Offices')
    await expectAllSaved(page)

    await watchWhereDrawn(page, 'Nowak family')
    await page.setViewportSize({ width, height: 768 })
    await openApp(page, await host.restart('stop'))
    await expect(page.getByText('Fill in your local safeguarding numbers')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Dates falling due' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Nowak family', exact: true })).toBeVisible()
    const tops = await page.evaluate(() => (window as unknown as { caseNameTops: number[] }).caseNameTops)
    expect(tops, 'where the first case was drawn, frame by frame').toHaveLength(1)
    await expectNoAxeViolations(page, `the home ${width} px wide`)
    await page.getByRole('button', { name: 'Nowak family', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Nowak family' })).toBeVisible()
  })
}

test('a family name of one long word wraps in its column and the bar wraps on a narrow window', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  const long = 'W'.repeat(200)
  await page.evaluate(async (familyName) => {
    const { convene } = window as unknown as {
      convene: { meetings: { create: (draft: unknown) => Promise<unknown> } }
    }
    await convene.meetings.create({ kind: 'icpc', familyName, date: '2026-12-02', children: [] })
    await convene.meetings.create({ kind: 'icpc', familyName: 'Nowak', date: '2026-12-03', children: [] })
  }, long)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.reload()
  const table = page.locator('table.cases-table')
  await expect(table).toBeVisible()
  const card = page.locator('.home-cases')
  const [tableBox, cardBox] = [await table.boundingBox(), await card.boundingBox()]
  expect(tableBox && cardBox && tableBox.width <= cardBox.width).toBe(true)
  await expect(page.getByRole('columnheader', { name: 'Where it stands' })).toBeInViewport()
  // Each case's 'Case details' says whose, to a screen reader listing the buttons.
  await expect(page.getByRole('button', { name: 'Case details: Nowak', exact: true })).toHaveCount(1)

  // At 360 px the bar's actions wrap onto a second line within the window, none out of reach.
  await page.setViewportSize({ width: 360, height: 740 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  for (const name of ['Outcomes', 'Settings', 'New meeting'])
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }),
    ).toBeInViewport()
  await expectNoAxeViolations(page, 'the home at 360 px with a long family name')
})

test('dates falling due show the soonest five and the rest on asking, so the list is a few keys away', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await page.evaluate(async () => {
    const { convene } = window as unknown as {
      convene: { meetings: { create: (draft: unknown) => Promise<unknown> } }
    }
    for (let day = 1; day <= 12; day += 1)
      await convene.meetings.create({
        kind: 'icpc',
        familyName: `Kowalski ${day}`,
        date: `2026-10-${String(day).padStart(2, '0')}`,
        children: [],
      })
  })
  await page.reload()
  const due = page.getByRole('region', { name: 'Dates falling due' })
  await expect(due.getByRole('button', { name: /^Kowalski \d+ family/ })).toHaveCount(5)
  const more = due.getByRole('button', { name: /^Show all \d+$/ })
  const total = Number((await more.textContent())?.replace(/\D/g, ''))
  expect(total).toBeGreaterThan(5)
  await more.click()
  await expect(due.getByRole('button', { name: /^Kowalski \d+ family/ })).toHaveCount(total)
  await expect(due.getByRole('button', { name: 'Show the first 5' })).toHaveAttribute('aria-expanded', 'true')
  await expectNoAxeViolations(page, 'the home with every date falling due shown')
})

test('the meetings list while it loads is a named, busy status that passes axe', async ({ page, host }) => {
  await openApp(page, host.current())
  // The list held back, as on a slow laptop: the page shows its placeholder meanwhile.
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/rpc\/meetings\.list$/, async (route) => {
    await held
    await route.continue()
  })
  await page.reload()
  const loading = page.getByRole('status', { name: 'Loading meetings' })
  await expect(loading).toBeVisible()
  await expect(loading).toHaveAttribute('aria-busy', 'true')
  await expectNoAxeViolations(page, 'the meetings list while it loads')
  release()
  await expect(loading).toHaveCount(0)
})
