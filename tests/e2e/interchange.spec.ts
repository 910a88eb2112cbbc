import { readFile } from 'node:fs/promises'
import { test, expect, openApp, createMeeting, expectAllSaved } from './fixtures.ts'

test('a meeting exported to a file imports again as a meeting of its own', async ({ page, host }) => {
  await openApp(page, host.current())
  await createMeeting(page, {
    familyName: 'Begum',
    date: '03/12/2026',
    child: { name: 'Ayesha Begum', dateOfBirth: '01/02/2016' },
  })
  await page.getByLabel('Where').fill('Family Hub')
  await expectAllSaved(page)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export meeting file' }).click()
  // It says what the file holds first: everything, unencrypted.
  const warning = page.getByRole('dialog', { name: 'Export the meeting file?' })
  await expect(warning).toContainText('not encrypted')
  await warning.getByRole('button', { name: 'Export the file' }).click()
  const file = await (await download).path()
  const exported = JSON.parse(await readFile(file, 'utf8')) as {
    format: string
    meeting: { familyName: string; location: string }
  }
  expect(exported.format).toBe('convene-meeting')
  expect(exported.meeting).toMatchObject({ familyName: 'Begum', location: 'Family Hub' })
  expect((await download).suggestedFilename()).toMatch(/^convene-icpc-2026-12-03-[0-9a-f]{8}\.json$/)

  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await page.getByTestId('import-file-input').setInputFiles(file)
  await expect(page.getByRole('heading', { level: 1, name: 'Begum family' })).toBeVisible()
  await expect(page.getByLabel('Where')).toHaveValue('Family Hub')
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  // The copy is a meeting of its own, in the same case as the meeting it was exported from.
  const begum = page.getByRole('row', { name: /Begum family/ })
  await expect(begum).toHaveCount(1)
  const meetings = begum.getByRole('button', { name: /Initial child protection conference, 03\/12\/2026/ })
  await expect(meetings).toHaveCount(2)

  // The file opened and saved again in Windows Notepad as 'Unicode' (UTF-16) still imports.
  const utf16 = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(await readFile(file, 'utf8'), 'utf16le'),
  ])
  await page
    .getByTestId('import-file-input')
    .setInputFiles({ name: 'meeting.json', mimeType: 'application/json', buffer: utf16 })
  await expect(page.getByRole('heading', { level: 1, name: 'Begum family' })).toBeVisible()
  await expect(page.getByLabel('Where')).toHaveValue('Family Hub')
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await expect(meetings).toHaveCount(3)
})

test('a file that is not a meeting is refused with every problem and where it is, and nothing changes', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'meeting.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'convene-meeting',
        meeting: { kind: 'party', familyName: '', date: '2026-02-30' },
      }),
    ),
  })
  const alert = page.getByRole('alert').filter({ hasText: 'That file could not be imported' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('meeting.kind')
  await expect(alert).toContainText('meeting.familyName')
  await expect(alert).toContainText('meeting.date: This is not a real date')
  await expect(page.getByText('No meetings yet')).toBeVisible()

  await page.getByTestId('import-file-input').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Minutes, typed in Word'),
  })
  const refusal = page.getByRole('alert').filter({ hasText: 'That file could not be imported' })
  await expect(refusal).toContainText('This is not a Convene meeting file.')
  // One plain sentence about the whole file, not a list item headed '(the file)'.
  await expect(refusal).not.toContainText('(the file)')
  await expect(refusal.getByRole('listitem')).toHaveCount(0)
})
