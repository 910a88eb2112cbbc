import type { Page } from '@playwright/test'
import {
  test,
  expect,
  openApp,
  createMeeting,
  expectNoAxeViolations,
  openNewMeeting,
  noteBox,
} from './fixtures.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { formatBritishDate, ukDateOf } from '../../shared/dates/british-date.ts'
import { applyAll } from '../helpers/commands.ts'
import { heldConference } from '../helpers/conference-meeting.ts'
import { addPerson, newMeeting } from './meeting-steps.ts'

/** A date some days from today, in ISO form. */
function daysFromToday(days: number): string {
  return ukDateOf(new Date(Date.now() + days * 86_400_000))
}

async function importMeeting(page: Page, meeting: Meeting): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'kowalski.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(meeting, new Date('2026-11-20T12:00:00Z'))),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Kowalski family' })).toBeVisible()
}

test('a signed record is deleted only with the family’s name typed out; the list can hide signed meetings', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  const signed = applyAll(heldConference(), [{ type: 'sign-off', openItems: ['x'], reason: 'For the test' }])
  await importMeeting(page, signed)
  await createMeeting(page, { familyName: 'Begum', date: formatBritishDate(daysFromToday(0)) })

  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await expect(page.getByRole('row', { name: /Kowalski family/ })).toContainText('signed')
  await page.getByLabel('Hide signed meetings (1)').check()
  await expect(page.getByRole('row', { name: /Kowalski family/ })).toHaveCount(0)
  await expect(page.getByRole('row', { name: /Begum family/ })).toBeVisible()
  // A search that finds the signed case only says it is hidden, rather than that no case matches.
  await page.getByLabel('Find a case').fill('kowalski')
  await expect(
    page.getByText('No unsigned cases match ‘kowalski’: 1 case with only signed meetings is hidden.'),
  ).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: '1 case with only signed meetings is hidden' }),
  ).toHaveCount(1)
  await page.getByLabel('Find a case').fill('')
  await page.getByLabel('Hide signed meetings (1)').uncheck()

  await page.getByRole('button', { name: 'Kowalski family', exact: true }).click()
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await page.getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this meeting?' })
  await expect(dialog).toContainText('These minutes are signed: they are a statutory record')
  const confirm = dialog.getByRole('button', { name: 'Delete the signed record' })
  await expect(confirm).toBeDisabled()
  await expectNoAxeViolations(page, 'deleting a signed record')
  await dialog.getByLabel(/type the family's name/).fill('Kowalsky')
  await expect(confirm).toBeDisabled()
  await dialog.getByLabel(/type the family's name/).fill('kowalski')
  await confirm.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible()
  await expect(page.getByRole('row', { name: /Kowalski family/ })).toHaveCount(0)
})

test('after signing the panel says so; the correction dialog shows its own problem; arranged is not done', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  const coreGroup = daysFromToday(7)
  const signed = applyAll(heldConference(), [
    { type: 'set-dates', patch: { firstCoreGroup: coreGroup } },
    { type: 'sign-off', openItems: ['x'], reason: 'For the test' },
  ])
  await importMeeting(page, signed)
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  const panel = page.getByRole('region', { name: 'Signed off' })
  await expect(panel).toContainText('The minutes are locked')
  await expect(panel).not.toContainText('missing')
  await expect(page.getByRole('region', { name: 'Ready to sign?' })).toHaveCount(0)

  await expect(page.getByRole('row', { name: /First core group/ })).toContainText(
    `Arranged for ${formatBritishDate(coreGroup)}`,
  )
  await expect(page.getByRole('row', { name: /First core group/ })).not.toContainText('Done')

  await page.getByRole('button', { name: 'Start a correction…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Start a correction' })
  await dialog.getByRole('button', { name: 'Start the correction' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Say what is being corrected and who asked for it')
  await expectNoAxeViolations(page, 'the correction dialog with a problem')
})

test('impossible values are refused in plain words: a birth after today, leaving before arriving, signing before the day', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await openNewMeeting(page)
  await page.getByLabel('Initial child protection conference').check()
  await page.getByLabel('Date of the meeting').fill(formatBritishDate(daysFromToday(3)))
  await page.getByLabel('Family name').fill('Nowak')
  await page.getByRole('button', { name: 'Add a child' }).click()
  await page.getByLabel("Child's full name").fill('Zofia Nowak')
  await page.getByLabel('Date of birth').fill(formatBritishDate(daysFromToday(400)))
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByText('There is a problem')).toBeVisible()
  await expect(
    page.getByRole('link', { name: /Child 1: A date of birth cannot be after today/ }),
  ).toBeVisible()
  await page.getByLabel('Date of birth').fill('14/03/2018')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nowak family' })).toBeVisible()

  await page.locator('#add-family-member').click()
  await page.locator('#person-name').fill('Piotr Nowak')
  await page.locator('#person-role').fill('Father')
  await page.locator('#person-attendance').click()
  await page.getByRole('option', { name: 'Attending part' }).click()
  await page.locator('#person-from').fill('11:00')
  await page.locator('#person-until').fill('10:30')
  await page.getByRole('button', { name: 'Add family member' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(
    'The time they leave (10:30) must be after the time they come in (11:00).',
  )
  await page.locator('#person-until').fill('12:00')
  await page.getByRole('button', { name: 'Add family member' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('table', { name: 'Family' })).toContainText('Attending part (11:00–12:00)')

  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await expect(page.getByRole('region', { name: 'Ready to sign?' })).toContainText(
    `The meeting is on ${formatBritishDate(daysFromToday(3))}: its minutes can be signed from that day`,
  )
  await expect(page.getByRole('button', { name: 'Sign off the record…' })).toBeDisabled()
})

test('small things read right: one piece of advice, not two; an initial conference', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await createMeeting(page, { familyName: 'Nowak', date: formatBritishDate(daysFromToday(0)) })
  await addPerson(page, 'family', 'Anna Nowak', 'Mother')
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await noteBox(page).fill('The flat is always cold')
  await page.keyboard.press('End')
  await expect(page.locator('#note-language-status')).toContainText('1 wording suggestion')
  await page.keyboard.press('Control+J')
  const popover = page.getByRole('dialog', { name: '‘always’' })
  await expect(popover).toContainText('Say how often, and since when.')
  await expect(popover).not.toContainText('since when. say how often')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByLabel('Reports due before an initial child protection conference')).toBeVisible()
})

test('removing a person or a child with the keyboard leaves the focus on adding another, not the top of the page', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await newMeeting(page, 'Initial child protection conference', 'Nowak')
  await addPerson(page, 'family', 'Sarah Nowak', 'Mother')
  await addPerson(page, 'professional', 'Priya Shah', 'Social worker')
  for (const [name, home] of [
    ['Sarah Nowak', '#add-family-member'],
    ['Priya Shah', '#add-professional'],
  ] as const) {
    await page.getByRole('button', { name: `Remove ${name}` }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: `Remove ${name}` })).toHaveCount(0)
    await expect(page.locator(home)).toBeFocused()
  }

  await page.locator('#details-child-add').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Zofia')
  await page
    .getByRole('button', { name: /^Remove / })
    .first()
    .focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('#details-child-add')).toBeFocused()
})
