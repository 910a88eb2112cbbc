import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startHost, type RunningHost } from '../helpers/host-process.ts'
import { hostCaller } from '../helpers/host-rpc.ts'
import { conferenceFile, laptopA, laptopB, recordCase } from './outcomes-cases.ts'
import { test, expect, openApp, expectNoAxeViolations } from './fixtures.ts'

/** Exports the laptop's outcomes file from the Outcomes screen, as the mediator would; its path. */
async function exportOutcomes(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Outcomes' }).click()
  // As every screen does, it opens with the focus on its title, so a screen reader says where it is.
  await expect(page.getByRole('heading', { level: 1, name: 'Outcomes' })).toBeFocused()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export for the service lead…' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(
    /^Convene outcomes \d{4}-\d{2} \(export \d+\)\.convene-outcomes\.json$/,
  )
  return file.path()
}

/** Imports an outcomes file as the service lead would (the button, then the file). */
async function importOutcomes(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import an outcomes file…' }).click()
  await (await chooser).setFiles(path)
}

test('two mediators’ outcomes, imported by the service lead (one file twice), with no names', async ({
  page,
  host,
  browser,
  workFolder,
}) => {
  // Three laptops, each set up from scratch.
  test.setTimeout(300_000)
  const opened: Array<{ readonly host: RunningHost; readonly close: () => Promise<void> }> = []
  const laptop = async (name: string) => {
    const running = await startHost(join(workFolder, name))
    const context = await browser.newContext({ acceptDownloads: true })
    opened.push({ host: running, close: () => context.close() })
    const opening = await context.newPage()
    await openApp(opening, running)
    return { page: opening, call: hostCaller(running.url) }
  }
  try {
    // The first mediator: the first case's measures recorded on the case screen, typed without waiting.
    await openApp(page, host.current())
    const callA = hostCaller(host.current().url)
    const firstCase = await recordCase(callA, laptopA[0]!, 9, true)
    for (const [index, each] of laptopA.slice(1).entries()) await recordCase(callA, each, 10 + index, false)
    await page.goto(`${host.current().url.split('#')[0]}#/cases/${firstCase}`)
    await expect(page.getByRole('heading', { name: 'Outcome measures' })).toBeVisible()
    const [first] = laptopA
    const { mother, father } = first!.people
    await page.getByLabel('Referred on').fill('01/09/2026')
    await page.getByLabel('Referred on').press('Tab')
    for (const [who, ratings] of [
      [mother.name, first!.mother],
      [father.name, first!.father],
    ] as const) {
      const [start, end] = ratings
      await page.getByLabel(`${who}, At their first MIAM: Conflict`).selectOption(String(start[0]))
      await page.getByLabel(`${who}, At their first MIAM: Communication`).selectOption(String(start[1]))
      await page.getByLabel(`${who}, At the end: Conflict`).selectOption(String(end![0]))
      await page.getByLabel(`${who}, At the end: Communication`).selectOption(String(end![1]))
    }
    await page.getByLabel('Communication skills coaching was given').check()
    await page.getByLabel('Did the matter go to court?').selectOption('no')
    // What was chosen is kept: the screen opened again shows it.
    await expect(page.getByText(/recorded .*’s own ratings at the end/).first()).toBeVisible()
    await page.reload()
    await expect(page.getByLabel(`${father.name}, At the end: Communication`)).toHaveValue('6')
    await expect(page.getByLabel('Communication skills coaching was given')).toBeChecked()
    await expectNoAxeViolations(page, 'Case, outcome measures')
    if (process.env['CONVENE_SCREENSHOTS'])
      await page
        .getByRole('region', { name: 'Outcome measures' })
        .screenshot({ path: 'docs/screenshots/case-outcome-measures.png' })
    const fileA = await exportOutcomes(page)
    await expect(page.getByRole('heading', { name: 'Your figures' })).toBeVisible()
    // The mediator's own figures, as the steering group would see them: three cases, 'fewer than 5'.
    await expect(page.getByRole('list', { name: 'Mediation in the period' })).toContainText(
      'Cases referredfewer than 5',
    )
    await expectNoAxeViolations(page, 'Outcomes, a mediator’s own')
    if (process.env['CONVENE_SCREENSHOTS'])
      await page.screenshot({ path: 'docs/screenshots/outcomes-mediator.png', fullPage: true })

    // The second mediator, on another laptop.
    const b = await laptop('mediator-b')
    for (const [index, each] of laptopB.entries()) await recordCase(b.call, each, 9 + index, false)
    const fileB = await exportOutcomes(b.page)

    // The service lead: a third laptop, set up for them; A's file, B's, then A's again.
    const lead = await laptop('service-lead')
    await lead.page.getByRole('button', { name: 'Settings' }).click()
    await lead.page.getByLabel(/A service lead/).check()
    await expect(lead.page.getByRole('button', { name: 'New meeting' })).toHaveCount(0)
    await lead.page.locator('#nav-meetings').click()
    await expect(lead.page.getByRole('heading', { level: 1, name: 'Outcomes' })).toBeVisible()
    await importOutcomes(lead.page, fileA)
    await expect(
      lead.page.getByRole('status').filter({ hasText: 'Imported 3 cases and conferences.' }),
    ).toBeVisible()
    await importOutcomes(lead.page, fileB)
    await expect(
      lead.page.getByRole('status').filter({ hasText: 'Imported 3 cases and conferences.' }),
    ).toBeVisible()
    await importOutcomes(lead.page, fileA)
    await expect(lead.page.getByRole('status').filter({ hasText: 'imported before' })).toBeVisible()
    const files = lead.page.getByRole('region', { name: 'Files imported' })
    await expect(files).toContainText('2 files, the latest imported on')
    await expect(files.getByRole('button', { name: /^Take out the file made in/ })).toHaveCount(2)

    // The totals: six cases, shown to the nearest 5 (6 less the 5 full agreements must never give the one
    // withdrawal away), each outcome from 1 to 4 shown as 'fewer than 5'.
    const cases = lead.page.getByRole('list', { name: 'Mediation in the period' })
    await expect(cases.getByRole('listitem').filter({ hasText: 'Cases referred' })).toContainText(
      'Cases referred5in the period',
    )
    await expect(files).toContainText('5 cases and conferences in all, to the nearest 5')
    const ended = lead.page.getByRole('figure', { name: 'How the cases ended' })
    await expect(ended.getByRole('row', { name: /Full agreement/ })).toContainText('fewer than 5')
    await expect(ended.getByRole('row', { name: /Still going on/ })).toContainText('0')
    // Ratings paired: eight parents rated both times (three only at their first MIAM, left out: both
    // parents of the withdrawn case, the mother of the case found not suitable). Conflict
    // before 5 6 7 8 8 8 9 9 (8), after 2 3 4 5 5 6 8 9 (5), changes -5 -4 -4 -3 -2 -1 0 +1 (-2.5) The
    // eight are shown to the nearest 5: 10.
    const ratings = lead.page.getByRole('figure', { name: /Parents’ own ratings/ })
    await expect(ratings.getByRole('row', { name: /^Conflict/ })).toContainText(
      ['10', '8 out of 10', '5 out of 10', '-2.5 points', 'fewer than 5'].join(''),
    )
    await expect(ratings.getByRole('row', { name: /^Communication/ })).toContainText('+3 points')
    // The charts are drawn (by the chart library), bars and all.
    await expect(ratings.locator('svg .MuiBarChart-element').first()).toBeVisible()
    // Six cases: every outcome and every format counts fewer than 5, so those bars are not drawn at all.
    await expect(lead.page.locator('figure .MuiChartsSurface-root')).toHaveCount(1)
    await expect(ended).toContainText('Nothing to draw: every number here is 0 or fewer than 5.')
    await expectNoAxeViolations(lead.page, 'Outcomes dashboard')

    // The CSV for the steering group: it parses, six rows, and holds no name, no words, no day.
    const download = lead.page.waitForEvent('download')
    await lead.page.getByRole('button', { name: 'Save as CSV for the steering group…' }).click()
    const csv = await readFile(await (await download).path(), 'utf8')
    const [header, ...lines] = csv.trimEnd().split('\r\n')
    const columns = header?.split(',') ?? []
    expect(columns).toContain('month')
    expect(lines).toHaveLength(6)
    for (const line of lines) {
      const cells = line.split(',')
      expect(cells).toHaveLength(columns.length)
      for (const value of cells) expect(value).toMatch(/^[\w.;-]*$/)
      expect(cells[columns.indexOf('month')]).toMatch(/^\d{4}-\d{2}$/)
    }
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    for (const each of [...laptopA, ...laptopB])
      for (const words of [
        each.familyName,
        each.childName,
        each.said,
        ...Object.values(each.people).map((one) => one.name),
        ...Object.values(each.people).flatMap((one) => one.name.split(' ')),
        'Decided after private time',
        'misses the dog',
        'lives with her mother',
      ])
        expect(csv).not.toContain(words)
    const outcomes = lines.map((line) => line.split(',')[columns.indexOf('outcome')]).sort()
    expect(outcomes).toEqual([
      'full-agreement',
      'full-agreement',
      'no-agreement',
      'not-suitable',
      'partial-agreement',
      'withdrawn',
    ])

    const shots = Boolean(process.env['CONVENE_SCREENSHOTS'])
    await lead.page.setViewportSize({ width: 1366, height: 768 })
    // Nothing runs off the side of a council laptop's screen.
    expect(await lead.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366)
    if (shots)
      await lead.page.screenshot({ path: 'docs/screenshots/outcomes-mediation-light.png', fullPage: true })
    await lead.page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(lead.page, 'Outcomes dashboard, dark')
    if (shots)
      await lead.page.screenshot({ path: 'docs/screenshots/outcomes-mediation-dark.png', fullPage: true })

    // A conference service's file too: the share on time per month, a month of fewer than 5 withheld.
    const conferences = join(workFolder, 'conferences.convene-outcomes.json')
    await writeFile(conferences, JSON.stringify(conferenceFile()))
    await importOutcomes(lead.page, conferences)
    await expect(
      lead.page.getByRole('status').filter({ hasText: 'Imported 19 cases and conferences.' }),
    ).toBeVisible()
    await lead.page.getByRole('button', { name: 'Conferences', exact: true }).click()
    const byMonth = lead.page.getByRole('figure', { name: 'On time, month by month' })
    await expect(byMonth.getByRole('row', { name: /^September 2026/ })).toContainText('50% of 10')
    await expect(byMonth.getByRole('row', { name: /^October 2026/ })).toContainText(
      'Not shown: fewer than 5 cases',
    )
    await expectNoAxeViolations(lead.page, 'Outcomes, conferences, dark')
    if (shots)
      await lead.page.screenshot({ path: 'docs/screenshots/outcomes-conferences-dark.png', fullPage: true })
    await lead.page.emulateMedia({ colorScheme: 'light' })
    await expectNoAxeViolations(lead.page, 'Outcomes, conferences')
    if (shots)
      await lead.page.screenshot({ path: 'docs/screenshots/outcomes-conferences-light.png', fullPage: true })
  } finally {
    for (const each of opened) {
      await each.close()
      await each.host.stop()
    }
  }
})
