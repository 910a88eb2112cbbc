import { test, expect, openApp, createMeeting, expectAllSaved } from './fixtures.ts'

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
