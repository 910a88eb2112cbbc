import { test, expect, openApp, expectNoAxeViolations } from './fixtures.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import { heldConference } from '../helpers/conference-meeting.ts'

test('the decision, the language check and the signed record pass axe in dark mode', async ({
  page,
  host,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page, host.current())
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'kowalski.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(heldConference(), new Date('2026-11-20T12:00:00Z'))),
  })
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await expect(page.getByRole('region', { name: 'Ready to sign?' })).toBeVisible()
  await expectNoAxeViolations(page, 'decision and plan, dark')
  await page.getByRole('button', { name: 'Sign off the record…' }).click()
  await expectNoAxeViolations(page, 'sign-off dialog, dark')
  const dialog = page.getByRole('dialog', { name: 'Sign off the record' })
  await dialog.getByLabel('Your name as you sign it').fill('Helen Okafor')
  await dialog.getByRole('button', { name: 'Use this signature' }).click()
  await dialog.getByLabel('Why sign with items open').fill('The acronyms are in the glossary.')
  await dialog.getByRole('button', { name: 'Sign off' }).click()
  await expect(page.getByRole('region', { name: 'Signed versions' })).toContainText('Version 1')
  await expectNoAxeViolations(page, 'signed record, dark')
  await page.getByRole('tab', { name: 'Language check' }).click()
  await expect(page.getByRole('region', { name: 'Suggestions, note by note' })).toBeVisible()
  await expectNoAxeViolations(page, 'language check, dark')
})
