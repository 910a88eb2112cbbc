import {
  test,
  expect,
  openApp,
  tabTo,
  expectNoAxeViolations,
  createMeeting,
  expectAllSaved,
  passphrase,
  openNewMeeting,
} from './fixtures.ts'

test('a new user sets a passphrase, creates a meeting and types into it with the keyboard alone', async ({
  page,
  host,
}) => {
  await page.goto(host.current().url)
  await expect(page.getByRole('heading', { level: 1, name: 'Set a passphrase' })).toBeVisible()
  await expect(page.locator('#passphrase')).toBeFocused()
  await page.keyboard.type(passphrase)
  await page.keyboard.press('Tab')
  await page.keyboard.type(passphrase)
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeFocused()
  await expect(page.getByText('No meetings yet')).toBeVisible()

  await tabTo(page, '#nav-new-meeting')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'New meeting' })).toBeFocused()
  await tabTo(page, '#new-kind')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Review child protection conference')).toBeChecked()
  await tabTo(page, '#new-date')
  await page.keyboard.type('02/12/2026')
  await tabTo(page, '#new-start-time')
  await page.keyboard.type('10:00')
  await tabTo(page, '#new-family-name')
  await page.keyboard.type('Kowalski')
  await tabTo(page, '#new-child-add')
  await page.keyboard.press('Enter')
  await expect(page.locator('#new-child-name-0')).toBeFocused()
  await page.keyboard.type('Zofia Kowalska')
  await page.keyboard.press('Tab')
  await expect(page.locator('#new-child-known-as-0')).toBeFocused()
  await page.keyboard.type('Zosia')
  await page.keyboard.press('Tab')
  await page.keyboard.type('14/03/2018')
  await expect(page.getByText('Aged 8')).toBeVisible()
  await tabTo(page, '#new-submit')
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: 'Kowalski family' })).toBeFocused()
  await expect(page.getByText('Review child protection conference').first()).toBeVisible()
  await expect(page.getByText('02/12/2026 at 10:00')).toBeVisible()
  await tabTo(page, '#details-preparation-notes')
  await page.keyboard.type(
    'Met Anna and Piotr on 20/11. They would like the meeting to start after the school run.',
  )
  await expectAllSaved(page)

  await tabTo(page, '#nav-meetings')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeFocused()
  const row = page.getByRole('row', { name: /Kowalski family/ })
  await expect(row).toContainText('Zofia Kowalska')
  await expect(row).toContainText('02/12/2026')
  await expect(row).toContainText(/(Arranged|Planned) for 02\/12\/2026/)
  await page.keyboard.press('Tab')
  await tabTo(page, 'tbody button.family')
  await page.keyboard.press('Enter')
  await expect(page.locator('#details-preparation-notes')).toHaveValue(/after the school run/)
})

test('a half-filled New meeting form lists what is missing, links to each field and keeps what was typed', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await openNewMeeting(page)
  await page.getByLabel('Family name').fill('Ahmed')
  await page.getByLabel('Date of the meeting').fill('31/11/2026')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Choose what kind of meeting it is')
  await expect(summary).toContainText('Enter a real date for the meeting, like 22/11/2026')
  await summary.getByRole('link', { name: /real date/ }).click()
  await expect(page.getByLabel('Date of the meeting')).toBeFocused()
  await expect(page.getByLabel('Family name')).toHaveValue('Ahmed')
  await expect(page.getByLabel('Date of the meeting')).toHaveValue('31/11/2026')
})

test('a wrong passphrase is refused in plain words and the right one opens the meetings', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  const restarted = await host.restart('stop')
  await page.goto(restarted.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Convene' })).toBeVisible()
  await page.getByLabel('Passphrase').fill('harbour lantern meadows')
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'That passphrase is not right. Check Caps Lock and try again. To slow down anyone guessing, Convene waits a little longer after each wrong passphrase: the next try will take 1 second longer.',
  )
  await expect(page.getByLabel('Passphrase')).toHaveValue('harbour lantern meadows')
  await page.getByLabel('Passphrase').fill(passphrase)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible()
})

test('a passphrase quick to guess is refused with the reason and a suggestion, and a strong one is set', async ({
  page,
  host,
}) => {
  await page.goto(host.current().url)
  await expect(page.getByRole('heading', { level: 1, name: 'Set a passphrase' })).toBeVisible()
  const field = page.getByLabel('Passphrase', { exact: false }).first()
  await field.pressSequentially('password12', { delay: 0 })
  await expect(page.getByText('Not strong enough yet. This is an often used password.')).toBeVisible()
  await page.getByLabel('Type the passphrase again').fill('password12')
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    'That passphrase would be quick to guess. This is an often used password.',
  )
  await expect(alert).toContainText('Try three or four ordinary words')
  await expectNoAxeViolations(page, 'the set-a-passphrase screen with a weak passphrase')

  for (const [weak, reason] of [
    ['aaaaaaaaaa', 'A character repeated, like "aaa", is quick to guess.'],
    ['1234567890', 'This is a very often used password.'],
  ] as const) {
    await field.fill(weak)
    await page.getByLabel('Type the passphrase again').fill(weak)
    await page.getByRole('button', { name: 'Set passphrase and continue' }).click()
    await expect(alert).toContainText(`That passphrase would be quick to guess. ${reason}`)
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Set a passphrase' })).toBeVisible()

  await field.fill(passphrase)
  await expect(page.getByText('Strong enough.')).toBeVisible()
  await page.getByLabel('Type the passphrase again').fill(passphrase)
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible()
})

test('axe finds no violations on the lock screen, the list, the New meeting form and the workspace', async ({
  page,
  host,
}) => {
  await page.goto(host.current().url)
  await expect(page.getByRole('heading', { level: 1, name: 'Set a passphrase' })).toBeVisible()
  await expectNoAxeViolations(page, 'the lock screen')
  await openApp(page, host.current())
  await expect(page.getByText('No meetings yet')).toBeVisible()
  await expectNoAxeViolations(page, 'the empty meetings list')

  await openNewMeeting(page)
  await page.getByRole('button', { name: 'Add a child' }).click()
  await expectNoAxeViolations(page, 'the New meeting form')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByText('There is a problem')).toBeVisible()
  await expectNoAxeViolations(page, 'the New meeting form with problems')

  await page.goto(host.current().url.replace(/#.*/, '#/'))
  await createMeeting(page, {
    familyName: 'Begum',
    date: '03/12/2026',
    child: { name: 'Ayesha Begum', dateOfBirth: '01/02/2016' },
  })
  await expectAllSaved(page)
  await expectNoAxeViolations(page, 'the meeting workspace')

  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await expect(page.getByRole('row', { name: /Begum family/ })).toBeVisible()
  await expectNoAxeViolations(page, 'the meetings list')
})

test('the same screens pass axe in dark mode', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page, host.current())
  await createMeeting(page, { familyName: 'Begum', date: '03/12/2026' })
  await expectAllSaved(page)
  await expectNoAxeViolations(page, 'the workspace in dark mode')
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await expectNoAxeViolations(page, 'the list in dark mode')
})

test('the meetings list finds a meeting by a family or child name, ignoring case and accents', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await createMeeting(page, {
    familyName: 'Wiśniewski',
    date: '01/12/2026',
    child: { name: 'Łucja Wiśniewska', dateOfBirth: '02/02/2017' },
  })
  await createMeeting(page, {
    familyName: 'Begum',
    date: '03/12/2026',
    child: { name: 'Ayesha Begum', dateOfBirth: '01/02/2016' },
  })
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await expect(page.getByText('2 cases, newest meeting first')).toBeVisible()
  await page.getByLabel('Find a case').fill('lucja')
  await expect(page.getByText('1 case of 2 matches, newest meeting first')).toBeVisible()
  // A screen reader hears the count once typing pauses.
  await expect(page.getByRole('status').filter({ hasText: '1 case of 2 matches' })).toHaveCount(1)
  await page.getByLabel('Find a case').fill('lucja-wiśniewska')
  await expect(page.getByRole('row', { name: /Wiśniewski family/ })).toBeVisible()
  await page.getByLabel('Find a case').fill('lucja')
  await expect(page.getByRole('row', { name: /Wiśniewski family/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /Begum family/ })).toHaveCount(0)
  await expectNoAxeViolations(page, 'the filtered meetings list')
})

test('a search that finds nothing says so plainly', async ({ page, host }) => {
  await openApp(page, host.current())
  await createMeeting(page, { familyName: 'Begum', date: '03/12/2026' })
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await page.getByLabel('Find a case').fill('Kowalski')
  await expect(page.getByText('No cases match ‘Kowalski’. Check the spelling')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'No cases match ‘Kowalski’' })).toHaveCount(1)
})
