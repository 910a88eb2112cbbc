import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { renderDocuments } from '../helpers/render-documents.ts'
import { createSelfSigned, fingerprintOf } from '../../electron/services/signing/certificate.ts'
import { signDocx } from '../../electron/services/signing/ooxml-signature.ts'
import { conferenceMeeting } from '../helpers/conference-meeting.ts'
import { expect, expectNoAxeViolations, openApp, tabTo, test } from './fixtures.ts'

/** Opens 'Verify a document' from the meetings screen, checks a file, and returns the verdict shown. */
async function verifyInApp(page: Page, file: string): Promise<string> {
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await page.getByRole('button', { name: 'Verify a document' }).click()
  await page.getByTestId('verify-file-input').setInputFiles(file)
  const verdict = page.getByRole('dialog').getByRole('status')
  await expect(verdict).toBeVisible()
  const text = (await verdict.textContent()) ?? ''
  await page.getByRole('button', { name: 'Close' }).click()
  return text
}

test("a document signed in the chair's name by someone else reads differently from the chair's own, once the chair's certificate is trusted in Settings", async ({
  page,
  host,
  workFolder,
}) => {
  test.setTimeout(120_000)
  const details = { name: 'Siobhán Ní Bhriain', role: 'Chair', organisation: 'Cork City Council' }
  const genuine = createSelfSigned(details)
  const forged = createSelfSigned(details)
  const [minutes] = await renderDocuments(conferenceMeeting(), { signature: null })
  if (!minutes) throw new Error('no minutes')
  const signedAt = new Date('2026-12-02T15:30:00Z')
  const genuineFile = join(workFolder, 'minutes-genuine.docx')
  const forgedFile = join(workFolder, 'minutes-forged.docx')
  await writeFile(genuineFile, await signDocx(minutes.data, genuine, signedAt))
  await writeFile(forgedFile, await signDocx(minutes.data, forged, signedAt))
  const certificateFile = join(workFolder, 'siobhan.cer')
  await writeFile(certificateFile, `\uFEFF${genuine.certificatePem}`)

  await openApp(page, host.current())
  // Nothing trusted yet: valid, but by a certificate Convene does not know, with its fingerprint.
  const unknown = await verifyInApp(page, genuineFile)
  expect(unknown).toContain(
    'minutes-genuine.docx: Valid, but signed with a certificate Convene does not know.',
  )
  expect(unknown).toContain(fingerprintOf(genuine.certificatePem))
  expect(unknown).toContain('The certificate names Siobhán Ní Bhriain, Chair, Cork City Council')

  // The chair's certificate, added in Settings from the file they gave.
  await page.getByRole('button', { name: 'Settings' }).click()
  const section = page.getByRole('region', { name: 'Certificates for verifying documents' })
  await section.getByTestId('trusted-certificate-input').setInputFiles({
    name: 'key.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from(`${forged.certificatePem}${forged.privateKeyPem}`),
  })
  await expect(section.getByRole('alert')).toContainText('This file holds a private key.')
  await section.getByTestId('trusted-certificate-input').setInputFiles(certificateFile)
  const list = section.getByRole('list', { name: 'Trusted certificates' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list).toContainText('Siobhán Ní Bhriain, Chair, Cork City Council')
  await expect(list).toContainText(fingerprintOf(genuine.certificatePem))
  // Scrolled to where the chair is working, as they would be: at the top of the page the sticky Save bar
  // covers agenda fields far below this section, which axe counts against them.
  await page.evaluate(() => document.querySelector('#save-settings')?.scrollIntoView({ block: 'end' }))
  await page
    .getByRole('heading', { name: 'Certificates for verifying documents' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
  await expectNoAxeViolations(page, 'settings with a trusted certificate')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()

  expect(await verifyInApp(page, genuineFile)).toContain(
    'Valid, signed by Siobhán Ní Bhriain, Chair, Cork City Council (known: a certificate trusted in Settings).',
  )
  expect(await verifyInApp(page, forgedFile)).toContain(
    'Valid, but signed with a certificate Convene does not know.',
  )

  // Removed with the keyboard alone, then saved: no longer known.
  await page.getByRole('button', { name: 'Settings' }).click()
  await tabTo(page, 'button[aria-label="Remove Siobhán Ní Bhriain, Chair, Cork City Council"]')
  await page.keyboard.press('Enter')
  await expect(section.getByText('None listed.')).toBeVisible()
  await expect(section.getByRole('button', { name: 'Add a certificate…' })).toBeFocused()
  await tabTo(page, '#save-settings')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Settings saved.')).toBeVisible()
  expect(await verifyInApp(page, genuineFile)).toContain(
    'Valid, but signed with a certificate Convene does not know.',
  )
})
