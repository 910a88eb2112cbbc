import { readFile } from 'node:fs/promises'
import { test, expect, openApp, createMeeting, expectAllSaved } from './fixtures.ts'
import { filesUnder } from '../helpers/files.ts'

const distinctive = [
  'Quillfeather',
  'Brzęczyszczykiewicz',
  'Xanthippe',
  'Gwendolyn',
  'Marrowbone',
  'হাসান',
  'زینب',
]

test('no name or note reaches the data folder or the logs in plain text', async ({
  page,
  host,
  workFolder,
}) => {
  await openApp(page, host.current())
  await createMeeting(page, {
    familyName: 'Quillfeather-Brzęczyszczykiewicz',
    date: '02/12/2026',
    child: { name: 'Xanthippe Quillfeather', dateOfBirth: '14/03/2018' },
  })
  await page
    .getByLabel("Chair's preparation notes")
    .fill('Gwendolyn said the Marrowbone estate flat is cold. হাসান and زینب attend the same school.')
  await page.getByLabel('Where').fill('Marrowbone Family Hub')
  await expectAllSaved(page)
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await expect(page.getByRole('row', { name: /Quillfeather/ })).toBeVisible()
  await host.current().stop()

  const files = await filesUnder(workFolder)
  const logs = files.filter((file) => file.endsWith('.log'))
  expect(logs.length, 'the host wrote a log').toBeGreaterThan(0)
  expect((await readFile(logs[0] ?? '')).length, 'the log has lines').toBeGreaterThan(0)
  for (const file of files) {
    const bytes = await readFile(file)
    for (const word of distinctive) {
      expect(bytes.includes(Buffer.from(word, 'utf8')), `"${word}" in ${file}`).toBe(false)
      expect(bytes.includes(Buffer.from(word, 'utf16le')), `"${word}" (UTF-16) in ${file}`).toBe(false)
    }
  }
})
