import { randomUUID } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { renderDocuments } from '../helpers/render-documents.ts'
import { test, expect, openApp } from './fixtures.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import { aMediationMeeting } from '../helpers/builders.ts'
import { addPerson, applyAll } from '../helpers/commands.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { MeetingCommandInput } from '../../shared/meeting/meeting-command.ts'
import { explainedItems } from '../../shared/kinds/mediation/miam.ts'
import { defaultQuestionSet } from '../../shared/kinds/mediation/screening.ts'

/**
 * `npm run screenshots`: mediation's pictures in docs/screenshots (the case, a MIAM's screening, a shuttle
 * session, the parenting plan's first page), taken from the production build. Not part of `npm test`.
 */
const folder = join(import.meta.dirname, '../../docs/screenshots')

const person = (id: string, name: string, role: string, group: 'family' | 'professional') =>
  addPerson(name, group, role, '', id)

/** Each parent signs the agreement to mediate by typing their name, then the mediator signs. */
const agreementSigned = (parents: ReadonlyArray<readonly [string, string]>): MeetingCommandInput[] => [
  ...parents.map(([id, name]): MeetingCommandInput => ({
    type: 'sign-agreement-to-mediate',
    partyId: id,
    mark: { kind: 'typed', text: name },
  })),
  { type: 'countersign-agreement-to-mediate' },
]

/** Brings a meeting into Convene as a file, as a mediator would from another laptop. */
async function importMeeting(page: Page, meeting: Meeting, name: string): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(meeting, new Date(`${meeting.date}T12:00:00Z`))),
  })
}

test('screenshots of a MIAM: the private screening, its suggested triage and the decision', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const mother = randomUUID()
  const mediator = randomUUID()
  const miam = applyAll(aMediationMeeting({ familyName: 'Wiśniewska', date: '2026-11-25' }), [
    person(mother, 'Katarzyna Wiśniewska', 'Mother', 'family'),
    person(mediator, 'Siobhán Kelly', 'Mediator', 'professional'),
    { type: 'set-chair', participantId: mediator },
    { type: 'set-miam-party', partyId: mother },
    { type: 'mark-explained', item: 'how-it-works', covered: true },
    { type: 'mark-explained', item: 'voluntary', covered: true },
    { type: 'mark-explained', item: 'confidentiality', covered: true },
    { type: 'answer-screening', questionId: 'afraid', answer: 'no' },
    { type: 'answer-screening', questionId: 'harassment', answer: 'yes' },
    { type: 'answer-screening', questionId: 'stuck-arguments', answer: 'yes' },
    { type: 'answer-screening', questionId: 'violence', answer: 'not-sure' },
  ])
  await openApp(page, host.current())
  await importMeeting(page, miam, 'miam.json')
  await page.getByRole('tab', { name: 'Screening and suitability' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Suggested:' })).toContainText('lower risk')
  await page.screenshot({ path: join(folder, 'miam-screening.png'), fullPage: true })
})

test('a page image of a parenting plan, as LibreOffice lays it out', async () => {
  const work = await mkdtemp(join(tmpdir(), 'convene-plan-'))
  try {
    const mother = randomUUID()
    const father = randomUUID()
    const mediator = randomUUID()
    const person = (id: string, name: string, role: string, group: 'family' | 'professional') =>
      addPerson(name, group, role, '', id)
    const session = applyAll(
      aMediationMeeting({ kind: 'mediation-session', familyName: 'Byrne', date: '2026-12-09' }),
      [
        person(mediator, 'Siobhán Kelly', 'Family mediator', 'professional'),
        person(mother, 'Anna Byrne', 'Mother', 'family'),
        person(father, 'Ben Ó Briain', 'Father', 'family'),
        { type: 'set-chair', participantId: mediator },
        {
          type: 'update-parenting-plan',
          patch: {
            livesWith: 'Ciara (9) and Tomás (6) live with Anna during the school week.',
            timeWithEach:
              'The children are with Ben every other weekend, from Friday after school to Sunday at 5 pm, and for tea every Wednesday.',
            handovers:
              'At the school gate on Fridays; at Anna’s mother’s house on Sundays, so that we do not need to meet.',
            holidays:
              'Christmas Eve and Christmas Day with Anna this year and with Ben next year; half of each summer holiday each.',
            schoolAndHealth:
              'We both get school reports and go to parents’ evenings. Anna books the dentist and tells Ben.',
            communication:
              'We write to each other about the children in the co-parenting app, and reply within two days.',
            review: 'We will look at this plan again in June 2027, with the mediator if either of us wants.',
          },
        },
        ...agreementSigned([
          [mother, 'Anna Byrne'],
          [father, 'Ben Ó Briain'],
        ]),
        { type: 'close-session', outcome: 'agreed' },
      ],
      // Applied on the session's day: what it reached can be signed from then.
      '2026-12-09T10:00:00.000Z',
    )
    const plan = (
      await renderDocuments(session, {
        signature: {
          name: 'Siobhán Kelly',
          role: 'Family mediator',
          signedAt: '2026-12-09T16:10:00.000Z',
          image: null,
        },
      })
    ).find((document) => document.fileName.startsWith('parenting-plan'))
    if (!plan) throw new Error('No plan')
    await writeFile(join(work, 'plan.docx'), plan.data)
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'plan.docx')],
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
      '1',
      join(work, 'plan.pdf'),
      join(work, 'page'),
    ])
    await copyFile(join(work, 'page-1.png'), join(folder, 'parenting-plan-page-1.png'))
  } finally {
    await rm(work, { recursive: true, force: true })
  }
})

test('screenshots of a shuttle session: notes for each parent’s room, and what was agreed', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const mother = randomUUID()
  const father = randomUUID()
  const mediator = randomUUID()
  const note = (
    text: string,
    visibility: { to: 'party'; partyId: string } | { to: 'everyone' },
    speakerId: string,
  ) => ({
    type: 'add-note' as const,
    noteId: randomUUID(),
    sectionKey: 'issues',
    speakerId,
    text,
    visibility,
    verbatim: false,
  })
  const session = applyAll(
    aMediationMeeting({ kind: 'mediation-session', familyName: 'Byrne', date: '2026-12-09' }),
    [
      person(mediator, 'Siobhán Kelly', 'Family mediator', 'professional'),
      person(mother, 'Anna Byrne', 'Mother', 'family'),
      person(father, 'Ben Ó Briain', 'Father', 'family'),
      { type: 'set-chair', participantId: mediator },
      note(
        'Anna would like the children with her during the school week.',
        { to: 'party', partyId: mother },
        mother,
      ),
      note('Ben wants more time with the children at weekends.', { to: 'party', partyId: father }, father),
      note('Both want handovers where they do not have to meet.', { to: 'everyone' }, mediator),
    ],
  )
  await openApp(page, host.current())
  await importMeeting(page, session, 'session.json')
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await page
    .getByRole('button', { name: /The issues to discuss/ })
    .first()
    .click()
  await page.locator('#note-visibility').click()
  await page.getByRole('option', { name: 'Only Ben Ó Briain and you' }).click()
  // The menu fades out: the picture waits until it has gone.
  await expect(page.locator('.MuiMenu-root')).toHaveCount(0)
  await expect(page.locator('article', { hasText: 'weekends' })).toContainText('Only Ben Ó Briain and you')
  await page.screenshot({ path: join(folder, 'shuttle-session.png') })
})

test('screenshots of a mediation case: its parties, consent, meetings and timeline', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const caseId = randomUUID()
  const mother = randomUUID()
  const father = randomUUID()
  const mediator = randomUUID()
  const miamWith = (partyId: string, date: string) =>
    applyAll({ ...aMediationMeeting({ familyName: 'Wiśniewska', date }), caseId }, [
      person(mediator, 'Siobhán Kelly', 'Family mediator', 'professional'),
      person(mother, 'Katarzyna Wiśniewska', 'Mother', 'family'),
      person(father, 'Tomasz Wiśniewski', 'Father', 'family'),
      { type: 'set-chair', participantId: mediator },
      { type: 'set-miam-party', partyId },
      ...explainedItems.map((item): MeetingCommandInput => ({ type: 'mark-explained', item, covered: true })),
      ...defaultQuestionSet.questions.map((question): MeetingCommandInput => ({
        type: 'answer-screening',
        questionId: question.id,
        answer: 'no',
      })),
      { type: 'decide-suitability', patch: { suitability: 'suitable', reason: 'Both want to try.' } },
      { type: 'close-miam', outcome: 'going-ahead' },
    ])
  await openApp(page, host.current())
  await importMeeting(page, miamWith(mother, '2026-11-16'), 'miam-1.json')
  await expect(page.getByRole('heading', { level: 1, name: 'Wiśniewska family' })).toBeVisible()
  await page.evaluate(() => (window.location.hash = '#/'))
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible()
  await importMeeting(page, miamWith(father, '2026-11-18'), 'miam-2.json')
  await expect(page.getByText('18/11/2026', { exact: false }).first()).toBeVisible()
  await page.locator('#open-case').click()
  await expect(page.getByRole('region', { name: 'Meetings' }).getByRole('listitem')).toHaveCount(2)
  const hers = page.getByRole('region', { name: /Katarzyna/ })
  await hers.getByLabel('Telephone').fill('07700 900461')
  await hers.getByLabel('Interpreter needed').fill('Polish')
  await hers.getByLabel('Separate waiting areas').check()
  await hers.getByLabel('Date Katarzyna Wiśniewska consented').fill('18/11/2026')
  await hers.getByRole('button', { name: 'Record consent' }).click()
  await expect(hers).toContainText('Consent to mediation given on 18/11/2026')
  await page.getByLabel('Referred by').fill('Self-referral, after a solicitor’s advice')
  await page.getByLabel('Arrangements for the children').check()
  await page.getByRole('heading', { level: 1 }).focus()
  await page.screenshot({ path: join(folder, 'mediation-case.png'), fullPage: true })
})
