import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { verifyDocx } from '../../electron/services/signing/verify-docx.ts'
import { defaultQuestionSet } from '../../shared/kinds/mediation/screening.ts'
import { expect, expectNoAxeViolations, openApp, test } from './fixtures.ts'
import { addPerson, newMeeting } from './meeting-steps.ts'

const reason = 'Aoife described the father following her home after handovers; she is frightened of him.'
const referral = 'The independent domestic violence adviser at Safer Futures'

test('a MIAM that screening shows is higher risk: the app steers to not suitable, needs a reason, and the outcome holds no answer', async ({
  page,
  host,
  workFolder,
}) => {
  test.setTimeout(120_000)
  await openApp(page, host.current())
  await newMeeting(page, 'Mediation information and assessment meeting (MIAM)', 'Ní Bhriain', '25/11/2026')
  await addPerson(page, 'family', 'Aoife Ní Bhriain', 'Mother')
  await addPerson(page, 'professional', 'Siobhán Kelly', 'Mediator')
  await page.locator('#chair').click()
  await page.getByRole('option', { name: /Siobhán Kelly/ }).click()

  await page.getByRole('tab', { name: 'Screening and suitability' }).click()
  const screening = page.getByRole('region', { name: 'Private screening' })
  await expect(screening).toContainText('For you alone')
  await page.locator('#miam-party').click()
  await page.getByRole('option', { name: /Aoife Ní Bhriain/ }).click()
  for (const label of [
    'How mediation works',
    'Mediation is voluntary',
    'What is said stays confidential',
    'Other ways to settle things',
    'What mediation costs',
  ])
    await page.getByLabel(label, { exact: false }).check()

  // The MIAM's notes start as this parent's and the mediator's, never everyone's.
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await expect(page.locator('#note-visibility')).toContainText('Only Aoife Ní Bhriain and you')
  await page.getByRole('tab', { name: 'Screening and suitability' }).click()

  // Every question answered in private time; two answers suggest higher-risk abuse.
  const higher = new Set(['serious-harm', 'relationships'])
  for (const question of defaultQuestionSet.questions)
    await page
      .getByRole('group', { name: question.text })
      .getByLabel(higher.has(question.id) ? 'Yes' : 'No', { exact: true })
      .check()
  const triage = page.getByRole('status').filter({ hasText: 'Suggested:' })
  await expect(triage).toContainText('Domestic abuse: higher risk')
  await expect(triage).toContainText('Mediation does not look suitable')
  await expectNoAxeViolations(page, 'a MIAM’s screening')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page, 'a MIAM’s screening, dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Not suitable, but no reason yet: the MIAM cannot be closed, and the checklist says why.
  await page.getByRole('group', { name: 'Is mediation suitable?' }).getByLabel('Not suitable').check()
  const close = page.getByRole('region', { name: 'Close the MIAM' })
  await expect(close).toContainText('Give the reason for your decision')
  await close.getByRole('button', { name: 'Close the MIAM and sign its outcome…' }).click()
  await page
    .getByRole('dialog', { name: 'Close the MIAM?' })
    .getByRole('button', { name: 'Close the MIAM' })
    .click()
  await expect(close.getByRole('alert')).toContainText('Give the reason for your decision')

  await page.getByLabel('Your reason').fill(reason)
  await page.getByLabel('Services you referred the parent to').fill(referral)
  await expect(close).not.toContainText('Give the reason for your decision')
  await close.getByRole('button', { name: 'Close the MIAM and sign its outcome…' }).click()
  await page
    .getByRole('dialog', { name: 'Close the MIAM?' })
    .getByRole('button', { name: 'Close the MIAM' })
    .click()
  const closed = page.getByRole('region', { name: 'MIAM closed' })
  await expect(closed).toContainText('mediation is not suitable')
  await expect(page.getByLabel('Your reason')).toBeDisabled()
  await expectNoAxeViolations(page, 'a closed MIAM')
  // Not suitable: the case goes on to the other parent's MIAM, but offers no session.
  await expect(page.getByRole('button', { name: 'MIAM with the other parent' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start a mediation session' })).toHaveCount(0)

  const saved = page.waitForEvent('download')
  await closed.getByRole('button', { name: 'Download the MIAM outcome (signed Word document)' }).click()
  const download = await saved
  const file = join(workFolder, download.suggestedFilename())
  await download.saveAs(file)
  expect(download.suggestedFilename()).toMatch(/^miam-outcome-miam-2026-11-25-[0-9a-f]{8}\.docx$/)
  expect(await verifyDocx(await readFile(file))).toMatchObject({ status: expect.stringMatching(/valid/) })
  // Read by pandoc, independent of the code that wrote it.
  const text = execFileSync('pandoc', ['-t', 'plain', '--wrap=none', file], { encoding: 'utf8' })
  expect(text).toContain('Aoife Ní Bhriain attended a Mediation Information and Assessment Meeting (MIAM).')
  expect(text).toContain('The mediator has decided that mediation is not suitable.')
  for (const secret of [
    reason,
    referral,
    'Safer Futures',
    ...defaultQuestionSet.questions.map((q) => q.text),
  ])
    expect(text, secret).not.toContain(secret)
})

test('a service loads its own screening questions in Settings, and a new MIAM asks them', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await page.getByRole('button', { name: 'Settings' }).click()
  const section = page.getByRole('region', { name: 'MIAM screening questions' })
  await expect(section).toContainText('Convene’s own questions')
  await page.getByTestId('screening-questions-file-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"id": "x", "questions": []}'),
  })
  await expect(section.getByRole('alert')).toContainText('This is not a question set Convene can use')
  await page.getByTestId('screening-questions-file-input').setInputFiles({
    name: 'north-shire.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        id: 'north-shire',
        version: 1,
        name: 'North Shire screening',
        questions: [
          { id: 'order', text: 'Has a court order been made to protect you?', yesSuggests: 'abuse-higher' },
        ],
      }),
    ),
  })
  await expect(section.getByRole('status')).toContainText('Read ‘North Shire screening’: 1 question.')
  // Scanned with the section in the middle of the screen: the sticky Save bar then covers no field's edge
  // (axe counts a field whose unobscured part is under 24 pixels as too small a target).
  await section.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  await expectNoAxeViolations(page, 'settings, screening questions')
  // The sticky bar is drawn above the fields that scroll under it: a field's label (which MUI lifts onto
  // a layer of its own, and which lets clicks through, so no hit test sees it) never shows through it.
  const save = page.getByRole('button', { name: 'Save settings' })
  const [barLayer, labelLayer] = await save.evaluate((button) => {
    const label = [...document.querySelectorAll('main label')].find((each) =>
      each.textContent?.includes('out of hours'),
    )
    const layer = (element: Element | null | undefined): number =>
      element ? Number(getComputedStyle(element).zIndex) || 0 : Number.NaN
    return [layer(button.parentElement), layer(label)]
  })
  expect(barLayer).toBeGreaterThan(labelLayer)
  // And it reaches down to the window's edge: nothing scrolling under it shows below it.
  const bar = await save.evaluate((button) => button.parentElement?.getBoundingClientRect().bottom ?? 0)
  expect(bar).toBe(page.viewportSize()?.height)
  await save.click()
  await expect(section).toContainText('your service’s questions')

  await newMeeting(page, 'Mediation information and assessment meeting (MIAM)', 'Ó Súilleabháin')
  await page.getByRole('tab', { name: 'Screening and suitability' }).click()
  await page
    .getByRole('group', { name: 'Has a court order been made to protect you?' })
    .getByLabel('Yes', { exact: true })
    .check()
  await expect(page.getByRole('status').filter({ hasText: 'Suggested:' })).toContainText('higher risk')
  await expect(page.getByRole('group', { name: 'Are you afraid of the other parent?' })).toHaveCount(0)
})
