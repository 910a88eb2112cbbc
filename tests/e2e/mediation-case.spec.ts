import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { verifyDocx } from '../../electron/services/signing/verify-docx.ts'
import { defaultQuestionSet } from '../../shared/kinds/mediation/screening.ts'
import { expect, expectAllSaved, expectNoAxeViolations, openApp, test, noteBox } from './fixtures.ts'
import { addPerson, downloadCopies, newMeeting } from './meeting-steps.ts'

const mother = 'Katarzyna Wiśniewska'
const father = 'Tomasz Wiśniewski'
const secrets = {
  reasonMother: 'Katarzyna said Tomasz checks her phone; she is afraid at handovers but wants to try.',
  reasonFather: 'Tomasz wants more time with Zofia and accepts separate rooms.',
  address: '12 Lipowa Street, Bradford BD7 1AA',
  mothersRoom: 'In her room Katarzyna said she is moving to Leeds in spring.',
  fathersRoom: 'In his room Tomasz said he has debts he has not told her about.',
}

/** Screens one parent's MIAM (every answer no, but those named yes), decides suitable with reasons, closes it. */
async function screenAndClose(
  page: Page,
  parent: string,
  yes: ReadonlySet<string>,
  reason: string,
  safeguards: ReadonlyArray<string>,
): Promise<void> {
  await page.getByRole('tab', { name: 'Screening and suitability' }).click()
  await page.locator('#miam-party').click()
  await page.getByRole('option', { name: new RegExp(parent) }).click()
  for (const label of [
    'How mediation works',
    'Mediation is voluntary',
    'What is said stays confidential',
    'Other ways to settle things',
    'What mediation costs',
  ]) {
    // Ticked as a mediator ticks, and then seen to stay ticked (on a slow machine the screen may be redrawn
    // by the answer to the tick before between the click and Playwright's own look).
    const box = page.getByLabel(label, { exact: false })
    await box.click()
    await expect(box).toBeChecked()
  }
  for (const question of defaultQuestionSet.questions)
    await page
      .getByRole('group', { name: question.text })
      .getByLabel(yes.has(question.id) ? 'Yes' : 'No', { exact: true })
      .check()
  await page
    .getByRole('group', { name: 'Is mediation suitable?' })
    .getByLabel('Suitable', { exact: true })
    .check()
  await page.getByLabel('Your reason').fill(reason)
  for (const safeguard of safeguards) await page.getByLabel(safeguard).check()
  await expectAllSaved(page)
  const close = page.getByRole('region', { name: 'Close the MIAM' })
  await close.getByRole('button', { name: 'Close the MIAM and sign its outcome…' }).click()
  await page
    .getByRole('dialog', { name: 'Close the MIAM?' })
    .getByRole('button', { name: 'Close the MIAM' })
    .click()
  await expect(page.getByRole('region', { name: 'MIAM closed' })).toContainText('mediation is going ahead')
}

/** Follows this meeting with another of the case, on the date given. */
async function followOn(page: Page, label: string, date: string): Promise<void> {
  await page.getByRole('button', { name: label }).click()
  const dialog = page.getByRole('dialog', { name: label })
  await dialog.getByRole('textbox').fill(date)
  await dialog.getByRole('button', { name: label }).click()
  await expect(dialog).toBeHidden()
}

const plain = (file: string) =>
  execFileSync('pandoc', ['-t', 'plain', '--wrap=none', file], { encoding: 'utf8' })

test('a mediation case from the first MIAM to an agreement: screening, consent, the agreement to mediate, a shuttle and a joint session, and each parent’s signed copies', async ({
  page,
  host,
  workFolder,
}) => {
  test.setTimeout(240_000)
  await openApp(page, host.current())

  // The first MIAM: with Katarzyna, whose answers suggest domestic abuse, lower risk; safeguards chosen.
  await newMeeting(page, 'Mediation information and assessment meeting (MIAM)', 'Wiśniewska', '16/11/2026')
  await addPerson(page, 'family', mother, 'Mother')
  await addPerson(page, 'family', father, 'Father')
  await addPerson(page, 'professional', 'Siobhán Kelly', 'Mediator')
  await page.locator('#chair').click()
  await page.getByRole('option', { name: /Siobhán Kelly/ }).click()
  await page.getByRole('tab', { name: 'Screening and suitability' }).click()
  await page.locator('#miam-party').click()
  await page.getByRole('option', { name: new RegExp(mother) }).click()
  await page
    .getByRole('group', { name: defaultQuestionSet.questions[0]!.text })
    .getByLabel('Yes', { exact: true })
    .check()
  await expect(page.getByRole('status').filter({ hasText: 'Suggested:' })).toContainText(
    'Domestic abuse: lower risk',
  )
  await screenAndClose(page, mother, new Set(['afraid']), secrets.reasonMother, [
    'Shuttle mediation: the parents in separate rooms, the mediator moving between them',
    'Separate arrival and leaving times, and separate waiting areas',
  ])

  // The second MIAM, with Tomasz, in the same case.
  await followOn(page, 'MIAM with the other parent', '18/11/2026')
  await screenAndClose(page, father, new Set(), secrets.reasonFather, [])

  // The case: no session until both parents consent; their details are the mediator's alone.
  await page.locator('#open-case').click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Wiśniewska family: mediation case')
  await expect(page.locator('#session-not-yet')).toContainText(`Record ${mother}’s consent`)
  const hers = page.getByRole('region', { name: new RegExp(mother) })
  await hers.getByLabel('Address').fill(secrets.address)
  await hers.getByLabel('Not to be in the same room as the other party').check()
  await hers.getByLabel(`Date ${mother} consented`).fill('18/11/2026')
  await hers.getByRole('button', { name: 'Record consent' }).click()
  await expect(hers).toContainText('Consent to mediation given on 18/11/2026')
  const his = page.getByRole('region', { name: new RegExp(father) })
  await his.getByLabel(`Date ${father} consented`).fill('19/11/2026')
  await his.getByRole('button', { name: 'Record consent' }).click()
  await expect(his).toContainText('Consent to mediation given on 19/11/2026')
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(`recorded ${father}’s consent`)
  await expectNoAxeViolations(page, 'a mediation case')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page, 'a mediation case, dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // The first session, shuttle: the agreement to mediate, signed by each parent then the mediator.
  await followOn(page, 'Start a mediation session', '23/11/2026')
  await expect(page.getByRole('heading', { level: 1, name: 'Wiśniewska family' })).toBeVisible()
  await page.getByRole('tab', { name: 'Agreement' }).click()
  await page
    .getByRole('group', { name: 'The parents meet' })
    .getByLabel(/^Shuttle/)
    .check()
  await page.getByRole('button', { name: `${mother} signs…` }).click()
  await page.getByLabel(`${mother}: your name as you sign it`).fill(mother)
  await page.getByRole('button', { name: 'Sign the agreement' }).click()
  await expect(page.getByText(`${mother} signed at`)).toBeVisible()
  await page.getByRole('button', { name: `${father} signs…` }).click()
  await page.getByRole('tab', { name: 'Draw my signature' }).click()
  const canvas = page.getByRole('img', { name: /Signature drawing area/ })
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + 20, box.y + box.height / 2)
  await page.mouse.down()
  for (let step = 1; step <= 12; step += 1)
    await page.mouse.move(box.x + 20 + step * 20, box.y + box.height / 2 + (step % 2 ? -15 : 15))
  await page.mouse.up()
  await page.getByRole('button', { name: 'Sign the agreement' }).click()
  await expect(page.getByText(`${father} signed at`)).toBeVisible()
  await page.getByRole('button', { name: 'Sign as the mediator' }).click()
  await expect(page.locator('#atm-mediator-signed')).toContainText('The agreement to mediate is in place')
  await expectNoAxeViolations(page, 'a session’s agreement to mediate')

  // Notes in each parent's room, typed at once after choosing the room.
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  for (const [parent, text] of [
    [mother, secrets.mothersRoom],
    [father, secrets.fathersRoom],
  ] as const) {
    await page.locator('#note-visibility').click()
    await page.getByRole('option', { name: `Only ${parent} and you` }).click()
    await noteBox(page).pressSequentially(text)
    await page.keyboard.press('Enter')
    await expect(page.locator('article', { hasText: text.slice(0, 30) })).toHaveAttribute(
      'data-state',
      'saved',
    )
  }
  await page.getByRole('tab', { name: 'Agreement' }).click()
  await page.getByLabel('Where the children live').fill('Zofia lives with her mother during the week.')
  await expectAllSaved(page)
  await page
    .getByRole('group', { name: 'How did the session end?' })
    .getByLabel('The parents agreed some things, not all')
    .check()
  await page.getByRole('button', { name: 'Close the session and sign the plan…' }).click()
  await page
    .getByRole('dialog', { name: 'Close the session?' })
    .getByRole('button', { name: 'Close the session' })
    .click()
  const first = await downloadCopies(page, workFolder, 4)
  const agreements = first.filter((file) => file.includes('agreement-to-mediate'))
  expect(agreements).toHaveLength(2)
  for (const file of agreements) {
    expect(await verifyDocx(await readFile(file))).toMatchObject({ status: expect.stringMatching(/valid/) })
    const text = plain(file)
    expect(text).toContain('Keeping children safe comes before confidentiality')
    expect(text).toContain(`Signed by ${mother}`)
    expect(text).toContain(`Signed by ${father}`)
    expect(text).toContain('Siobhán Kelly')
  }

  // The next session, joint: the agreement is not signed again; the plan reached, with money.
  await followOn(page, 'Next session', '26/11/2026')
  await page.getByRole('tab', { name: 'Agreement' }).click()
  await expect(page.getByRole('region', { name: 'The agreement to mediate' })).toContainText(
    'Signed by both parents and you at the session on 23/11/2026',
  )
  await page
    .getByRole('group', { name: 'The parents meet' })
    .getByLabel(/^Joint/)
    .check()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await noteBox(page).pressSequentially('Both parents agreed handovers will be at school.')
  await page.keyboard.press('Enter')
  await page.getByRole('tab', { name: 'Agreement' }).click()
  await page.getByLabel('Where the children live').fill('Zofia lives with her mother during the week.')
  await page
    .getByLabel('Time with each parent')
    .fill('With her father every other weekend and Wednesday tea.')
  await page.getByLabel('Property and money: our proposals').fill('Tomasz pays £320 a month towards Zofia.')
  await expectAllSaved(page)
  await page
    .getByRole('group', { name: 'How did the session end?' })
    .getByLabel('The parents reached an agreement')
    .check()
  await page.getByRole('button', { name: 'Close the session and sign the plan…' }).click()
  await page
    .getByRole('dialog', { name: 'Close the session?' })
    .getByRole('button', { name: 'Close the session' })
    .click()
  const plans = await downloadCopies(page, workFolder, 2)
  for (const file of plans) {
    expect(await verifyDocx(await readFile(file))).toMatchObject({ status: expect.stringMatching(/valid/) })
    const text = plain(file)
    expect(text).toContain('Our parenting plan')
    expect(text).toContain('With her father every other weekend and Wednesday tea.')
    expect(text).toContain('Tomasz pays £320 a month towards Zofia.')
  }
  // Nothing private (screening, the mediator's reasons, a room's notes, an address) in anything a parent gets.
  for (const file of [...first, ...plans]) {
    const text = plain(file)
    for (const secret of [...Object.values(secrets), ...defaultQuestionSet.questions.map((q) => q.text)])
      expect(text, `${file}: ${secret}`).not.toContain(secret)
  }
})
