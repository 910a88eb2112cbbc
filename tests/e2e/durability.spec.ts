import { test, expect, openApp, createMeeting, expectAllSaved, noteBox } from './fixtures.ts'
import { liveMeeting, note } from './meeting-steps.ts'

test('every acknowledged word survives the host being killed mid-session', async ({ page, host }) => {
  await openApp(page, host.current())
  await createMeeting(page, {
    familyName: 'Kowalski',
    date: '02/12/2026',
    child: { name: 'Zofia Kowalska', dateOfBirth: '14/03/2018' },
  })

  const words =
    'Anna said the mornings are hard since Piotr started nights. Zofia now walks to school with her cousin.'
  await page.getByLabel("Chair's preparation notes").pressSequentially(words, { delay: 5 })
  await page
    .getByLabel('Purpose of the meeting')
    .fill('To agree how everyone can help Zofia feel safe at home.')
  await page.getByLabel('Where').fill('Civic Offices, Room 4')
  await page.getByLabel('Date of birth').fill('15/03/2018')
  await expectAllSaved(page)
  const meetingUrl = page.url().replace(/^.*#/, '#')

  const restarted = await host.restart('kill')
  await openApp(page, restarted)
  await page.goto(restarted.url.replace(/#.*/, meetingUrl))
  await expect(page.getByLabel("Chair's preparation notes")).toHaveValue(words)
  await expect(page.getByLabel('Purpose of the meeting')).toHaveValue(
    'To agree how everyone can help Zofia feel safe at home.',
  )
  await expect(page.getByLabel('Where')).toHaveValue('Civic Offices, Room 4')
  await expect(page.getByLabel('Date of birth')).toHaveValue('15/03/2018')
  await expect(page.getByText('An earlier save of this meeting was opened')).toHaveCount(0)
})

test('a field typed letter by letter is saved whole, not one save per keystroke behind', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await createMeeting(page, { familyName: 'Nowak', date: '02/12/2026' })
  await page.getByLabel('Where').pressSequentially('Room 7, Civic Offices', { delay: 0 })
  await expectAllSaved(page)
  const restarted = await host.restart('kill')
  await openApp(page, restarted)
  await page.getByRole('button', { name: 'Nowak family' }).click()
  await expect(page.getByLabel('Where')).toHaveValue('Room 7, Civic Offices')
})

test("a note added on a full disk is kept once after 'Try again' and a restart", async ({
  page,
  host,
  disk,
}) => {
  await openApp(page, host.current())
  await liveMeeting(page, 'Ó Súilleabháin')
  await note(page, 'Siobhán said the new bus route helps.')

  await disk.fill()
  const words = 'Mairéad walks Ciarán to school now, and he is there on time every day.'
  await noteBox(page).pressSequentially(words, { delay: 0 })
  await page.keyboard.press('Enter')
  const status = page.getByRole('status').filter({ hasText: 'Not saved' })
  await expect(status).toContainText('the disk is full')
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toHaveCount(0)

  // Trying again while the disk is still full fails again, and says so.
  await status.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toHaveCount(0)

  await disk.free()
  await page.getByRole('status').getByRole('button', { name: 'Try again' }).click()
  await expectAllSaved(page)
  await expect(page.locator('article', { hasText: words })).toHaveCount(1)
  await expect(page.locator('article', { hasText: words })).toHaveAttribute('data-state', 'saved')

  const restarted = await host.restart('kill')
  await openApp(page, restarted)
  await page.getByRole('button', { name: 'Ó Súilleabháin family' }).click()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await expect(page.locator('article', { hasText: 'Siobhán said the new bus route helps.' })).toHaveCount(1)
  await expect(page.locator('article', { hasText: words })).toHaveCount(1)
})

test('a place typed on a full disk is saved once there is space, and survives a restart', async ({
  page,
  host,
  disk,
}) => {
  await openApp(page, host.current())
  await createMeeting(page, { familyName: 'Nowak', date: '02/12/2026' })
  await expectAllSaved(page)
  await disk.fill()
  await page.getByLabel('Where').pressSequentially('Civic Offices, Room 4', { delay: 0 })
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toContainText('the disk is full')
  await expect(page.getByLabel('Where')).toHaveValue('Civic Offices, Room 4')
  // Looking elsewhere while it waits must not lose it, nor make it look lost.
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await page.getByRole('tab', { name: 'Before the meeting' }).click()
  await expect(page.getByLabel('Where')).toHaveValue('Civic Offices, Room 4')
  await page.locator('#nav-meetings').click()
  await page.getByRole('button', { name: 'Nowak family' }).click()
  await expect(page.getByLabel('Where')).toHaveValue('Civic Offices, Room 4')
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible()

  await disk.free()
  await page.getByRole('status').getByRole('button', { name: 'Try again' }).click()
  await expectAllSaved(page)
  const restarted = await host.restart('kill')
  await openApp(page, restarted)
  await page.getByRole('button', { name: 'Nowak family' }).click()
  await expect(page.getByLabel('Where')).toHaveValue('Civic Offices, Room 4')
})

test('notes waiting on a full disk stay on screen across tabs, are saved by themselves once there is room, and the note being typed is never called saved while it is not', async ({
  page,
  host,
  disk,
}) => {
  await openApp(page, host.current())
  await liveMeeting(page, 'Wiśniewska')
  await note(page, 'Zofia said the mornings are calmer.')

  await disk.fill()
  const waiting = 'Anna said the landlord will fix the heating on Friday.'
  await noteBox(page).pressSequentially(waiting, { delay: 0 })
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible()

  // To 'Before the meeting' and back, as a chair checking a role does: the waiting note is still there.
  await page.getByRole('tab', { name: 'Before the meeting' }).click()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await expect(page.locator('article', { hasText: waiting })).toHaveCount(1)

  // The next note is typed but not added: it cannot be kept either, and nothing says it is.
  const typing = 'Piotr said he can do the school run on Thursdays'
  await noteBox(page).pressSequentially(typing, { delay: 0 })
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible()
  await page.waitForTimeout(1500)
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toHaveCount(0)

  // Room again: no button pressed, nothing more typed. Both are kept within a few seconds.
  await disk.free()
  await expectAllSaved(page)
  await expect(page.locator('article', { hasText: waiting })).toHaveAttribute('data-state', 'saved')
  await expect(page.locator('[data-draft-saved]')).toHaveAttribute('data-draft-saved', 'true')

  const restarted = await host.restart('kill')
  await openApp(page, restarted)
  await page.getByRole('button', { name: 'Wiśniewska family' }).click()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await expect(page.locator('article', { hasText: waiting })).toHaveCount(1)
  await expect(noteBox(page)).toHaveValue(typing)
})
