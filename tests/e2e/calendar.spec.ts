import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, openApp, createMeeting, expectNoAxeViolations, noteBox } from './fixtures.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import { aMeeting } from '../helpers/builders.ts'
import { applyAll } from '../helpers/commands.ts'

const resources = join(import.meta.dirname, '../../resources/bank-holidays.json')
const later = join(import.meta.dirname, '../fixtures/bank-holidays-2028-2030.json')
const divisions = ['england-and-wales', 'scotland', 'northern-ireland'] as const
type Division = {
  division: string
  events: Array<{ title: string; date: string; notes: string; bunting: boolean }>
}

/**
 * A newer list as GOV.UK would publish it: the bundled years, 2028, and a one-off bank holiday on
 * Tuesday 4 January 2028 that no rule could know.
 */
function newerList(): Buffer {
  const bundled = JSON.parse(readFileSync(resources, 'utf8')) as Record<string, Division>
  const next = JSON.parse(readFileSync(later, 'utf8')) as Record<string, Division>
  const file = Object.fromEntries(
    divisions.map((name) => [
      name,
      {
        division: name,
        events: [
          ...(bundled[name]?.events ?? []),
          ...(next[name]?.events ?? []).filter((event) => event.date.startsWith('2028-')),
          { title: 'A one-off bank holiday', date: '2028-01-04', notes: '', bunting: true },
        ],
      },
    ]),
  )
  return Buffer.from(JSON.stringify(file))
}

test('dates past the published bank holidays say so until a newer list is imported, and a council acronym is explained', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000)
  await openApp(page, host.current())
  await createMeeting(page, { familyName: 'Whitfield', date: '10/12/2027' })
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await page.getByRole('radio', { name: 'A child protection plan' }).check()
  const minutesRow = page.getByRole('row', { name: /Full minutes sent out/ })
  // 15 working days from Friday 10 December 2027 reach into January 2028, past the published list.
  await expect(minutesRow).toContainText('05/01/2028')
  await expect(minutesRow).toContainText('calculated; check for any one-off bank holiday')
  await expect(page.getByRole('row', { name: /Decision and outline plan/ })).not.toContainText('calculated')

  await page.getByRole('button', { name: 'Settings' }).click()
  const working = page.getByRole('region', { name: 'Reports and working days' })
  await expect(working).toContainText('as published up to the end of 2027')
  const input = page.getByTestId('bank-holidays-file-input')
  await input.setInputFiles({
    name: 'bank-holidays.json',
    mimeType: 'application/json',
    buffer: newerList().subarray(0, 900),
  })
  await expect(page.getByRole('alert')).toContainText(
    "This is not the government's bank holidays file (bank-holidays.json from GOV.UK): it is not written in JSON",
  )
  await expect(working).toContainText('as published up to the end of 2027')
  await input.setInputFiles({ name: 'bank-holidays.json', mimeType: 'application/json', buffer: newerList() })
  await expect(working.getByRole('status')).toContainText(
    'Read the list for 2020 to 2028. Save settings to use it.',
  )
  await expect(working).toContainText('as published up to the end of 2028')

  const wording = page.getByRole('region', { name: 'Wording suggestions' })
  await wording.getByLabel('Short form').fill('FIT')
  await wording.getByRole('button', { name: 'Add this acronym' }).click()
  await expect(wording.getByText('Say what it stands for')).toBeVisible()
  await wording.getByLabel('What it stands for').fill('family intervention team')
  await wording.getByRole('button', { name: 'Add this acronym' }).click()
  await expect(wording.getByRole('listitem').filter({ hasText: 'FIT' })).toContainText(
    'family intervention team',
  )
  await expectNoAxeViolations(page, 'settings with an imported bank-holiday list')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved')).toBeVisible()

  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await page.getByRole('button', { name: 'Whitfield family' }).click()
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  // The imported list's one-off holiday on 4 January moves the date on a day, and it is no longer calculated.
  await expect(minutesRow).toContainText('06/01/2028')
  await expect(minutesRow).not.toContainText('calculated')

  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await noteBox(page).focus()
  await page.keyboard.type('The FIT team will visit on Mondays.')
  await expect(page.locator('#note-language-status')).toHaveText('1 wording suggestion (Ctrl+Alt+J)')
  await page.keyboard.press('Control+Alt+J')
  await expect(page.getByRole('dialog', { name: '‘FIT’' })).toContainText('family intervention team')
})

/**
 * The last dates that may be typed (up to 31/12/2200) give deadlines after them: the meeting and the list
 * still draw (they once failed, and no meeting could be reached to put the date right).
 */
test('a meeting dated 30/11/2200 opens, and the list draws', async ({ page, host }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await openApp(page, host.current())
  const meeting = applyAll(aMeeting({ familyName: 'Farfuture', date: '2200-11-30' }), [
    { type: 'set-dates', patch: { strategyDiscussion: '2200-11-29', minutesSent: '2200-12-30' } },
  ])
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'far.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(meeting, new Date('2026-12-02T12:00:00Z'))),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Farfuture family' })).toBeVisible()
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await page.waitForTimeout(1000)
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await expect(page.getByRole('row', { name: /Farfuture family/ })).toBeVisible()
  await page.waitForTimeout(2000)
  await expect(page.getByText('Something went wrong')).toHaveCount(0)
  expect(errors).toEqual([])
})
