import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startHost } from '../helpers/host-process.ts'
import { closedNoteText, heldConference } from '../helpers/conference-meeting.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import type { ConveneApi } from '../../shared/contract/api.ts'
import { test, expect, openApp, expectNoAxeViolations } from './fixtures.ts'

test('a signed conference handed over from the chair’s laptop to the administrator’s, who alone can open it', async ({
  page,
  host,
  browser,
  workFolder,
}) => {
  // Two laptops, each set up from scratch: longer than one.
  test.setTimeout(150_000)
  // The administrator's laptop: another data folder, another host, another browser.
  const adminHost = await startHost(join(workFolder, 'admin-data'))
  const adminContext = await browser.newContext({ acceptDownloads: true })
  const admin = await adminContext.newPage()
  try {
    await openApp(admin, adminHost)
    await admin.getByRole('button', { name: 'Settings' }).click()
    await admin.getByLabel('Your name, as chairs will see it').fill('Priya Shah')
    await admin.getByRole('button', { name: 'Make my card' }).click()
    const fingerprint = (await admin.locator('#my-fingerprint').textContent()) ?? ''
    expect(fingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
    const cardDownload = admin.waitForEvent('download')
    await admin.getByRole('button', { name: 'Save my card' }).click()
    const cardFile = await (await cardDownload).path()
    await expectNoAxeViolations(admin, 'Settings, Handovers')

    // The chair: a held conference, signed (set up through the page's API: not what is tested here).
    await openApp(page, host.current())
    const meetingId = await page.evaluate(
      async (text) => {
        const api = (window as unknown as { convene: ConveneApi }).convene
        const imported = await api.meetings.importInterchange(text)
        if (!imported.ok || !imported.value.imported) throw new Error('not imported')
        const id = imported.value.meeting.id
        const signed = await api.meetings.apply(id, {
          type: 'sign-off',
          openItems: [],
          reason: 'For the test.',
        })
        if (!signed.ok) throw new Error(signed.error.message)
        return id
      },
      writeInterchange(heldConference(), new Date()),
    )
    // The chair adds the administrator: the card, and the fingerprint heard (typed as heard).
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Add an administrator…' }).click()
    const adding = page.getByRole('dialog', { name: 'Add an administrator' })
    await page.getByTestId('administrator-card-input').setInputFiles(cardFile)
    await adding.getByLabel('The fingerprint they read to you').fill('0000-0000-0000-0000')
    await adding.getByRole('button', { name: 'Add them' }).click()
    await expect(adding).toContainText('does not match this card')
    await adding
      .getByLabel('The fingerprint they read to you')
      .fill(fingerprint.toLowerCase().replace(/-/g, ' '))
    await adding.getByRole('button', { name: 'Add them' }).click()
    await expect(page.getByRole('list', { name: 'Administrators you hand over to' })).toContainText(
      'Priya Shah',
    )

    await page.goto(`${host.current().url.replace(/#.*/, '')}#/meetings/${meetingId}`)
    await page.getByRole('button', { name: 'Hand over to the administrator…' }).click()
    const handing = page.getByRole('dialog', { name: 'Hand over to the administrator' })
    await expect(handing.getByLabel(/Priya Shah/)).toBeChecked()
    await expectNoAxeViolations(page, 'the hand-over dialog')
    const sealedDownload = page.waitForEvent('download')
    await handing.getByRole('button', { name: 'Seal and save the file' }).click()
    const sealed = await sealedDownload
    expect(sealed.suggestedFilename()).toBe(
      '2026-11-20 initial child protection conference - version 1 - handover.convene-handover',
    )
    const sealedFile = await sealed.path()
    const bytes = await readFile(sealedFile)
    expect(bytes.includes(Buffer.from('Kowalsk'))).toBe(false)

    // One byte changed on the way: refused in plain words.
    const changed = join(workFolder, 'changed.convene-handover')
    const altered = Buffer.from(bytes)
    altered[altered.length - 5] = (altered[altered.length - 5] ?? 0) ^ 1
    await writeFile(changed, altered)
    await admin.getByRole('button', { name: 'Meetings', exact: true }).click()
    await admin.getByTestId('handover-file-input').setInputFiles(changed)
    await expect(admin.getByRole('region', { name: 'Handed over to you' })).toContainText(
      'changed or damaged since the chair sealed it',
    )
    await admin.getByTestId('handover-file-input').setInputFiles(sealedFile)
    const desk = admin.getByRole('region', { name: 'Handed over to you' })
    await expect(desk).toContainText('Opened: the Kowalski family, version 1.')
    await expect(desk.getByRole('row', { name: /Kowalski family/ })).toContainText('Helen Okafor')
    await expect(desk).not.toContainText(closedNoteText)
    await expectNoAxeViolations(admin, 'the administrator’s desk')
    // The distribution list: a GP added by hand; a parent's copy by post, its address still to come.
    await desk.getByRole('button', { name: 'Who gets which copy…' }).click()
    const list = admin.getByRole('dialog', { name: /Who gets which copy/ })
    await list.getByRole('button', { name: /Add someone/ }).click()
    await list.getByRole('group', { name: 'Someone added' }).getByLabel('Name').fill('Dr Aoife Ní Bhriain')
    // Named now: the group is called by the name.
    const gp = list.getByRole('group', { name: 'Dr Aoife Ní Bhriain' })
    await gp.getByLabel('Role or organisation').fill('GP, Oak Surgery')
    await gp.getByLabel('Email').fill('aoife.nibhriain@nhs.net')
    const anna = list.getByRole('group', { name: 'Anna Kowalska' })
    await anna.getByLabel('How').selectOption('post')
    await anna.getByLabel('Do not disclose this address: keep it out of everyone else’s copy').check()
    await expect(list).toContainText('Add Anna Kowalska’s postal address.')
    await list.getByRole('button', { name: 'Save the list' }).click()
    await expect(list.getByRole('status')).toHaveText('Saved.')
    await expectNoAxeViolations(admin, 'the distribution list')
    if (process.env['CONVENE_SCREENSHOTS'])
      await admin.screenshot({ path: 'docs/screenshots/handover-distribution.png' })
    await list.getByRole('button', { name: 'Close' }).click()
    await expect(desk.getByRole('row', { name: /Kowalski family/ })).toContainText('4 documents for 7 people')
    await desk.getByRole('button', { name: 'Who gets which copy…' }).click()
    await expect(list.getByRole('group', { name: 'Dr Aoife Ní Bhriain' }).getByLabel('Email')).toHaveValue(
      'aoife.nibhriain@nhs.net',
    )
    await expect(
      list
        .getByRole('group', { name: 'Anna Kowalska' })
        .getByLabel('Do not disclose this address: keep it out of everyone else’s copy'),
    ).toBeChecked()
    await list.getByRole('button', { name: 'Close' }).click()
    if (process.env['CONVENE_SCREENSHOTS']) {
      await mkdir('docs/screenshots', { recursive: true })
      await admin.setViewportSize({ width: 1366, height: 768 })
      await admin.screenshot({ path: 'docs/screenshots/handover-desk.png' })
    }

    // Anyone else's laptop (the chair's own, with no key of its own) cannot open it.
    await page.getByRole('button', { name: 'Meetings', exact: true }).click()
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Make my card' }).click()
    await page.getByRole('button', { name: 'Meetings', exact: true }).click()
    await page.getByTestId('handover-file-input').setInputFiles(sealedFile)
    await expect(page.getByRole('region', { name: 'Handed over to you' })).toContainText(
      'sealed for another administrator',
    )
  } finally {
    await adminContext.close()
    await adminHost.stop()
  }
})
