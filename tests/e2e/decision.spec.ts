import type { Page } from '@playwright/test'
import {
  test,
  expect,
  openApp,
  createMeeting,
  expectAllSaved,
  expectNoAxeViolations,
  noteBox,
} from './fixtures.ts'
import { addPerson } from './meeting-steps.ts'

/** Chooses an option of a MUI select by its field's id. */
async function choose(page: Page, id: string, option: string | RegExp): Promise<void> {
  await page.locator(`#${id}`).click()
  await page.getByRole('option', { name: option }).click()
}

test('a chair records a decision with dissent and a SMART plan, signs, and starts the review from it', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000)
  await openApp(page, host.current())
  await createMeeting(page, {
    familyName: 'Kowalski',
    // Held on a day already past: minutes cannot be signed before the day of the meeting.
    date: '20/11/2026',
    child: { name: 'Zofia Kowalska', dateOfBirth: '14/03/2018' },
  })
  await addPerson(page, 'family', 'Anna Kowalska', 'Mother', 'Present')
  await addPerson(page, 'family', 'Piotr Kowalski', 'Father', 'Present')
  await addPerson(page, 'professional', 'Helen Okafor', 'Chair', 'Present')
  await addPerson(page, 'professional', 'Jamie Reid', 'Social worker', 'Present')
  await addPerson(page, 'professional', 'Sarah Jones', 'Health visitor', 'Present')
  await addPerson(page, 'professional', 'Mohammed Rahman', 'Head teacher', 'Present')
  await choose(page, 'chair', 'Helen Okafor')
  // The chair is not offered as the minute taker too.
  await page.locator('#minute-taker').click()
  await expect(page.getByRole('option', { name: 'Jamie Reid' })).toBeVisible()
  await expect(page.getByRole('option', { name: 'Helen Okafor' })).toHaveCount(0)
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  // 'Ready to sign?' until signed; 'Signed off' after.
  const checklist = page.getByRole('region', { name: /^(Ready to sign\?|Signed off)$/ })
  await expect(checklist).toContainText('Jamie Reid was present but has no recommendation')
  await expect(checklist).toContainText('The decision is not recorded')
  await expect(checklist).not.toContainText('Helen Okafor')

  // Recommendations: two for a child protection plan, one for a child in need plan.
  const recommend = async (name: string, outcome: string, why: string): Promise<void> => {
    const group = page.getByRole('group', { name: new RegExp(`^${name}`) })
    // Named with whose they are, for a screen reader's list of fields.
    await expect(group.getByRole('combobox', { name: `Recommends (${name})` })).toHaveCount(1)
    await expect(group.getByRole('textbox', { name: `Why (their rationale) (${name})` })).toHaveCount(1)
    await group.getByLabel('Recommends').click()
    await page.getByRole('option', { name: outcome }).click()
    await group.getByLabel('Why (their rationale)').fill(why)
  }
  await recommend(
    'Jamie Reid',
    'A child protection plan',
    'Zofia has missed meals and health checks for a year.',
  )
  await recommend(
    'Sarah Jones',
    'A child protection plan',
    'Three missed health appointments and weight loss.',
  )
  await recommend(
    'Mohammed Rahman',
    'A child in need plan',
    'School has seen things improve since September.',
  )
  await page
    .getByLabel("The parents' view on the decision")
    .fill('Anna and Piotr would rather have help without a plan.')

  await page
    .getByLabel("The chair's analysis")
    .fill('The worries about neglect meet the threshold of significant harm.')
  await page.getByRole('radio', { name: 'A child protection plan' }).check()
  await expect(checklist).toContainText('A child protection plan needs a category')
  await page.getByRole('radio', { name: 'Neglect' }).check()
  await page
    .getByLabel('Reasons for the decision')
    .fill('Zofia has not had the food and care she needs for some time.')
  const dissent = page.getByRole('region', { name: 'Dissent' })
  await expect(dissent).toContainText(
    'Mohammed Rahman recommended a child in need plan: School has seen things improve',
  )
  await expect(dissent).not.toContainText('Jamie Reid')

  // The plan: five actions, two of them vague.
  await choose(page, 'lead-social-worker', /^Jamie Reid/)
  // What was chosen reads whole in its field, not cut off ('Jamie Reid, Social wo…').
  const chosen = page.locator('#lead-social-worker')
  await expect(chosen).toHaveText(/^Jamie Reid, Social worker/)
  expect(await chosen.evaluate((field) => field.scrollWidth <= field.clientWidth)).toBe(true)
  const actions: ReadonlyArray<readonly [string, string, string, string]> = [
    [
      'Anna and Piotr will make sure Zofia has breakfast every school day',
      'Anna Kowalska',
      'School confirms breakfast on 9 days out of 10',
      'Zofia goes hungry',
    ],
    ['Anna will engage with the health visitor', 'Anna Kowalska', '', 'Missed health checks'],
    [
      'Jamie will visit every two weeks and see Zofia on her own',
      'Jamie Reid',
      'Visits recorded every two weeks',
      'Zofia goes hungry',
    ],
    ['The school will monitor Zofia', 'Mohammed Rahman', '', 'Zofia goes hungry'],
    [
      'Sarah will weigh Zofia monthly',
      'Sarah Jones',
      'Weight recorded monthly in the red book',
      'Missed health checks',
    ],
  ]
  for (const [index, [what, owner, measure, addresses]] of actions.entries()) {
    await page.getByRole('button', { name: 'Add an action' }).click()
    const prefix = `action-${index + 1}`
    // Typed as soon as the new action shows: its first field must already have the focus.
    await expect(page.locator(`#${prefix}-what`)).toBeVisible()
    await page.keyboard.type(what)
    await choose(page, `${prefix}-owner`, new RegExp(`^${owner}`))
    // Typed at a typist's pace, not filled: each keystroke is saved while the next comes.
    await page.locator(`#${prefix}-within`).pressSequentially('20')
    if (measure) await page.locator(`#${prefix}-measure`).fill(measure)
    await page.locator(`#${prefix}-addresses`).pressSequentially(addresses)
  }
  // Every key is kept: none is taken back by a save answering while the next was typed.
  await expectAllSaved(page)
  await page.reload()
  for (const [index, [, , , addresses]] of actions.entries()) {
    await expect(page.locator(`#action-${index + 1}-addresses`)).toHaveValue(addresses)
    await expect(page.locator(`#action-${index + 1}-within`)).toHaveValue('20')
  }
  await expect(page.getByText('2 of 5 actions need more')).toBeVisible()
  await expect(page.locator('#action-2-smart')).toContainText('‘engage with’ says an activity, not a change')
  await expect(checklist).toContainText('2 actions fail the SMART check')
  await expectAllSaved(page)
  await expectNoAxeViolations(page, 'decision and plan')

  await page.locator('#action-2-measure').fill('Anna takes Zofia to all 4 health checks by March')
  await page.locator('#action-4-measure').fill('Attendance and lunch records shared every week')
  await expect(page.getByText('Every action passes the SMART check')).toBeVisible()
  await page
    .getByLabel('If the plan is not achieved (contingency)')
    .fill('A legal planning meeting will be held to decide what is needed to keep Zofia safe.')

  // Dates: the strategy discussion, then the core group and review as arranged.
  await page.locator('#strategy-discussion').fill('16/11/2026')
  await expect(page.getByRole('row', { name: /Initial conference due/ })).toContainText('07/12/2026')
  await expect(page.getByRole('row', { name: /First core group/ })).toContainText('04/12/2026')
  await page.locator('#date-first-core-group').fill('03/12/2026')
  await page.locator('#date-first-review').fill('20/02/2027')

  // The child's view is missing: the checklist's link goes to where it is recorded.
  await checklist.getByRole('button', { name: /Zofia Kowalska is 8/ }).click()
  await expect(page).toHaveURL(/\/live$/)
  const how = page.locator('[id^="child-view-"][id$="-how"]')
  await expect(how).toBeFocused()
  await how.click()
  await page.getByRole('option', { name: 'Told their social worker' }).click()
  await page.locator('[id^="child-view-"][id$="-words"]').fill('I want my mum and dad to have help.')
  await expectAllSaved(page)

  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await expect(checklist).toContainText('Nothing is missing')
  await checklist.getByRole('button', { name: 'Sign off the record…' }).click()
  await page.getByLabel('Your name as you sign it').fill('Helen Okafor')
  await page.getByRole('button', { name: 'Use this signature' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Sign off' }).click()
  await expect(checklist).toContainText('Signed off on')

  // The review starts from this conference, with the plan carried over.
  await page.getByRole('button', { name: 'Start the review' }).click()
  await expect(page.getByRole('dialog').getByLabel(/^Date of the review/)).toHaveValue('20/02/2027')
  await page.getByRole('dialog').getByRole('button', { name: 'Start the review' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kowalski family' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Kind of meeting' })).toHaveText(
    'Review child protection conference',
  )
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await expect(
    page.getByText(
      /This review follows the initial child protection conference of 20\/11\/2026, which decided: a child protection plan, under neglect/,
    ),
  ).toBeVisible()
  for (let index = 1; index <= 5; index += 1)
    await expect(page.locator(`#action-${index}-what`)).toHaveValue(actions[index - 1]?.[0] ?? '')
  await expect(page.getByRole('radio', { name: 'Continue the child protection plan' })).toBeVisible()
  await expectNoAxeViolations(page, 'review decision and plan')
  // In the meeting, progress is recorded against each action carried over.
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await noteBox(page).focus()
  await page.keyboard.press('Control+2')
  await expect(page.getByRole('heading', { name: `2. ${actions[1]?.[0] ?? ''}` })).toBeVisible()
})
