import { X509Certificate } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Download, Page } from '@playwright/test'
import JSZip from 'jszip'
import forge from 'node-forge'
import { createSelfSigned } from '../../electron/services/signing/certificate.ts'
import { test, expect, openApp, expectAllSaved, expectNoAxeViolations } from './fixtures.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import { verifyDocx } from '../../electron/services/signing/verify-docx.ts'
import { heldConference } from '../helpers/conference-meeting.ts'
import { libreOfficeAvailability, libreOfficeSignatures } from '../helpers/libreoffice-signatures.ts'

/** An organisation's certificate for the chair, in a PKCS#12 file with a password. */
function organisationP12(password: string): Buffer {
  const identity = createSelfSigned({
    name: 'Helen Okafor',
    role: 'Independent chair',
    organisation: 'Portsmouth City Council',
  })
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(identity.privateKeyPem),
    [forge.pki.certificateFromPem(identity.certificatePem)],
    password,
    { algorithm: '3des' },
  )
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary')
}

/** Clicks a button that downloads several files and saves them all in a folder. */
async function downloads(
  page: Page,
  click: () => Promise<void>,
  count: number,
  folder: string,
): Promise<string[]> {
  const files: string[] = []
  const done = new Promise<void>((resolve) => {
    const on = async (download: Download): Promise<void> => {
      const path = join(folder, download.suggestedFilename())
      await download.saveAs(path)
      files.push(path)
      if (files.length === count) {
        page.off('download', on)
        resolve()
      }
    }
    page.on('download', on)
  })
  await click()
  await done
  return files.sort()
}

test('the chair signs, downloads signed Word documents, verifies them, and corrects the minutes into a new version', async ({
  page,
  host,
  workFolder,
}) => {
  test.setTimeout(180_000)
  await openApp(page, host.current())
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'kowalski.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(heldConference(), new Date('2026-11-20T12:00:00Z'))),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Kowalski family' })).toBeVisible()
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  // 'Ready to sign?' until signed; 'Signed off' after.
  const checklist = page.getByRole('region', { name: /^(Ready to sign\?|Signed off)$/ })
  await expect(checklist).toContainText('wording suggestions are still open')

  // A draft can be downloaded before signing: the same documents, not signed.
  const drafts = await downloads(
    page,
    () => checklist.getByRole('button', { name: 'Download a draft' }).click(),
    4,
    workFolder,
  )
  expect(drafts.every((file) => file.endsWith('-draft.docx'))).toBe(true)
  for (const file of drafts)
    expect(await verifyDocx(await readFile(file))).toMatchObject({ status: 'unsigned' })

  // Sign with items open: a signature first, then a reason, which is kept.
  await checklist.getByRole('button', { name: 'Sign off the record…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sign off the record' })
  await expect(dialog.getByRole('button', { name: 'Sign off' })).toBeDisabled()
  await dialog.getByLabel('Your name as you sign it').fill('Helen Okafor')
  await dialog.getByRole('button', { name: 'Use this signature' }).click()
  await expect(dialog).toContainText('Signing as Helen Okafor')
  // The organisation's certificate, from its .p12 file: a wrong password is refused plainly.
  await dialog.getByTestId('certificate-file-input').setInputFiles({
    name: 'portsmouth.p12',
    mimeType: 'application/x-pkcs12',
    buffer: organisationP12('council password'),
  })
  await dialog.getByLabel('Certificate password').fill('wrong')
  await dialog.getByRole('button', { name: 'Use this certificate' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'The password for this certificate file is not right. Check it and try again.',
  )
  await dialog.getByLabel('Certificate password').fill('council password')
  await dialog.getByRole('button', { name: 'Use this certificate' }).click()
  await expect(dialog).toContainText(
    "Signed with the certificate of Helen Okafor, Independent chair, Portsmouth City Council (your organisation's)",
  )
  await dialog.getByRole('button', { name: 'Sign off' }).click()
  await expect(dialog.getByText('Say why you are signing with these items open')).toBeVisible()
  await dialog
    .getByLabel('Why sign with items open')
    .fill('The family asked for the agency names to stay as they are.')
  await dialog.getByRole('button', { name: 'Sign off' }).click()
  await expect(checklist).toContainText('The minutes are locked')
  // The button that opened the dialog has gone: the focus is on what the panel says now, not the page.
  await expect(page.getByRole('heading', { name: 'Signed off' })).toBeFocused()
  const versions = page.getByRole('region', { name: 'Signed versions' })
  await expect(versions).toContainText('Version 1: signed')
  await expect(versions).toContainText('Fingerprint (SHA-256)')
  await expectNoAxeViolations(page, 'signed versions')

  // The signed documents: four, each signed and valid, to Convene and to LibreOffice.
  const files = await downloads(
    page,
    () => versions.getByRole('button', { name: 'Download version 1 (signed Word documents)' }).click(),
    4,
    workFolder,
  )
  expect(files.map((file) => file.replace(/.*\//, '').replace(/-[0-9a-f]{8}\.docx$/, ''))).toEqual([
    'decision-letter-icpc-2026-11-20',
    'minutes-family-copy-icpc-2026-11-20',
    'minutes-icpc-2026-11-20',
    'outline-plan-icpc-2026-11-20',
  ])
  for (const file of files)
    expect(await verifyDocx(await readFile(file))).toMatchObject({
      status: 'valid',
      signer: 'Helen Okafor, Independent chair, Portsmouth City Council',
    })
  const minutes = files.find((file) => file.includes('/minutes-icpc')) ?? ''
  const libreOffice = libreOfficeAvailability()
  if (libreOffice.available)
    expect(libreOfficeSignatures([minutes])[0]?.signatures).toEqual([
      expect.objectContaining({ valid: true, subject: expect.stringContaining('Helen Okafor') }),
    ])
  else if (process.env['CI'] === 'true') throw new Error(`${libreOffice.reason} (required when CI=true)`)
  else test.info().annotations.push({ type: 'LibreOffice check skipped', description: libreOffice.reason })

  // Locked: the decision cannot be changed without a correction.
  await expect(page.getByText('These minutes are signed and locked')).toBeVisible()
  await expect(page.getByLabel('Reasons for the decision')).toBeDisabled()
  await expect(page.getByRole('radio', { name: 'A child in need plan' })).toBeDisabled()

  // Verify a document in the app: the signed minutes are valid; with one character changed, they are not.
  const zip = await JSZip.loadAsync(await readFile(minutes))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  zip.file('word/document.xml', xml.replace('Zosia needs a plan', 'Zosia needs a plaN'))
  const tampered = join(workFolder, 'tampered.docx')
  await writeFile(tampered, await zip.generateAsync({ type: 'nodebuffer' }))
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await page.getByRole('button', { name: 'Verify a document' }).click()
  await page.getByTestId('verify-file-input').setInputFiles(minutes)
  // Signed with the certificate this laptop signs with, so it is known here without being listed.
  await expect(page.getByRole('status').filter({ hasText: 'Valid, signed by' })).toContainText(
    "Valid, signed by Helen Okafor, Independent chair, Portsmouth City Council (known: this laptop's own signing certificate).",
  )
  await expectNoAxeViolations(page, 'verify a document')
  await page.getByTestId('verify-file-input').setInputFiles(tampered)
  await expect(page.getByRole('status').filter({ hasText: 'NOT valid.' })).toContainText(
    'The document has been changed since it was signed',
  )
  await page.getByRole('button', { name: 'Close' }).click()

  // Settings shows this laptop's own certificate with its fingerprint, and saves it to give to the council.
  await page.getByRole('button', { name: 'Settings' }).click()
  const trust = page.getByRole('region', { name: 'Certificates for verifying documents' })
  const saved = page.waitForEvent('download')
  await trust.getByRole('button', { name: 'Save this laptop’s certificate (.pem)' }).click()
  const pem = join(workFolder, (await saved).suggestedFilename())
  await (await saved).saveAs(pem)
  const fingerprint = new X509Certificate(await readFile(pem)).fingerprint256
  await expect(trust).toContainText(`Always known here. Fingerprint (SHA-256): ${fingerprint}`)
  expect(await verifyDocx(await readFile(minutes))).toMatchObject({ fingerprint })
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()

  // A correction makes version 2; version 1 stays as it was.
  await page.getByRole('button', { name: 'Kowalski family', exact: true }).click()
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await page.getByRole('button', { name: 'Start a correction…' }).click()
  await page.getByLabel('What is being corrected').fill('The reasons named the wrong month')
  await page.getByLabel('Who asked for it').fill('Anna Kowalska')
  // Enter starts it, as in the other dialogs, and the focus goes to the panel, not the page.
  await page.keyboard.press('Enter')
  await expect(page.getByText('Correction under way: The reasons named the wrong month')).toBeVisible()
  await expect(page.locator('#readiness-heading')).toBeFocused()
  await page
    .getByLabel('Reasons for the decision')
    .fill('Zosia needs a plan so that the changes made since October carry on.')
  await expectAllSaved(page)
  await checklist.getByRole('button', { name: 'Sign the corrected record…' }).click()
  await dialog.getByLabel('Why sign with items open').fill('As before.')
  await dialog.getByRole('button', { name: 'Sign off' }).click()
  await expect(versions).toContainText('Version 2: signed')
  await expect(versions).toContainText('Corrected: The reasons named the wrong month. Asked by Anna Kowalska')
  await expect(
    versions.getByRole('button', { name: 'Download version 1 (signed Word documents)' }),
  ).toBeVisible()

  // The history, from the meeting's journal: both sign-offs and the correction, marked, newest first.
  await page.getByRole('button', { name: 'History' }).click()
  const history = page.getByRole('dialog', { name: 'History of this meeting' })
  const changes = history.getByRole('list', { name: 'Changes, newest first' })
  await expect(changes).toContainText('signed the minutes (version 2)')
  await expect(changes).toContainText('started a correction of the signed minutes')
  await expect(changes).toContainText('signed the minutes (version 1)')
  await history.getByLabel('Sign-offs and corrections only').check()
  await expect(changes.getByRole('listitem')).toHaveCount(3)
  await expect(changes.getByRole('listitem').first()).toContainText('signed the minutes (version 2)')
  await expectNoAxeViolations(page, 'the history of a meeting')
  await history.getByRole('button', { name: 'Close' }).click()

  // Version 1 still downloads as it was signed: the same minutes, word for word, still valid.
  const again = await downloads(
    page,
    () => versions.getByRole('button', { name: 'Download version 1 (signed Word documents)' }).click(),
    4,
    join(workFolder, 'again'),
  )
  const minutesAgain = again.find((file) => file.includes('/minutes-icpc')) ?? ''
  expect(await verifyDocx(await readFile(minutesAgain))).toMatchObject({ status: 'valid' })
  const text = async (file: string) =>
    (await (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')?.async('string')) ?? ''
  expect(await text(minutesAgain)).toBe(await text(minutes))
})
