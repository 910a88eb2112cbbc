import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { verifyDocx } from '../../electron/services/signing/verify-docx.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import { aMediationMeeting } from '../helpers/builders.ts'
import { addPerson, applyAll } from '../helpers/commands.ts'
import { expect, expectNoAxeViolations, openApp, test, noteBox } from './fixtures.ts'
import { downloadCopies } from './meeting-steps.ts'

const words = 'Tomás said Dad grabbed him by the neck on Saturday and he is scared to go back.'
const halfTyped = 'Anna said the handover on Friday went'

/** A joint session held today-ish, brought in from the co-mediator's laptop: two parents, a child, the mediator. */
function jointSession() {
  const mediator = randomUUID()
  return applyAll(
    aMediationMeeting({
      kind: 'mediation-session',
      familyName: 'Byrne',
      date: '2026-11-27',
      children: [{ id: randomUUID(), name: 'Tomás Byrne', dateOfBirth: '2015-02-01', knownAs: '' }],
    }),
    [
      addPerson('Siobhán Kelly', 'professional', 'Mediator', '', mediator),
      addPerson('Anna Byrne', 'family', 'Mother'),
      addPerson('Ben Ó Briain', 'family', 'Father'),
      { type: 'set-chair', participantId: mediator },
      { type: 'set-session-format', format: 'joint' },
    ],
    '2026-11-27T10:00:00.000Z',
  )
}

test('a safeguarding concern raised mid-session, with a note half typed: the flow, a deadline passed, the alert, the referral and its letter, the mediation ended, and the note still there', async ({
  page,
  host,
  hostClock,
  workFolder,
  context,
}) => {
  test.setTimeout(180_000)
  // System notifications are allowed, and recorded so the test can read what they said.
  await context.grantPermissions(['notifications'])
  await page.addInitScript(() => {
    const shown: Array<{ title: string; body: string }> = []
    Object.assign(window, { shownNotifications: shown })
    const Real = window.Notification
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options)
        shown.push({ title, body: options?.body ?? '' })
      }
    }
    Object.defineProperty(window, 'Notification', { value: Recorded })
  })
  await openApp(page, host.current())
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'session.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(jointSession(), new Date('2026-11-27T12:00:00Z'))),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Byrne family' })).toBeVisible()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await noteBox(page).pressSequentially(halfTyped)

  // The shortcut, straight from the note box: the flow opens over the session.
  await page.keyboard.press('Control+Alt+KeyG')
  const flow = page.getByRole('dialog', { name: /Safeguarding concern/ })
  await expect(flow).toBeVisible()
  await expect(flow.locator('#no-tip-off')).toContainText('Do not tip off the parents')
  await flow.getByLabel('In the person’s own words').fill(words)
  await flow.getByLabel('Who said it').fill('Tomás, told to Anna, who told the mediator')
  await flow.getByLabel('About which child').fill('Tomás Byrne')
  await flow.getByRole('button', { name: 'Record what was said' }).click()
  await flow
    .getByRole('group', { name: 'The child is at risk of' })
    .getByLabel('Significant harm, but not immediate')
    .check()
  await flow.getByRole('button', { name: 'Record the assessment' }).click()
  await expect(flow.getByRole('heading', { name: '3. What to do now' })).toBeVisible()
  await flow
    .locator('#concern-step-no-tip-off')
    .getByRole('button', { name: 'I will not tell the parents' })
    .click()
  await flow.locator('#concern-step-self-referral').getByRole('button', { name: 'I offered it' }).click()
  await expect(flow.locator('#concern-due')).toContainText('Unless the parent has referred themselves by')
  await expectNoAxeViolations(page, 'the safeguarding flow')
  await flow.getByRole('button', { name: 'Back to where you were' }).click()
  await expect(noteBox(page)).toHaveValue(halfTyped)
  // It may hold what was said: made private to the mediator as the concern was raised.
  await expect(page.locator('#note-made-private')).toContainText('Made private to you')

  // Five days on (past any deadline for the parent's own referral): the home screen says so, and a notification.
  await hostClock.aheadBy(24 * 5)
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  const alerts = page.getByRole('region', { name: 'Safeguarding steps due' })
  await expect(alerts).toContainText('Safeguarding, the Byrne family: the time has passed')
  await expectNoAxeViolations(page, 'the home screen with a safeguarding step due')
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { shownNotifications: Array<{ body: string }> }).shownNotifications,
      ),
    )
    .toEqual(
      expect.arrayContaining([expect.objectContaining({ body: expect.stringContaining('Open Convene') })]),
    )
  const notified = await page.evaluate(() =>
    JSON.stringify((window as unknown as { shownNotifications: unknown }).shownNotifications),
  )
  expect(notified).not.toContain('Byrne')

  // The referral, its written follow-up, the supervisor, and the mediation ended.
  await alerts.getByRole('button', { name: 'Open the concern' }).first().click()
  await expect(flow).toBeVisible()
  await flow.locator('#concern-note-mediator-referral').fill('Duty team, J. Okoye, ref 4471')
  await flow
    .locator('#concern-step-mediator-referral')
    .getByRole('button', { name: 'Done: I referred by telephone' })
    .click()
  await expect(flow.locator('#concern-due')).toContainText('Follow the telephone referral in writing by')
  const download = page.waitForEvent('download')
  await flow.getByRole('button', { name: 'Download the written follow-up (signed Word letter)' }).click()
  const letter = join(workFolder, (await download).suggestedFilename())
  await (await download).saveAs(letter)
  expect(await verifyDocx(await readFile(letter))).toMatchObject({ status: expect.stringMatching(/valid/) })
  const text = execFileSync('pandoc', ['-t', 'plain', '--wrap=none', letter], { encoding: 'utf8' })
  expect(text).toContain(words)
  expect(text).toContain('telephone referral')
  expect(text).toContain('Duty team, J. Okoye, ref 4471')
  expect(text).toContain('I have not told the parents about this referral')
  await flow
    .locator('#concern-step-written-follow-up')
    .getByRole('button', { name: 'Done: I sent it' })
    .click()
  await flow
    .locator('#concern-step-supervisor')
    .getByRole('button', { name: 'Done: I spoke to them' })
    .click()
  await flow
    .locator('#concern-step-end-mediation')
    .getByRole('button', { name: 'End the mediation', exact: true })
    .click()
  await page
    .getByRole('dialog', { name: 'End the mediation?' })
    .getByRole('button', { name: 'End the mediation' })
    .click()
  await expect(flow.locator('#concern-step-end-mediation')).toContainText('Mediation ended at')
  await expect(flow.locator('#concern-due')).toHaveCount(0)
  await flow.getByRole('button', { name: 'Back to where you were' }).click()
  await expect(page.getByText(/Stopped: the mediator ended the mediation/)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Safeguarding concerns' })).toContainText('Significant harm')

  // Back to the session: the half-typed note is still there; the parents' copies say nothing of it.
  await page
    .getByRole('button', { name: /Mediation session, 27\/11\/2026/ })
    .first()
    .click()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await expect(noteBox(page)).toHaveValue(halfTyped)
  await noteBox(page).press('Enter')
  await expect(page.locator('article[data-state="saved"]').filter({ hasText: halfTyped })).toContainText(
    'Private to you',
  )
  await page.getByRole('tab', { name: 'Agreement' }).click()
  await page
    .getByRole('group', { name: 'How did the session end?' })
    .getByLabel('No agreement was reached')
    .check()
  await page.getByRole('button', { name: 'Close the session and sign the plan…' }).click()
  await page
    .getByRole('dialog', { name: 'Close the session?' })
    .getByRole('button', { name: 'Close the session' })
    .click()
  const copies = await downloadCopies(page, workFolder, 2)
  for (const copy of copies) {
    const copyText = execFileSync('pandoc', ['-t', 'plain', '--wrap=none', copy], { encoding: 'utf8' })
    for (const secret of [words, halfTyped, 'safeguarding', 'Safeguarding', 'referral', 'Okoye'])
      expect(copyText, secret).not.toContain(secret)
  }
})
