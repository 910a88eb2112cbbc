import { randomUUID } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderDocuments } from '../helpers/render-documents.ts'
import { conferenceMeeting, heldConference } from '../helpers/conference-meeting.ts'
import { test, expect, openApp, createMeeting, expectAllSaved, openNewMeeting, noteBox } from './fixtures.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import { aMeeting } from '../helpers/builders.ts'
import { addPerson, applyAll } from '../helpers/commands.ts'
import { liveConference } from '../helpers/live-meeting.ts'

/**
 * `npm run screenshots`: the pictures in docs/screenshots, taken from the production build. Not part of
 * `npm test` (they would rewrite committed files); run them after a visible change and look at each.
 */
const folder = join(import.meta.dirname, '../../docs/screenshots')

test('screenshots of the first screens', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(host.current().url)
  await expect(page.getByRole('heading', { level: 1, name: 'Set a passphrase' })).toBeVisible()
  await page.screenshot({ path: join(folder, 'lock-screen.png') })

  await openApp(page, host.current())
  await createMeeting(page, {
    familyName: 'Kowalski',
    date: '02/12/2026',
    child: { name: 'Zofia Kowalska', dateOfBirth: '14/03/2018' },
  })
  await page.getByLabel('Start time').fill('10:00')
  await page.getByLabel('Where').fill('Civic Offices, Room 4')
  await page
    .getByLabel('Purpose of the meeting')
    .fill(
      'To agree with Anna and Piotr how everyone can help Zofia feel safe and settled at home and at school.',
    )
  await page
    .getByLabel("Chair's preparation notes")
    .fill(
      'Met Anna and Piotr on 20/11/2026. They would like the meeting to start after the school run. School report received; health visitor report due Monday.',
    )
  await expectAllSaved(page)
  await page.getByRole('heading', { level: 1 }).focus()
  await page.screenshot({ path: join(folder, 'meeting-workspace.png') })

  await createMeeting(page, {
    familyName: 'Begum',
    date: '28/11/2026',
    child: { name: 'Ayesha Begum', dateOfBirth: '01/02/2016' },
  })
  await createMeeting(page, {
    familyName: 'Ó Súilleabháin',
    date: '15/12/2026',
    child: { name: 'Aoife Ó Súilleabháin', dateOfBirth: '09/09/2019' },
  })
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  await expect(page.getByRole('row', { name: /Begum family/ })).toBeVisible()
  await page.setViewportSize({ width: 1366, height: 768 })
  await expect(page.getByText('Fill in your local safeguarding numbers')).toBeVisible()
  await page.screenshot({ path: join(folder, 'meetings-list.png') })
  await page.setViewportSize({ width: 1000, height: 768 })
  await page.screenshot({ path: join(folder, 'meetings-list-narrow.png') })
  await page.setViewportSize({ width: 1280, height: 800 })

  await openNewMeeting(page)
  await page.getByLabel('Family name').fill('Ahmed')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByText('There is a problem')).toBeVisible()
  await page.screenshot({ path: join(folder, 'new-meeting-problems.png') })
})

test('screenshots of a conference: setup, the live board and the room view', async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openApp(page, host.current())
  await createMeeting(page, {
    familyName: 'Kowalski',
    date: '02/12/2026',
    child: { name: 'Zofia Kowalska', dateOfBirth: '14/03/2018' },
  })
  const people: ReadonlyArray<readonly ['family' | 'professional', string, string, string]> = [
    ['family', 'Anna Kowalska', 'Mother', ''],
    ['family', 'Piotr Kowalski', 'Father', ''],
    ['professional', 'Helen Okafor', 'Chair', "Children's Services"],
    ['professional', 'Jamie Reid', 'Social worker', "Children's Services"],
    ['professional', 'Sarah Jones', 'Health visitor', 'NHS'],
    ['professional', 'Mohammed Rahman', 'Head teacher', 'Oak Primary School'],
    ['professional', 'Sarah Jones', 'Police officer', 'Hampshire Police'],
  ]
  for (const [group, name, role, agency] of people) {
    await page.locator(group === 'family' ? '#add-family-member' : '#add-professional').click()
    await page.locator('#person-name').fill(name)
    await page.locator('#person-role').fill(role)
    if (agency) await page.locator('#person-agency').fill(agency)
    await page.locator('#person-attendance').click()
    await page.getByRole('option', { name: name === 'Piotr Kowalski' ? 'Attending part' : 'Present' }).click()
    if (name === 'Piotr Kowalski') {
      await page.locator('#person-from').fill('10:45')
      await page.locator('#person-until').fill('12:00')
      await page.locator('#person-reason').fill('Anna and Piotr are attending at separate times')
    }
    await page.getByRole('button', { name: /^Add (family member|professional)$/ }).click()
    await expect(page.getByRole('dialog')).toBeHidden()
  }
  await page.locator('#chair').click()
  await page.getByRole('option', { name: 'Helen Okafor' }).click()
  await page.locator('#minute-taker').click()
  await page.getByRole('option', { name: 'Jamie Reid' }).click()
  await page.locator('#add-report').click()
  await page.locator('#report-agency').fill('Oak Primary School')
  await page.locator('#report-author').fill('Mohammed Rahman')
  await page.locator('#report-received').fill('27/11/2026')
  await page.getByRole('dialog').getByLabel('Yes').check()
  await page.locator('#report-shared-on').fill('27/11/2026')
  await page.getByRole('button', { name: 'Add report' }).click()
  await page.locator('#add-report').click()
  await page.locator('#report-agency').fill('Health visiting')
  await page.locator('#report-author').fill('Sarah Jones')
  await page.locator('#report-received').fill('01/12/2026')
  await page.getByRole('dialog').getByLabel('No', { exact: true }).check()
  await page.getByRole('button', { name: 'Add report' }).click()
  await expectAllSaved(page)
  await page
    .getByRole('heading', { name: 'People' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
  await page.evaluate(() => window.scrollBy(0, -80))
  await page.screenshot({ path: join(folder, 'conference-setup.png') })

  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await page.locator('#start-meeting').click()
  const say = async (
    speaker: string,
    text: string,
    options: { closed?: boolean; ownWords?: boolean } = {},
  ): Promise<void> => {
    await noteBox(page).focus()
    await page.keyboard.press('Control+k')
    await page.keyboard.type(speaker)
    await page.keyboard.press('Enter')
    if (options.closed) await page.keyboard.press('Control+Shift+H')
    if (options.ownWords) await page.keyboard.press('Control+Shift+O')
    await noteBox(page).fill(text)
    await page.keyboard.press('Enter')
    if (options.closed) await page.keyboard.press('Control+Shift+H')
  }
  await say(
    'hel',
    'Helen welcomed everyone and explained that the meeting will look at what is going well and what worries people.',
  )
  await page.keyboard.press('Control+2')
  await say('moh', 'Zosia has been at school every day since September and is proud of her reading.')
  await say('health', 'Anna takes Zosia to every health appointment.')
  await page.keyboard.press('Control+3')
  await say('anna', 'I want Zosia to feel safe at home and have her friends round.', { ownWords: true })
  await say('piotr', 'My mum can have Zosia after school on Wednesdays.')
  await page.keyboard.press('Control+4')
  await page.locator('[id^="child-view-"][id$="-how"]').click()
  await page.getByRole('option', { name: 'Through an app such as Mind of My Own' }).click()
  await page
    .locator('[id^="child-view-"][id$="-words"]')
    .fill('I like reading with Mum. I get scared when there is shouting at night.')
  await page
    .locator('[id^="child-view-"][id$="-conveyed"]')
    .fill('Jamie Reid, social worker, from Mind of My Own')
  await page.keyboard.press('Control+6')
  await say('health', 'The flat is cold and damp, and the heating has been broken for three weeks.')
  await say('jam', 'Zosia is often late to bed because of noise from next door.')
  await say(
    'police',
    'Police information about a new partner was shared while the parents were out of the room.',
    { closed: true },
  )
  await page.keyboard.press('Control+7')
  await say('jam', 'We do not yet know how Piotr is managing his drinking.')
  await expectAllSaved(page)
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(folder, 'live-board.png') })

  const [presenter] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('#presenter-toggle').click(),
  ])
  await presenter.setViewportSize({ width: 1600, height: 900 })
  await expect(presenter.getByText('We do not yet know how Piotr is managing his drinking.')).toBeVisible()
  await presenter.screenshot({ path: join(folder, 'presenter-view.png') })
})

test('screenshots of the language assistant and the language check', async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openApp(page, host.current())
  await createMeeting(page, {
    familyName: 'Kowalski',
    date: '02/12/2026',
    child: { name: 'Zofia Kowalska', dateOfBirth: '14/03/2018' },
  })
  for (const [group, name, role] of [
    ['family', 'Anna Kowalska', 'Mother'],
    ['family', 'Piotr Kowalski', 'Father'],
    ['professional', 'Jamie Reid', 'Social worker'],
  ] as const) {
    await page.locator(group === 'family' ? '#add-family-member' : '#add-professional').click()
    await page.locator('#person-name').fill(name)
    await page.locator('#person-role').fill(role)
    await page.getByRole('button', { name: /^Add (family member|professional)$/ }).click()
    await expect(page.getByRole('dialog')).toBeHidden()
  }
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  const add = async (text: string): Promise<void> => {
    await noteBox(page).fill(text)
    await page.keyboard.press('Enter')
  }
  await page.keyboard.press('Control+2')
  await add('Anna takes Zosia to every health appointment.')
  await add('Zosia has been at school every day since September.')
  await page.keyboard.press('Control+6')
  await add('Dad has been hostile to the health visitor and refused to let her in.')
  await add('The family are known to CAMHS and there have been two S47 enquiries.')
  await add('It is clear that the home conditions are always poor.')
  await expectAllSaved(page)
  await noteBox(page).focus()
  await page.keyboard.type('Mum failed to attend the CIN meeting and was uncooperative on the phone.')
  await expect(page.locator('#note-language-status')).toHaveText('4 wording suggestions (Ctrl+Alt+J)')
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('Control+J')
  await expect(page.getByRole('dialog', { name: '‘Mum’' })).toBeVisible()
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(folder, 'language-assistant.png') })
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: 'Language check' }).click()
  await expect(page.getByRole('region', { name: 'Suggestions, note by note' })).toBeVisible()
  await page.screenshot({ path: join(folder, 'language-check.png'), fullPage: true })

  await page.getByRole('button', { name: 'Settings' }).click()
  const section = page.getByRole('region', { name: 'Wording suggestions' })
  await section.getByRole('button', { name: /Labels instead of names/ }).click()
  await section.getByLabel('Words to look for').fill('known to services')
  await section.getByLabel('Why, in plain words').fill('Say which service, and what they did.')
  await section.getByRole('button', { name: 'Add this phrase' }).click()
  await section
    .getByRole('heading', { name: 'Wording suggestions' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
  await page.evaluate(() => window.scrollBy(0, -90))
  await page.screenshot({ path: join(folder, 'language-settings.png') })
})

test('screenshots of the decision, the plan with its SMART hints, and the readiness checklist', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openApp(page, host.current())
  const base = applyAll(aMeeting({ familyName: 'Kowalski', children: [] }), [
    addPerson('Helen Okafor', 'professional', 'Chair', "Children's Services"),
    addPerson('Anna Kowalska', 'family', 'Mother'),
    addPerson('Piotr Kowalski', 'family', 'Father'),
    addPerson('Jamie Reid', 'professional', 'Social worker', "Children's Services"),
    addPerson('Sarah Jones', 'professional', 'Health visitor', 'NHS'),
    addPerson('Mohammed Rahman', 'professional', 'Head teacher', 'Oak Primary School'),
    {
      type: 'add-danger-statement',
      statementId: randomUUID(),
      statement: { danger: 'Zofia goes hungry at home', safetyGoal: '' },
    },
  ])
  const id = (name: string): string => base.participants.find((person) => person.name === name)?.id ?? ''
  const action = (what: string, owner: string, measure: string, addresses: string) =>
    ({
      type: 'add-action',
      actionId: randomUUID(),
      action: {
        what,
        ownerId: id(owner),
        ownerText: '',
        due: null,
        dueWithinWorkingDays: 20,
        measure,
        addresses,
      },
    }) as const
  const meeting = applyAll(base, [
    { type: 'set-chair', participantId: id('Helen Okafor') },
    {
      type: 'set-recommendation',
      personId: id('Jamie Reid'),
      patch: {
        outcome: 'cp-plan',
        rationale: 'Zofia has often gone without breakfast and has missed health checks this year.',
      },
    },
    {
      type: 'set-recommendation',
      personId: id('Sarah Jones'),
      patch: { outcome: 'cp-plan', rationale: 'Three health appointments missed; Zofia has lost weight.' },
    },
    {
      type: 'set-recommendation',
      personId: id('Mohammed Rahman'),
      patch: { outcome: 'cin-plan', rationale: 'School has seen things improve since September.' },
    },
    {
      type: 'update-analysis',
      patch: {
        analysis:
          'Zofia has not had the food and health care she needs for most of this year. Anna and Piotr have started to make changes, but these are recent.',
        parentsView: 'Anna and Piotr said they would rather have help without a plan.',
      },
    },
    {
      type: 'update-decision',
      patch: {
        outcome: 'cp-plan',
        category: 'neglect',
        reasons: 'Zofia needs a plan to make sure the changes Anna and Piotr have started carry on.',
      },
    },
    {
      type: 'update-plan-frame',
      patch: {
        leadSocialWorkerId: id('Jamie Reid'),
        coreGroupIds: [id('Anna Kowalska'), id('Piotr Kowalski'), id('Jamie Reid'), id('Sarah Jones')],
      },
    },
    action(
      'Anna and Piotr will make sure Zofia has breakfast every school day',
      'Anna Kowalska',
      'School confirms breakfast on 9 days out of 10',
      'Zofia goes hungry at home',
    ),
    action('Anna will engage with the health visitor', 'Anna Kowalska', '', 'Missed health checks'),
    action('The school will monitor Zofia', 'Mohammed Rahman', '', ''),
    { type: 'set-dates', patch: { strategyDiscussion: '2026-11-16' } },
  ])
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'kowalski.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(meeting, new Date('2026-12-02T12:00:00Z'))),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Kowalski family' })).toBeVisible()
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  const scrollTo = async (name: string): Promise<void> => {
    await page.getByRole('heading', { name }).evaluate((heading) => heading.scrollIntoView())
    await page.evaluate(() => window.scrollBy(0, -96))
  }
  await scrollTo('Recommendations')
  await page.screenshot({ path: join(folder, 'decision.png') })
  await page.locator('#action-2-what').focus()
  await scrollTo('Action 2')
  await page.screenshot({ path: join(folder, 'plan-smart-hints.png') })
  await scrollTo('The decision')
  await page.screenshot({ path: join(folder, 'readiness-checklist.png') })
})

test('a page image of the exported minutes, as LibreOffice lays them out', async () => {
  const work = await mkdtemp(join(tmpdir(), 'convene-minutes-'))
  try {
    const [minutes] = await renderDocuments(conferenceMeeting(), {
      signature: { name: 'Helen Okafor', role: 'Chair', signedAt: '2026-12-02T15:30:00.000Z', image: null },
    })
    if (!minutes) throw new Error('No minutes')
    await writeFile(join(work, 'minutes.docx'), minutes.data)
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'minutes.docx')],
      {
        env: { ...process.env, HOME: work },
      },
    )
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '3',
      join(work, 'minutes.pdf'),
      join(work, 'page'),
    ])
    await copyFile(join(work, 'page-1.png'), join(folder, 'minutes-page-1.png'))
    await copyFile(join(work, 'page-3.png'), join(folder, 'minutes-page-3.png'))
  } finally {
    await rm(work, { recursive: true, force: true })
  }
})

test('screenshots of signing: the signature pad and the signed versions', async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openApp(page, host.current())
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'kowalski.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(heldConference(), new Date('2026-11-20T12:00:00Z'))),
  })
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await page.getByRole('button', { name: 'Sign off the record…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sign off the record' })
  await dialog.getByRole('tab', { name: 'Draw my signature' }).click()
  const pad = dialog.getByRole('img', { name: /Signature drawing area/ })
  const box = await pad.boundingBox()
  if (!box) throw new Error('no pad')
  const stroke: ReadonlyArray<readonly [number, number]> = [
    [0.08, 0.7],
    [0.14, 0.3],
    [0.2, 0.72],
    [0.26, 0.35],
    [0.32, 0.7],
    [0.4, 0.45],
    [0.48, 0.66],
    [0.56, 0.38],
    [0.62, 0.68],
    [0.7, 0.42],
    [0.78, 0.6],
    [0.9, 0.5],
  ]
  await page.mouse.move(box.x + box.width * 0.08, box.y + box.height * 0.7)
  await page.mouse.down()
  for (const [x, y] of stroke)
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 4 })
  await page.mouse.up()
  await page.screenshot({ path: join(folder, 'signature-pad.png') })
  await dialog.getByRole('button', { name: 'Use this signature' }).click()
  await dialog.getByLabel('Why sign with items open').fill('The acronyms are explained in the glossary.')
  await dialog.getByRole('button', { name: 'Sign off' }).click()
  await expect(page.getByRole('region', { name: 'Signed versions' })).toContainText('Version 1')
  await page.getByRole('region', { name: 'Signed off' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(folder, 'signed-versions.png') })
})

test('screenshots of the live meeting on a 1366×768 laptop and a 1920×1080 screen', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp(page, host.current())
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'kowalski.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(liveConference(), new Date('2026-12-02T12:00:00Z'))),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Kowalski family' })).toBeVisible()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  const box = noteBox(page)
  await box.click()
  await page.keyboard.press('Control+k')
  await page.keyboard.type('sar')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Sarah will ask the landlord for a date for the heating repair')
  await page.waitForTimeout(500)
  await page.screenshot({ path: join(folder, 'live-board-1366.png') })

  await page.locator('#view-timeline').click()
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(folder, 'live-time-order-1366.png') })
  await page.locator('#view-board').click()

  await box.focus()
  await page.keyboard.press('Control+4')
  await expect(page.getByRole('heading', { level: 2, name: "The child's voice" })).toBeVisible()
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(folder, 'live-childs-voice-1366.png') })

  await page.keyboard.press('Control+8')
  await expect(page.getByRole('heading', { level: 2, name: /scal/i })).toBeVisible()
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(folder, 'live-scale-1366.png') })

  await page.keyboard.press('Control+6')
  await page.keyboard.press('Control+Shift+H')
  await box.focus()
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(folder, 'live-closed-part-1366.png') })
  await page.keyboard.press('Control+Shift+H')

  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.waitForTimeout(500)
  await page.screenshot({ path: join(folder, 'live-board-1920.png') })
})
