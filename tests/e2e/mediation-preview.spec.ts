import type { Page } from '@playwright/test'
import type { ConveneApi } from '../../shared/contract/api.ts'
import { expect, expectNoAxeViolations, openApp, test, openNewMeeting } from './fixtures.ts'
import { note } from './meeting-steps.ts'

const privateWords = 'Sam said in private time that handovers at the station frighten them.'

/** Asks main, from the page, as a room view or a download would. */
async function ask(page: Page, meetingId: string) {
  return page.evaluate(async (id) => {
    const convene = (window as unknown as { convene: ConveneApi }).convene
    const [view, presenter, documents] = await Promise.all([
      convene.meetings.roomView(id),
      convene.presenter.open(id),
      convene.meetings.exportDocuments(id, null),
    ])
    return { view, presenter, documents }
  }, meetingId)
}

test('a MIAM is a preview: it says so, offers no room view and no documents, and main refuses both', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await openNewMeeting(page)
  await page.getByLabel('Mediation information and assessment meeting (MIAM)').check()
  await expect(page.getByText('Mediation is a preview in this version of Convene')).toBeVisible()
  await page.getByLabel('Date of the meeting').fill('02/12/2026')
  await page.getByLabel('Family name').fill('Byrne')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Byrne family' })).toBeVisible()
  const meetingId = /#\/meetings\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? ''
  expect(meetingId).not.toBe('')

  await expect(page.locator('#kind-preview')).toContainText('A preview')
  await expectNoAxeViolations(page, 'a MIAM, before the meeting')

  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await note(page, privateWords)
  await expect(page.getByRole('button', { name: 'Show to the room' })).toHaveCount(0)

  // A MIAM decides nothing a conference decides: its kind shows no Decision and plan tab, so there is no
  // draft to download; the preview notice is on each tab but the live one.
  await expect(page.getByRole('tab', { name: 'Decision and plan' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Download a draft' })).toHaveCount(0)
  await page.getByRole('tab', { name: 'Language check' }).click()
  await expect(page.locator('#kind-preview')).toBeVisible()

  const answers = await ask(page, meetingId)
  expect(answers.view).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  expect(answers.presenter).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  expect(answers.documents).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  expect(JSON.stringify(answers)).not.toContain(privateWords)

  // The room view's own address, opened from the app by hand, shows the refusal and nothing of the meeting.
  const [room] = await Promise.all([
    page.waitForEvent('popup'),
    page.evaluate((id) => void window.open(`${location.pathname}#/presenter/${id}`, 'room'), meetingId),
  ])
  await expect(room.getByText('cannot be shown to the room yet')).toBeVisible()
  await expect(room.getByText(privateWords)).toHaveCount(0)
  await expect(room.getByText('Private time: safety')).toHaveCount(0)
})

test('a conference still offers the room view and a draft', async ({ page, host }) => {
  await openApp(page, host.current())
  await openNewMeeting(page)
  await page.getByLabel('Initial child protection conference').check()
  await expect(page.getByText('Mediation is a preview')).toHaveCount(0)
  await page.getByLabel('Date of the meeting').fill('02/12/2026')
  await page.getByLabel('Family name').fill('Nowak')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nowak family' })).toBeVisible()
  await expect(page.locator('#kind-preview')).toHaveCount(0)
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await expect(page.getByRole('button', { name: 'Show to the room' })).toBeVisible()
  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await expect(page.getByRole('button', { name: 'Download a draft' })).toBeVisible()
})
