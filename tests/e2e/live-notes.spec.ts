import { test, expect, openApp, expectAllSaved, expectNoAxeViolations, noteBox } from './fixtures.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import { meetingWithNotes } from '../helpers/meeting-with-notes.ts'
import { addPerson, liveMeeting, note } from './meeting-steps.ts'

test('an empty note is not added; a note of 10,000 characters is kept whole', async ({ page, host }) => {
  await openApp(page, host.current())
  await liveMeeting(page)
  await noteBox(page).fill('   ')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Type the note first')).toBeVisible()
  await expect(page.locator('article')).toHaveCount(0)

  const long = 'Sarah described the week in detail. '.repeat(278).slice(0, 10_000)
  await noteBox(page).fill(long)
  await page.keyboard.press('Enter')
  await expect(page.locator('article[data-state="saved"]')).toHaveCount(1)
  const restarted = await host.restart('kill')
  await openApp(page, restarted)
  await page.getByRole('button', { name: 'Nowak family' }).click()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  const saved = await page.locator('article p').first().textContent()
  expect(saved?.length).toBeGreaterThanOrEqual(10_000)
})

test('a note can be edited, moved to another section, and deleted with undo', async ({ page, host }) => {
  await openApp(page, host.current())
  await liveMeeting(page)
  await note(page, 'Zofia has been at schol every day.')
  const card = page.locator('article', { hasText: 'Zofia has been' })

  await card.getByRole('button', { name: /Actions for the note/ }).click()
  await page.getByRole('menuitem', { name: 'Edit' }).click()
  await card.getByLabel('Edit the note').fill('Zofia has been at school every day.')
  await page.keyboard.press('Enter')
  await expect(page.locator('article', { hasText: 'at school every day' })).toHaveAttribute(
    'data-state',
    'saved',
  )
  // Saved, the focus is in the note box: typed straight on, the words are a new note, never the edited one's.
  await expect(noteBox(page)).toBeFocused()
  await page.keyboard.type('Typed straight after the edit.')
  await page.keyboard.press('Enter')
  await expect(page.locator('article', { hasText: 'Typed straight after the edit.' })).toHaveCount(1)
  await expect(page.locator('article', { hasText: 'at school every day' })).toHaveCount(1)
  await expect(page.locator('article', { hasText: 'Edited' })).toHaveCount(0)
  // Esc leaves an editor with the focus back on the note's actions.
  const actionsOf = page
    .locator('article', { hasText: 'at school every day' })
    .getByRole('button', { name: /Actions for the note/ })
  await actionsOf.click()
  await page.getByRole('menuitem', { name: 'Edit' }).click()
  await page.keyboard.press('Escape')
  await expect(actionsOf).toBeFocused()

  await page
    .locator('article', { hasText: 'at school every day' })
    .getByRole('button', { name: /Actions for the note/ })
    .click()
  await page.getByRole('menuitem', { name: 'Move to another section…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'What is working well' }).click()
  await expect(
    page.locator('[data-section="strengths"] article', { hasText: 'at school every day' }),
  ).toBeVisible()
  await expect(
    page.locator('[data-section="welcome"] article', { hasText: 'at school every day' }),
  ).toHaveCount(0)

  await page
    .locator('article', { hasText: 'at school every day' })
    .getByRole('button', { name: /Actions for the note/ })
    .click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  await expect(page.locator('article', { hasText: 'at school every day' })).toHaveCount(0)
  // The focus goes to the note box, not to the top of the page with the card that had it.
  await expect(noteBox(page)).toBeFocused()
  // Ctrl+Z in the empty note box undoes the deletion, as the message says.
  await page.keyboard.press('Control+z')
  await expect(
    page.locator('[data-section="strengths"] article', { hasText: 'at school every day' }),
  ).toBeVisible()
  await expect(noteBox(page)).toBeFocused()

  await page
    .locator('article', { hasText: 'at school every day' })
    .getByRole('button', { name: /Actions for the note/ })
    .click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(page.locator('article', { hasText: 'at school every day' })).toBeVisible()
  await expectAllSaved(page)
})

test('names in Polish, Arabic and Bengali display, sort, and are found by a few letters', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await liveMeeting(page, 'Hassan-Wiśniewski')
  await addPerson(page, 'family', 'زینب حسن', 'Mother')
  await addPerson(page, 'family', 'হাসান আলী', 'Father')
  await addPerson(page, 'professional', 'Łucja Wiśniewska', 'Social worker')
  await addPerson(page, 'professional', 'Lucy Adams', 'Health visitor')
  const family = page.getByRole('table', { name: 'Family' })
  await expect(family).toContainText('زینب حسن')
  await expect(family).toContainText('হাসান আলী')
  const professionals = page.getByRole('table', { name: 'Professionals' }).locator('tbody tr')
  await expect(professionals.nth(0)).toContainText('Łucja Wiśniewska')
  await expect(professionals.nth(1)).toContainText('Lucy Adams')

  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await noteBox(page).focus()
  await page.keyboard.press('Control+k')
  await page.keyboard.type('lucj')
  await expect(page.getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await note(page, 'Łucja visited on Monday.')
  await page.keyboard.press('Control+k')
  await page.keyboard.type('زینب')
  await page.keyboard.press('Enter')
  await note(page, 'أريد أن تكون ابنتي آمنة')
  await expect(page.locator('article', { hasText: 'أريد أن تكون ابنتي آمنة' })).toContainText('زینب حسن')
  await expectNoAxeViolations(page, 'notes in three scripts')
})

test('a core group records progress on each action of the plan', async ({ page, host }) => {
  await openApp(page, host.current())
  await liveMeeting(page, 'Begum', 'Core group meeting')
  await page.keyboard.press('Control+2')
  await expect(page.getByRole('heading', { level: 2, name: 'Progress on each action' })).toBeVisible()
  await page.locator('#new-action-what').fill('Ayesha will go to the parenting course on Tuesdays')
  await page.locator('#new-action-due').fill('29/01/2027')
  await page.locator('#new-action-measure').fill('Attendance certificate from the Family Hub')
  await page.getByRole('button', { name: 'Add action' }).click()
  const action = page.getByRole('region', { name: /Ayesha will go to the parenting course/ })
  await expect(action).toContainText('By 29/01/2027')
  await action.getByLabel('What has happened').fill('Four of six sessions attended')
  await action.getByRole('button', { name: 'Add update' }).click()
  await expect(action).toContainText('02/12/2026, on track: Four of six sessions attended')
  await expect(action.locator('.MuiChip-label')).toHaveText('On track')
  await expectAllSaved(page)
  await expectNoAxeViolations(page, 'the core group progress panel')

  // A slow disk: the chair goes on typing the next update while this one is saved. Nothing typed goes.
  await page.route('**/rpc/**', async (route) => {
    if (/add-(progress|action)/.test(route.request().postData() ?? ''))
      await new Promise((resolve) => setTimeout(resolve, 1500))
    await route.continue()
  })
  const update = action.getByLabel('What has happened')
  await update.fill('Fifth session attended')
  await update.press('Enter')
  await update.pressSequentially('; the sixth is booked')
  await expect(action).toContainText('on track: Fifth session attended')
  await expect(update).toHaveValue('Fifth session attended; the sixth is booked')

  // So with a new action: what is typed for the next one while this one is saved stays in the form.
  await page.locator('#new-action-what').fill('Rahim will take Ayesha to the GP')
  await page.getByRole('button', { name: 'Add action' }).click()
  await page.locator('#new-action-what').fill('Rahim will call the school')
  await expect(page.getByRole('region', { name: /Rahim will take Ayesha to the GP/ })).toBeVisible()
  await expect(page.locator('#new-action-what')).toHaveValue('Rahim will call the school')
})

test("a council's own agenda headings and prompts, set in Settings, are used for the next meeting", async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expectNoAxeViolations(page, 'the settings screen')
  await page.getByLabel('Heading 2').fill('Strengths and safety')
  await page.getByLabel('Prompt').nth(1).fill('What is going well, and who keeps the children safe?')
  await page.getByLabel('0 means', { exact: true }).fill('Very worried')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()

  // With the keyboard: a section moved to the bottom keeps the focus on its other arrow, a section removed
  // leaves it on 'Add a section', and 'Undo my changes' on the top of Settings; never on the page itself.
  const downs = page.getByRole('button', { name: /^Move .* down$/ })
  await downs.nth((await downs.count()) - 2).focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('[id^="agenda-"][id$="-up"]:focus')).toHaveCount(1)
  const last = await page.getByLabel(`Heading ${await downs.count()}`).inputValue()
  await page.getByRole('button', { name: `Remove ${last}` }).focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('#add-agenda-section')).toBeFocused()
  await page.getByRole('button', { name: 'Undo my changes' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused()

  await liveMeeting(page, 'Okafor')
  await page.keyboard.press('Control+2')
  await expect(page.getByRole('heading', { level: 2, name: 'Strengths and safety' })).toBeVisible()
  await expect(page.getByText('What is going well, and who keeps the children safe?').first()).toBeVisible()
  await page.keyboard.press('Control+8')
  await expect(page.getByText('0: Very worried')).toBeVisible()
})

test('a long meeting shows each section’s latest notes, and every earlier note is a click away', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  const file = writeInterchange(meetingWithNotes(1000), new Date('2026-12-02T12:00:00Z'))
  await page
    .getByTestId('import-file-input')
    .setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(file) })
  await expect(page.getByRole('heading', { level: 1, name: 'Benchmark family' })).toBeVisible()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  const welcome = page.locator('[data-section="welcome"]')
  await expect(welcome.locator('article')).toHaveCount(40)
  await welcome.getByRole('button', { name: 'Show 72 earlier notes' }).click()
  await expect(welcome.locator('article')).toHaveCount(112)
  await expect(welcome.getByText('Note 0:', { exact: false })).toBeVisible()
})

test('the chair closes the room view; in dark mode the live screens pass axe too', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page, host.current())
  await liveMeeting(page, 'Osei')
  await note(page, 'Kofi has settled well at nursery.')
  const [presenter] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Show to the room' }).click(),
  ])
  await presenter.emulateMedia({ colorScheme: 'dark' })
  await expect(presenter.getByText('Kofi has settled well at nursery.')).toBeVisible()
  await expectNoAxeViolations(page, 'the live board in dark mode')
  await expectNoAxeViolations(presenter, 'the presenter view in dark mode')
  await page.getByRole('button', { name: 'Stop showing to the room' }).click()
  await expect.poll(() => presenter.isClosed()).toBe(true)
  await expect(page.getByRole('button', { name: 'Show to the room' })).toBeVisible()
})
