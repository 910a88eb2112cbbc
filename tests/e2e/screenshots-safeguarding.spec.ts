import { execFileSync } from 'node:child_process'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import { aMediationMeeting } from '../helpers/builders.ts'
import { addPerson, applyAll } from '../helpers/commands.ts'
import { expect, openApp, test } from './fixtures.ts'

/**
 * `npm run screenshots`: the safeguarding flow's pictures in docs/screenshots, step by step, taken from the
 * production build. Not part of `npm test`.
 */
const folder = join(import.meta.dirname, '../../docs/screenshots')

test('screenshots of the safeguarding flow, step by step, the home screen alert and the letter', async ({
  page,
  host,
  hostClock,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  const mediator = randomUUID()
  const session = applyAll(
    aMediationMeeting({
      kind: 'mediation-session',
      familyName: 'Byrne',
      date: '2026-11-27',
      children: [{ id: randomUUID(), name: 'Tomás Byrne', dateOfBirth: '2015-02-01', knownAs: '' }],
    }),
    [
      addPerson('Siobhán Kelly', 'professional', 'Family mediator', '', mediator),
      addPerson('Anna Byrne', 'family', 'Mother'),
      addPerson('Ben Ó Briain', 'family', 'Father'),
      { type: 'set-chair', participantId: mediator },
    ],
    '2026-11-27T10:00:00.000Z',
  )
  await openApp(page, host.current())
  // The service's local numbers, as a first-run prompt asks.
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel('Children’s services duty team (office hours)').fill('020 8708 3885')
  await page.locator('#contact-duty-team-hours').fill('Mon–Fri 9am–5pm')
  await page.getByLabel('Children’s services out of hours').fill('020 8708 5897')
  await page.getByLabel('Your supervisor or professional practice consultant').fill('07700 900 118')
  await page.getByRole('button', { name: /^Save/ }).first().click()
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'session.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(session, new Date('2026-11-27T12:00:00Z'))),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Byrne family' })).toBeVisible()
  await page.getByRole('button', { name: 'Safeguarding concern' }).click()
  const flow = page.getByRole('dialog', { name: /Safeguarding concern/ })
  await flow
    .getByLabel('In the person’s own words')
    .fill('Tomás told me Dad grabbed him by the neck on Saturday and he is scared to go back.')
  await flow.getByLabel('Who said it').fill('Anna Byrne, repeating what Tomás told her')
  await flow.getByLabel('About which child').fill('Tomás Byrne (11)')
  await page.screenshot({ path: join(folder, 'safeguarding-1-what-was-said.png') })
  await flow.getByRole('button', { name: 'Record what was said' }).click()
  await flow
    .getByRole('group', { name: 'The child is at risk of' })
    .getByLabel('Significant harm, but not immediate')
    .check()
  await flow
    .getByLabel('Your reason')
    .fill('A clear account of an assault; Tomás is with his mother this week.')
  await flow.locator('#assessment-heading').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(folder, 'safeguarding-2-assessment.png') })
  await flow.getByRole('button', { name: 'Record the assessment' }).click()
  await flow
    .locator('#concern-step-no-tip-off')
    .getByRole('button', { name: 'I will not tell the parents' })
    .click()
  await flow.locator('#concern-step-self-referral').getByRole('button', { name: 'I offered it' }).click()
  await expect(flow.locator('#concern-due')).toBeVisible()
  await flow.locator('#concern-steps-heading').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(folder, 'safeguarding-3-steps.png') })
  await flow.getByRole('button', { name: 'Back to where you were' }).click()
  await hostClock.aheadBy(24 * 5)
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Safeguarding steps due' })).toBeVisible()
  await page.screenshot({ path: join(folder, 'safeguarding-4-home-alert.png') })

  // The letter's first page, as LibreOffice lays it out.
  await page.getByRole('button', { name: 'Open the concern' }).first().click()
  await flow.locator('#concern-note-mediator-referral').fill('Duty team, J. Okoye, ref 4471')
  await flow
    .locator('#concern-step-mediator-referral')
    .getByRole('button', { name: 'Done: I referred by telephone' })
    .click()
  const download = page.waitForEvent('download')
  await flow.getByRole('button', { name: 'Download the written follow-up (signed Word letter)' }).click()
  const work = await mkdtemp(join(tmpdir(), 'convene-letter-'))
  try {
    const file = join(work, 'letter.docx')
    await (await download).saveAs(file)
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, file], {
      env: { ...process.env, HOME: work },
    })
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      join(work, 'letter.pdf'),
      join(work, 'page'),
    ])
    await copyFile(join(work, 'page-1.png'), join(folder, 'safeguarding-5-letter.png'))
  } finally {
    await rm(work, { recursive: true, force: true })
  }
})
