import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { verifyDocx } from '../../electron/services/signing/verify-docx.ts'
import { expect, expectAllSaved, expectNoAxeViolations, openApp, test, noteBox } from './fixtures.ts'
import { addPerson, downloadCopies } from './meeting-steps.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import { aMediationMeeting } from '../helpers/builders.ts'

test('in a shuttle session the mediator chooses whose room each note is for, and each parent takes away a signed plan with none of it', async ({
  page,
  host,
  workFolder,
}) => {
  test.setTimeout(120_000)
  await openApp(page, host.current())
  // A session follows both MIAMs and both consents in its case (mediation-case.spec walks that): this one
  // was held on the co-mediator's laptop and is brought in, as a file, into a case of its own.
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'session.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      writeInterchange(
        aMediationMeeting({ kind: 'mediation-session', familyName: 'Byrne', date: '2026-11-25' }),
        new Date('2026-11-25T09:00:00Z'),
      ),
    ),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Byrne family' })).toBeVisible()
  await addPerson(page, 'family', 'Anna Byrne', 'Mother')
  await addPerson(page, 'family', 'مريم حداد', 'Stepmother')
  await addPerson(page, 'professional', 'Siobhán Kelly', 'Mediator')
  await page.locator('#chair').click()
  await page.getByRole('option', { name: /Siobhán Kelly/ }).click()
  await page.getByRole('tab', { name: 'In the meeting' }).click()

  // Anna's room: typed at once after choosing, as a fast note taker does.
  await page.locator('#note-visibility').click()
  await page.getByRole('option', { name: 'Only Anna Byrne and you' }).click()
  await noteBox(page).pressSequentially('Anna would like the children to stay with her at Christmas.')
  await page.keyboard.press('Enter')
  await noteBox(page).pressSequentially('She will not share her new address.')
  await page.keyboard.press('Enter')
  const christmas = page.locator('article', { hasText: 'stay with her at Christmas' })
  await expect(christmas).toHaveAttribute('data-state', 'saved')
  await expect(christmas).toContainText('Only Anna Byrne and you')
  await expect(page.locator('article', { hasText: 'new address' })).toContainText('Only Anna Byrne and you')
  await expectNoAxeViolations(page, 'a mediation session, a note for one room')

  // Back to everyone with the keyboard: Ctrl+Alt+H makes the next note the mediator's alone, again back.
  await page.locator('#note-visibility').click()
  await page.getByRole('option', { name: 'Everyone at the meeting' }).click()
  await noteBox(page).pressSequentially('Both agreed to meet again on 9 December.')
  await page.keyboard.press('Enter')
  const agreed = page.locator('article', { hasText: 'meet again on 9 December' })
  await expect(agreed).toHaveAttribute('data-state', 'saved')
  await expect(agreed).not.toContainText('and you')
  await expect(agreed).not.toContainText('Private to you')
  await noteBox(page).focus()
  await page.keyboard.press('Control+Alt+KeyH')
  await noteBox(page).pressSequentially('I am concerned about the tone of the messages.')
  await page.keyboard.press('Enter')
  await expect(page.locator('article', { hasText: 'tone of the messages' })).toContainText('Private to you')

  // From a parent's room the shortcut goes to the mediator alone, never to everyone.
  await page.keyboard.press('Control+Alt+KeyH')
  await page.locator('#note-visibility').click()
  await page.getByRole('option', { name: 'Only Anna Byrne and you' }).click()
  await noteBox(page).focus()
  await page.keyboard.press('Control+Alt+KeyH')
  await noteBox(page).pressSequentially('Anna asked me not to repeat this.')
  await page.keyboard.press('Enter')
  await expect(page.locator('article', { hasText: 'not to repeat this' })).toContainText('Private to you')

  // A note's menu offers the same choices, never 'not for the family'.
  await christmas.getByRole('button', { name: /^Actions for the note/ }).click()
  await expect(page.getByRole('menuitem', { name: 'Mark as not for the family' })).toHaveCount(0)
  await page.getByRole('menuitem', { name: 'For: Only you' }).click()
  await expect(christmas).toContainText('Private to you')

  // What they take away: the plan in their words, closed, one signed copy for each parent.
  await page.getByRole('tab', { name: 'Agreement' }).click()
  // The agreement to mediate first: each parent signs (typed, from the keyboard), then the mediator.
  for (const parent of ['Anna Byrne', 'مريم حداد']) {
    await page.getByRole('button', { name: `${parent} signs…` }).click()
    await page.getByLabel(`${parent}: your name as you sign it`).fill(parent)
    await page.getByRole('button', { name: 'Sign the agreement' }).click()
    await expect(page.getByText(`${parent} signed at`)).toBeVisible()
  }
  await page.getByRole('button', { name: 'Sign as the mediator' }).click()
  await page.getByLabel('Where the children live').fill('Ciara lives with Anna during the week.')
  await page.getByLabel('Time with each parent').fill('With her stepmother مريم every other weekend.')
  await page.getByLabel('Handovers').fill('At school, so nobody needs to meet.')
  await expectAllSaved(page)
  await page
    .getByRole('group', { name: 'How did the session end?' })
    .getByLabel('The parents reached an agreement')
    .check()
  await expectNoAxeViolations(page, 'what was agreed')
  await page.getByRole('button', { name: 'Close the session and sign the plan…' }).click()
  await page
    .getByRole('dialog', { name: 'Close the session?' })
    .getByRole('button', { name: 'Close the session' })
    .click()
  const closed = page.getByRole('region', { name: 'Session closed' })
  await expect(closed).toContainText('The parents reached an agreement')
  await expect(page.getByLabel('Handovers')).toBeDisabled()
  const copies = await downloadCopies(page, workFolder, 4)
  expect(copies.filter((copy) => copy.includes('parenting-plan'))).toHaveLength(2)
  for (const copy of copies.filter((each) => each.includes('parenting-plan'))) {
    expect(await verifyDocx(await readFile(copy))).toMatchObject({ status: expect.stringMatching(/valid/) })
    const text = execFileSync('pandoc', ['-t', 'plain', '--wrap=none', copy], { encoding: 'utf8' })
    expect(text).toContain('Our parenting plan')
    expect(text).toContain('At school, so nobody needs to meet.')
    // Nothing said in a room, and nothing private to the mediator, is in either parent's copy.
    for (const secret of [
      'stay with her at Christmas',
      'new address',
      'tone of the messages',
      'not to repeat this',
    ])
      expect(text, secret).not.toContain(secret)
  }
})
