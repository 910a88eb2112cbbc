import { join } from 'node:path'
import { test, expect, openApp, createMeeting, expectAllSaved } from './fixtures.ts'

/**
 * `npm run screenshots`: the pictures in docs/screenshots, taken from the production build. Not part of
 * `npm test` (they would rewrite committed files); run them after a visible change and look at each.
 */
const folder = join(import.meta.dirname, '../../docs/screenshots')

test('screenshots of the first screens', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(host.current().url)
  await expect(page.getByRole('heading', { level: 1, name: 'Set a passphrase' })).toBeVisible()
  await page.screenshot({ path: join(folder, 'lock-screen.png') })

  await openApp(page, host.current())
  await createMeeting(page, {
    familyName: 'Kowalski',
    date: '02/12/2026',
    child: { name: 'Zofia Kowalska', dateOfBirth: '14/03/2018' },
  })
  await page.getByLabel('Start time').fill('10:00')
  await page.getByLabel('Where').fill('Civic Offices, Room 4')
  await page
    .getByLabel('Purpose of the meeting')
    .fill(
      'To agree with Anna and Piotr how everyone can help Zofia feel safe and settled at home and at school.',
    )
  await page
    .getByLabel("Chair's preparation notes")
    .fill(
      'Met Anna and Piotr on 20/11/2026. They would like the meeting to start after the school run. School report received; health visitor report due Monday.',
    )
  await expectAllSaved(page)
  await page.getByRole('heading', { level: 1 }).focus()
  await page.screenshot({ path: join(folder, 'meeting-workspace.png') })

  await createMeeting(page, {
    familyName: 'Begum',
    date: '28/11/2026',
    child: { name: 'Ayesha Begum', dateOfBirth: '01/02/2016' },
  })
  await createMeeting(page, {
    familyName: 'Ó Súilleabháin',
    date: '15/12/2026',
    child: { name: 'Aoife Ó Súilleabháin', dateOfBirth: '09/09/2019' },
  })
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await expect(page.getByRole('row', { name: /Begum family/ })).toBeVisible()
  await page.screenshot({ path: join(folder, 'meetings-list.png') })

  await page.getByRole('button', { name: 'New meeting' }).first().click()
  await page.getByLabel('Family name').fill('Ahmed')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByText('There is a problem')).toBeVisible()
  await page.screenshot({ path: join(folder, 'new-meeting-problems.png') })
})
