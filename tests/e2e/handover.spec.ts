import { spawnSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { simpleParser } from 'mailparser'
import { addPerson, applyAll } from '../helpers/commands.ts'
import { startHost } from '../helpers/host-process.ts'
import { closedNoteText, heldConference } from '../helpers/conference-meeting.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import type { ConveneApi } from '../../shared/contract/api.ts'
import { test, expect, openApp, expectNoAxeViolations } from './fixtures.ts'

/** LibreOffice's verdict on signed documents (../shared/tools, beside the project, as CI has it). */
const verifier = join(import.meta.dirname, '../../../shared/tools/verify-docx-signature')

/** Where the father lives: he asked that no one else's copy shows it. */
const hiddenAddress = 'Flat 2, Refuge House\nNorthtown NT1 1AA'

/** Everyone sent the minutes by email, and where. */
const emails: ReadonlyArray<readonly [string, string]> = [
  ['Anna Kowalska', 'anna.kowalska@example.pl'],
  ['Jamie Reid', 'jamie.reid@northshire.gov.uk'],
  ['Sarah Jones', 'sarah.jones@nhs.net'],
  ['Mohammed Rahman', 'head@oak.sch.uk'],
  ['Siobhán Ní Bhriain', 'siobhan.nibhriain@police.uk'],
  ['ليلى حداد', 'layla.haddad@northshire.gov.uk'],
]

/** A Word document's words. */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  return ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '')
}

test('a signed conference handed over from the chair’s laptop to the administrator’s, who alone can open it', async ({
  page,
  host,
  browser,
  workFolder,
}) => {
  // Two laptops, each set up from scratch: longer than one.
  test.setTimeout(300_000)
  // The administrator's laptop: another data folder, another host, another browser.
  const adminClock = join(workFolder, 'admin-clock-offset-ms')
  const adminHost = await startHost(join(workFolder, 'admin-data'), { clockOffsetFile: adminClock })
  const adminContext = await browser.newContext({ acceptDownloads: true })
  const admin = await adminContext.newPage()
  try {
    await openApp(admin, adminHost)
    await admin.getByRole('button', { name: 'Settings' }).click()
    // Set up for an administrator: the desk alone, no meetings of its own.
    await admin.getByLabel(/An administrator \(business support\)/).check()
    await expect(admin.getByRole('button', { name: 'New meeting' })).toHaveCount(0)
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
      writeInterchange(
        applyAll(heldConference(), [
          addPerson('Siobhán Ní Bhriain', 'professional', 'Detective constable', 'Northshire Police'),
          addPerson('ليلى حداد', 'professional', 'Family support worker', 'Northshire Family Hub'),
        ]),
        new Date(),
      ),
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
    await admin.getByRole('button', { name: 'Desk', exact: true }).click()
    await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Desk')
    await admin.getByTestId('handover-file-input').setInputFiles(changed)
    await expect(admin.getByRole('region', { name: 'Handed over to you' })).toContainText(
      'changed or damaged since the chair sealed it',
    )
    await admin.getByTestId('handover-file-input').setInputFiles(sealedFile)
    const desk = admin.getByRole('region', { name: 'Handed over to you' })
    await expect(desk).toContainText('Opened: the Kowalski family, version 1.')
    await expect(desk).not.toContainText(closedNoteText)
    await expectNoAxeViolations(admin, 'the administrator’s desk')
    await desk.getByRole('button', { name: /Kowalski family/ }).click()
    await expect(admin.getByRole('heading', { level: 1 })).toContainText('Kowalski family')
    await expect(admin.getByText(/Signed version 1, handed over by Helen Okafor/)).toBeVisible()

    // The distribution list: everyone by email but the father (post, an address no one else may see),
    // and a GP added by hand: eight people in all.
    await admin.getByRole('button', { name: 'Who gets which copy…' }).click()
    const list = admin.getByRole('dialog', { name: /Who gets which copy/ })
    await list.getByRole('button', { name: /Add someone/ }).click()
    await list.getByRole('group', { name: 'Someone added' }).getByLabel('Name').fill('Dr Wei Zhang 张伟')
    // Named now: the group is called by the name.
    const gp = list.getByRole('group', { name: 'Dr Wei Zhang 张伟' })
    await gp.getByLabel('Role or organisation').fill('GP, Oak Surgery')
    // Someone added starts on the family copy (they may be a parent's solicitor); a GP gets the full minutes.
    await expect(gp.getByLabel('Copy', { exact: true })).toHaveValue('family')
    await gp.getByLabel('Copy', { exact: true }).selectOption('full')
    await gp.getByLabel('Email').fill('wei.zhang@nhs.net')
    for (const [name, email] of emails)
      await list.getByRole('group', { name }).getByLabel('Email').fill(email)
    const piotr = list.getByRole('group', { name: 'Piotr Kowalski' })
    await piotr.getByLabel('How').selectOption('post')
    await piotr.getByLabel('Do not disclose this address: keep it out of everyone else’s copy').check()
    await expect(list).toContainText('Add Piotr Kowalski’s postal address.')
    await piotr.getByLabel('Postal address').fill(hiddenAddress)
    await list.getByRole('button', { name: 'Save the list' }).click()
    await expect(list.getByRole('status')).toHaveText('Saved.')
    await expectNoAxeViolations(admin, 'the distribution list')
    if (process.env['CONVENE_SCREENSHOTS']) {
      await mkdir('docs/screenshots', { recursive: true })
      await admin.screenshot({ path: 'docs/screenshots/handover-distribution.png' })
    }
    await list.getByRole('button', { name: 'Close' }).click()

    // The decision letter went on Monday 23/11 (recorded: Convene sends nothing itself).
    const decision = admin.getByRole('region', { name: 'Decision letter and outline plan' })
    await expect(decision).toContainText('8 of 8 still to send')
    await decision.getByRole('button', { name: 'Record what was sent…' }).click()
    const recording = admin.getByRole('dialog', { name: /Record who was sent/ })
    await recording.getByLabel('Sent on').fill('23/11/2026')
    await recording.getByRole('button', { name: 'Record as sent' }).click()
    await expect(decision).toContainText('sent to all 8')
    await expect(recording).toBeHidden()
    if (process.env['CONVENE_SCREENSHOTS']) {
      await admin.setViewportSize({ width: 1366, height: 768 })
      await admin.screenshot({ path: 'docs/screenshots/handover-desk.png', fullPage: true })
    }

    // Weeks later, by the administrator's clock: the minutes are overdue on the due view.
    await writeFile(adminClock, String(40 * 24 * 60 * 60 * 1000))
    await admin.waitForTimeout(600)
    await admin.getByRole('button', { name: 'Back to the desk' }).click()
    await expect(desk.getByRole('row', { name: /Kowalski family/ })).toContainText(
      /Full minutes sent out, by 11\/12\/2026 .*overdue/,
    )
    await expect(admin.locator('#desk-counts')).toContainText('1 overdue')
    await expectNoAxeViolations(admin, 'the due view')
    if (process.env['CONVENE_SCREENSHOTS'])
      await admin.screenshot({ path: 'docs/screenshots/handover-due-view.png' })

    // The minutes pack, by keyboard alone: each copy once, an email draft or a letter for each person.
    await desk.getByRole('button', { name: /Kowalski family/ }).focus()
    await admin.keyboard.press('Enter')
    const minutes = admin.getByRole('region', { name: 'Minutes', exact: true })
    const downloads: Array<{ readonly name: string; readonly path: string }> = []
    admin.on('download', (download) => {
      void download.path().then((path) => downloads.push({ name: download.suggestedFilename(), path }))
    })
    await minutes.getByRole('button', { name: 'Build the pack…' }).focus()
    await admin.keyboard.press('Enter')
    await expect.poll(() => downloads.length).toBe(10)
    await expect(
      admin.getByRole('status').filter({ hasText: 'The pack for the minutes is saved' }),
    ).toBeVisible()
    await expectNoAxeViolations(admin, 'the record with its pack built')
    if (process.env['CONVENE_SCREENSHOTS'])
      await admin.screenshot({ path: 'docs/screenshots/handover-pack.png', fullPage: true })
    const byName = new Map(downloads.map((each) => [each.name, each.path]))
    const full = await readFile(byName.get('2026-11-20 ICPC minutes - full copy.docx') ?? '')
    const family = await readFile(byName.get('2026-11-20 ICPC minutes - family copy.docx') ?? '')
    expect(await docxText(family)).not.toContain(closedNoteText)
    expect(await docxText(full)).toContain(closedNoteText)
    const drafts = downloads.filter((each) => each.name.endsWith('.eml'))
    expect(drafts.map((each) => each.name).sort()).toEqual(
      [
        'Anna Kowalska',
        ...emails.filter(([name]) => name !== 'Anna Kowalska').map(([name]) => name),
        'Dr Wei Zhang 张伟',
      ]
        .map((name) => `2026-11-20 ICPC minutes - email to ${name}.eml`)
        .sort(),
    )
    for (const draft of drafts) {
      const mail = await simpleParser(await readFile(draft.path))
      expect(mail.headers.get('x-unsent')).toBe('1')
      expect(mail.attachments).toHaveLength(1)
      const parent = draft.name.includes('Anna Kowalska')
      expect(Buffer.compare(mail.attachments[0]?.content ?? Buffer.alloc(0), parent ? family : full)).toBe(0)
      expect(mail.text).not.toContain('Refuge')
    }
    const letter = byName.get('2026-11-20 ICPC minutes - letter to Piotr Kowalski.docx') ?? ''
    expect(await docxText(await readFile(letter))).toContain('Refuge')
    // The signed copies attached still verify, by a real LibreOffice.
    const checked = spawnSync(
      verifier,
      [
        byName.get('2026-11-20 ICPC minutes - full copy.docx') ?? '',
        byName.get('2026-11-20 ICPC minutes - family copy.docx') ?? '',
      ],
      { encoding: 'utf8', timeout: 180_000 },
    )
    expect(checked.status, `${checked.stdout}${checked.stderr}`).toBe(0)

    // Sent on 14/12; the father asks for a correction on 04/01/2027, after his window closed.
    await minutes.getByRole('button', { name: 'Record what was sent…' }).click()
    await recording.getByLabel('Sent on').fill('14/12/2026')
    await recording.getByRole('button', { name: 'Record as sent' }).click()
    await expect(minutes).toContainText('sent to all 8')
    await admin.getByRole('button', { name: 'Record a request…' }).click()
    const asking = admin.getByRole('dialog', { name: 'Record a correction asked for' })
    await asking.getByLabel('Who asked').selectOption({ label: 'Piotr Kowalski, Father' })
    await asking.getByLabel('Received on').fill('04/01/2027')
    await asking.getByLabel('What they asked to be corrected').fill('I was there for the whole meeting.')
    await asking.getByRole('button', { name: 'Record the request' }).click()
    const corrections = admin.getByRole('region', { name: 'Corrections asked for' })
    await expect(corrections).toContainText('Late: the window closed on 30/12/2026')
    // Accepted all the same, and sealed back to the chair's laptop, which starts the correction from it.
    await corrections.getByRole('button', { name: 'Accept…' }).click()
    const accepting = admin.getByRole('dialog', { name: /Accept the correction/ })
    await expect(accepting).toContainText('came after its window closed')
    await accepting.getByLabel('Reason').fill('The attendance list shows Piotr stayed to the end.')
    await accepting.getByRole('button', { name: 'Accept' }).click()
    const backDownload = admin.waitForEvent('download')
    await corrections.getByRole('button', { name: 'Send to the chair…' }).click()
    const back = await backDownload
    expect(back.suggestedFilename()).toBe(
      '2026-11-20 ICPC - correction asked for by Piotr Kowalski.convene-correction',
    )
    await expect(corrections).toContainText('Sent to the chair on')
    await page.goto(`${host.current().url.replace(/#.*/, '')}#/meetings/${meetingId}/decision`)
    await page.getByTestId('correction-request-input').setInputFiles(await back.path())
    const correcting = page.getByRole('dialog', { name: 'Start a correction' })
    await expect(correcting).toContainText('Accepted by Priya Shah')
    await expect(correcting.getByLabel('What is being corrected')).toHaveValue(
      'I was there for the whole meeting.',
    )
    await expect(correcting.getByLabel('Who asked for it')).toHaveValue('Piotr Kowalski')
    await correcting.getByRole('button', { name: 'Start the correction' }).click()
    await expect(page.getByText(/Correction under way: I was there for the whole meeting/)).toBeVisible()
    const log = admin.getByRole('table', { name: 'Log' })
    // Every send in the log: each person, the copy they were sent, how.
    for (const [name] of [...emails, ['Piotr Kowalski'], ['Dr Wei Zhang 张伟']]) {
      const copy = name === 'Anna Kowalska' || name === 'Piotr Kowalski' ? 'family copy' : 'full minutes'
      const how = name === 'Piotr Kowalski' ? 'by post' : 'by email'
      await expect(log).toContainText(`Minutes (version 1, ${copy}`)
      await expect(log).toContainText(`sent to ${name} ${how} on 14/12/2026`)
    }
    await expect(log.getByRole('row').filter({ hasText: /Minutes \(version 1, .*\) sent to/ })).toHaveCount(8)
    await expect(
      log.getByRole('row').filter({ hasText: /Decision letter and outline plan \(version 1\) sent to/ }),
    ).toHaveCount(8)
    await expect(admin.locator('main')).not.toContainText(closedNoteText)
    await expectNoAxeViolations(admin, 'the record with a late correction')

    // Anyone else's laptop (the chair's own, with no key of its own) cannot open it.
    await page.getByRole('button', { name: 'Meetings', exact: true }).click()
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Make my card' }).click()
    // As someone would, who reads the fingerprint out before going on.
    await expect(page.locator('#my-fingerprint')).toBeVisible()
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
