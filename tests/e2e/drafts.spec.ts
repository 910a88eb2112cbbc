import type { Page } from '@playwright/test'
import { test, expect, openApp, noteBox } from './fixtures.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import { liveConference } from '../helpers/live-meeting.ts'
import { keysOf, typeLikeAPerson } from './typist.ts'

/** Imports the conference under way and goes to 'In the meeting'. */
async function importConference(page: Page): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'kowalski.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(liveConference(), new Date('2026-12-02T12:00:00Z'))),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Kowalski family' })).toBeVisible()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
}

/** Imports the conference under way and opens it at 'In the meeting', ready to type; returns its address. */
async function openConference(page: Page): Promise<string> {
  await importConference(page)
  await expect(noteBox(page)).toBeFocused()
  return page.url().replace(/^.*#/, '#')
}

/** Half a note, as the chair would leave it: a speaker chosen, a closed part begun, words typed, no Enter. */
async function startANote(page: Page, words: string): Promise<void> {
  await typeLikeAPerson(
    page,
    ['Control+k', ...keysOf('sar'), 'Enter', 'Control+Shift+h', ...keysOf(words)],
    40,
  )
}

/**
 * To 'Before the meeting' and back to 'In the meeting', the note box coming back slowly (a busy laptop):
 * its page is there 800 ms before the script that hears its keys.
 */
async function comeBackSlowly(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Before the meeting' }).click()
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible()
  await page.route('**/capture.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800))
    await route.continue()
  })
  await page.getByRole('tab', { name: 'In the meeting' }).click()
}

async function expectTheNote(page: Page, words: string): Promise<void> {
  await expect(noteBox(page)).toHaveValue(words)
  await expect(page.locator('#speaker')).toHaveValue('Sarah Jones')
  await expect(page.locator('#note-not-for-family')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('#note-verbatim')).toHaveAttribute('aria-pressed', 'false')
}

test('a half-typed note, its speaker and its closed part survive a tab switch and a reload', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await openConference(page)
  await startANote(page, 'Sarah said the landlord has not')
  // The chair checks a role on the other tab, at once, and comes back.
  await page.getByRole('tab', { name: 'Before the meeting' }).click()
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await expectTheNote(page, 'Sarah said the landlord has not')

  // More words, and the window reloads straight away.
  await noteBox(page).press('End')
  await typeLikeAPerson(page, keysOf(' replied to the letter'), 40)
  await page.reload()
  await expectTheNote(page, 'Sarah said the landlord has not replied to the letter')

  // Added, it is a note like any other, and the box is empty after a reload.
  await noteBox(page).press('Enter')
  await expect(
    page.locator('article[data-state="saved"]', { hasText: 'has not replied to the letter' }),
  ).toHaveCount(1)
  await page.reload()
  await expect(noteBox(page)).toHaveValue('')
  await expect(page.locator('article', { hasText: 'has not replied to the letter' })).toHaveCount(1)
})

test('a half-typed note survives the app being killed', async ({ page, host }) => {
  await openApp(page, host.current())
  const address = await openConference(page)
  await startANote(page, 'Police said a neighbour has reported shouting twice this month')
  await expect(page.getByRole('region', { name: 'Add a note' })).toHaveAttribute('data-draft-saved', 'true')

  const restarted = await host.restart('kill')
  await openApp(page, restarted)
  await page.goto(restarted.url.replace(/#.*/, address))
  await expectTheNote(page, 'Police said a neighbour has reported shouting twice this month')
  await expect(page.getByRole('region', { name: 'Add a note' })).toHaveAttribute('data-closed-part', 'true')
})

test('a note box whose frame cannot start says so, rather than taking typing into nowhere', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  // As if the frame's page could not be read (a damaged install).
  await page.route('**/capture.html', (route) => route.fulfill({ status: 404, body: '' }))
  await importConference(page)
  await expect(page.getByRole('alert').filter({ hasText: 'The note box did not start' })).toBeVisible()
})

test('what is typed while the note box is still loading is kept, not wiped as it starts', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await openConference(page)
  await typeLikeAPerson(page, [...keysOf('The school said attendance is better'), 'Enter'], 20)
  await expect(page.locator('article[data-state="saved"]', { hasText: 'attendance is better' })).toHaveCount(
    1,
  )
  await comeBackSlowly(page)
  const words = 'Piotr said he can do the school run on Thursdays'
  await noteBox(page).pressSequentially(words, { delay: 0 })
  await expect(noteBox(page)).toHaveValue(words)
  await page.waitForTimeout(1000)
  await expect(noteBox(page)).toHaveValue(words)
})

test('a shortcut pressed in the note box as it loads is not lost', async ({ page, host }) => {
  await openApp(page, host.current())
  await openConference(page)
  await comeBackSlowly(page)
  await noteBox(page).focus()
  await page.keyboard.press('Control+Shift+h')
  await page.keyboard.type('Mum spoke about her health.')
  await expect(page.getByRole('region', { name: 'Add a note' })).toHaveAttribute('data-closed-part', 'true')
  await expect(noteBox(page)).toHaveValue('Mum spoke about her health.')
})

test('keys that reach the note box before its field has the focus are typed into the note', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await openConference(page)
  await page.keyboard.type('The GP')
  // The frame has the focus, its field not yet (as for a moment when the focus arrives in it).
  await noteBox(page).evaluate((field) => field.blur())
  await page.keyboard.type(' has seen Zosia twice')
  await expect(noteBox(page)).toHaveValue('The GP has seen Zosia twice')
  await expect(noteBox(page)).toBeFocused()
})
