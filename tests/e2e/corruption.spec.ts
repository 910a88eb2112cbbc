import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  test,
  expect,
  openApp,
  createMeeting,
  expectAllSaved,
  expectNoAxeViolations,
  passphrase,
} from './fixtures.ts'
import { KeyVault } from '../../electron/services/store/key-vault.ts'
import { GenerationalFile } from '../../electron/services/store/generational-file.ts'
import { defaultSettings } from '../../shared/settings/settings.ts'

test('a damaged snapshot is set aside and every change is restored from the journal; other meetings are untouched', async ({
  page,
  host,
  dataFolder,
}) => {
  await openApp(page, host.current())
  await createMeeting(page, { familyName: 'Osei', date: '01/12/2026' })
  await page.getByLabel('Where').fill('Family Hub')
  await expectAllSaved(page)

  await createMeeting(page, { familyName: 'Abernethy', date: '02/12/2026' })
  await page.getByLabel('Where').fill('Civic Offices')
  await expectAllSaved(page)
  const damagedId = page.url().replace(/^.*#\/meetings\//, '')
  await page.getByLabel('Where').fill('Civic Offices, Room 4, after lunch')
  await expectAllSaved(page)

  // Closing writes a snapshot: the newest save, which is damaged here.
  await host.current().stop()
  const folder = join(dataFolder, 'meetings', damagedId)
  const saves = await Promise.all(
    (await readdir(folder))
      .filter((name) => name.endsWith('.cvn'))
      .map(async (name) => ({ name, written: (await stat(join(folder, name))).mtimeMs })),
  )
  const newest = saves.sort((a, b) => b.written - a.written)[0]?.name ?? ''
  const bytes = await readFile(join(folder, newest))
  bytes.fill(0x00, bytes.length - 200, bytes.length - 150)
  await writeFile(join(folder, newest), bytes)

  const restarted = await host.restart('stop')
  await openApp(page, restarted)
  await page.getByRole('button', { name: 'Abernethy family' }).click()
  const notice = page.getByRole('alert').filter({ hasText: 'A damaged save of this meeting was set aside' })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('Nothing is missing')
  await expect(notice).toContainText(/A copy of the damaged save is kept in the data folder .* in kept-aside/)
  const keptAside = await readdir(join(dataFolder, 'kept-aside'))
  expect(keptAside).toEqual([expect.stringContaining(`meeting ${damagedId}`)])
  expect(await readFile(join(dataFolder, 'kept-aside', keptAside[0] ?? '', newest))).toEqual(bytes)
  await expect(page.getByLabel('Where')).toHaveValue('Civic Offices, Room 4, after lunch')

  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await page.getByRole('button', { name: 'Osei family' }).click()
  await expect(page.getByLabel('Where')).toHaveValue('Family Hub')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a damaged last change in the journal opens the meeting as it was before it, says so and keeps it aside', async ({
  page,
  host,
  dataFolder,
}) => {
  await openApp(page, host.current())
  await createMeeting(page, { familyName: 'Abernethy', date: '02/12/2026' })
  await page.getByLabel('Where').fill('Civic Offices')
  await expectAllSaved(page)
  const damagedId = page.url().replace(/^.*#\/meetings\//, '')
  await page.getByLabel('Where').fill('Civic Offices, Room 4, after lunch')
  await expectAllSaved(page)

  // Killed, so no snapshot is written at closing: the last change is only in the journal.
  await host.restart('kill')
  await host.current().stop()
  const journal = join(dataFolder, 'meetings', damagedId, 'journal.cvj')
  const bytes = await readFile(journal)
  bytes.fill(0x00, bytes.length - 60, bytes.length - 20)
  await writeFile(journal, bytes)

  const restarted = await host.restart('stop')
  await openApp(page, restarted)
  await page.getByRole('button', { name: 'Abernethy family' }).click()
  const notice = page.getByRole('alert').filter({ hasText: 'An earlier save of this meeting was opened' })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText(/opened the save from \d\d\/\d\d\/\d{4} at \d\d:\d\d instead/)
  await expect(page.getByLabel('Where')).toHaveValue('Civic Offices')
  await expectNoAxeViolations(page, 'a meeting restored from before a damaged change')
})

test('a meeting whose every save is damaged is listed as unreadable and the others still open', async ({
  page,
  host,
  dataFolder,
}) => {
  await openApp(page, host.current())
  await createMeeting(page, { familyName: 'Osei', date: '01/12/2026' })
  await createMeeting(page, { familyName: 'Abernethy', date: '02/12/2026' })
  await expectAllSaved(page)
  const brokenId = page.url().replace(/^.*#\/meetings\//, '')
  await host.current().stop()
  const folder = join(dataFolder, 'meetings', brokenId)
  for (const name of await readdir(folder)) await writeFile(join(folder, name), 'damaged')

  const restarted = await host.restart('stop')
  await openApp(page, restarted)
  await page.getByRole('button', { name: 'Abernethy family' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This meeting cannot be opened')
  await expect(page.getByText(/every saved copy of it is damaged/)).toBeVisible()
  await page.getByRole('button', { name: 'Back to meetings' }).click()
  await expect(page.getByText(/every saved copy of it is damaged/)).toBeVisible()
  await page.getByRole('button', { name: 'Osei family' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Osei family' })).toBeVisible()
})

test('settings and a signing identity from a newer version are read as far as they can be, kept aside, and the user is told', async ({
  page,
  host,
  dataFolder,
}) => {
  await openApp(page, host.current())
  await host.current().stop()
  const key = await new KeyVault(dataFolder).unlockWithPassphrase(passphrase)
  if (!key.ok) throw new Error(key.error.message)
  const write = (what: 'settings' | 'identity', id: string, contents: unknown) =>
    new GenerationalFile<unknown>({
      folder: join(dataFolder, what),
      purpose: what,
      id,
      key: key.value,
      now: () => new Date(),
      keep: 5,
    }).write(contents)
  await write('settings', '00000000-0000-4000-8000-000000000001', {
    ...defaultSettings(),
    version: 2,
    bankHolidayRegion: 'scotland',
    retention: { years: 7 },
  })
  await write('identity', '00000000-0000-4000-8000-000000000002', {
    version: 2,
    signature: { kind: 'typed', text: 'Helen Okafor' },
    certificate: { chain: ['…'], key: '…', source: 'hardware-token' },
  })

  const restarted = await host.restart('stop')
  await openApp(page, restarted)
  const settingsNotice = page
    .getByRole('alert')
    .filter({ hasText: "The council's settings were saved by a newer version of Convene" })
  await expect(settingsNotice).toContainText('This version has read what it understands of them.')
  await expect(settingsNotice).toContainText('kept-aside/settings')
  const identityNotice = page
    .getByRole('alert')
    .filter({ hasText: 'Your signing identity was saved by a newer version of Convene' })
  await expect(identityNotice).toContainText(
    'could not read your signing certificate, and has not made a new one',
  )
  await expectNoAxeViolations(page, 'the notices about settings and identity')

  await page
    .getByRole('button', { name: /Settings/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await identityNotice.getByRole('button', { name: /^Dismiss/ }).click()
  await expect(identityNotice).toHaveCount(0)
  await expect(settingsNotice).toBeVisible()
  expect(await readdir(join(dataFolder, 'kept-aside'))).toEqual(['settings', 'signing identity'])
})
