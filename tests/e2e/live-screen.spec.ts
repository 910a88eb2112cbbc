import type { Page } from '@playwright/test'
import { test, expect, openApp, expectAllSaved, expectNoAxeViolations, noteBox } from './fixtures.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { applyAll } from '../helpers/commands.ts'
import { liveConference } from '../helpers/live-meeting.ts'
import type { RunningHost } from '../helpers/host-process.ts'

/** Imports a meeting and opens it at 'In the meeting'. */
async function openLive(page: Page, meeting: Meeting): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'kowalski.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeInterchange(meeting, new Date('2026-12-02T12:00:00Z'))),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Kowalski family' })).toBeVisible()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
}

/** Opens the live conference at its safety scale (section 8), as the chair does with Ctrl+8. */
async function openAtTheScale(page: Page, host: RunningHost): Promise<void> {
  await openApp(page, host)
  await openLive(page, liveConference())
  await noteBox(page).focus()
  await page.keyboard.press('Control+8')
}

test('the room’s screen words each danger statement once, and follows the section the chair is on', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await openLive(page, liveConference())
  const [room] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Show to the room' }).click(),
  ])
  await room.setViewportSize({ width: 1280, height: 720 })
  const scale = room.locator('[data-section="scaling"]')
  await expect(scale).toContainText(
    'We are worried that Zosia will be frightened and hurt if the arguments at night carry on.',
  )
  await expect(scale).not.toContainText('We are worried that We are worried that')
  await expect(scale).toContainText(
    'Everyone will know Zosia is safe when she sleeps through the night in a calm home.',
  )
  await expect(scale).not.toContainText('We will know the child is safe when Everyone')

  await noteBox(page).focus()
  await page.keyboard.press('Control+8')
  await expect(scale).toBeInViewport()
  await page.keyboard.press('Control+1')
  await expect(room.locator('[data-section="welcome"]')).toBeInViewport()
  await expect(scale).not.toBeInViewport()
})

test('the safety scale lists the people in the room, not the chair, the minute taker or anyone absent', async ({
  page,
  host,
}) => {
  await openAtTheScale(page, host.current())
  const scores = page.getByRole('list', { name: 'Scores' })
  await expect(scores).toContainText('Anna Kowalska')
  await expect(scores).toContainText('Tom Price')
  for (const absent of ['Helen Okafor', 'Jamie Reid', 'Grace Obi'])
    await expect(scores).not.toContainText(absent)
  // Each score is named with whose it is, for a screen reader's list of fields.
  await expect(scores.getByRole('combobox', { name: 'Score given by Anna Kowalska' })).toHaveCount(1)

  // Nor is someone who sent apologies offered as a speaker.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('grace')
  await expect(page.getByText('Nobody with that name or role')).toBeVisible()
  await page.keyboard.press('Escape')
})

test('Tab goes round the capture box and on out of it, and a danger statement added is ready to type in', async ({
  page,
  host,
}) => {
  await openAtTheScale(page, host.current())
  const focused = (): Promise<string> => page.evaluate(() => document.activeElement?.id ?? '')

  // The note is between the speaker and 'Add note', both ways.
  await page.locator('#speaker').focus()
  for (const [key, lands] of [
    ['Tab', 'note-frame'],
    ['Tab', 'add-note'],
    ['Shift+Tab', 'note-frame'],
    ['Shift+Tab', 'speaker'],
  ] as const) {
    await page.keyboard.press(key)
    await expect.poll(focused).toBe(lands)
  }
  // A switch reached with the keyboard shows a ring, not only a grey fill like its pressed state's.
  await page.locator('#add-note').focus()
  await page.keyboard.press('Tab')
  expect(await focused()).toBe('note-not-for-family')
  const ring = await page.locator('#note-not-for-family').evaluate((button) => {
    const style = getComputedStyle(button)
    return `${style.outlineStyle} ${style.outlineWidth}`
  })
  expect(ring).toBe('solid 2px')

  // From the box's last control Tab goes on, round to the top of the page and down to the danger
  // statements: before, it went back into the note, and round the box for ever.
  await page.locator('#language-assistant-on').focus()
  const seen: string[] = []
  for (let press = 0; press < 150 && (await focused()) !== 'add-danger-statement'; press += 1) {
    await page.keyboard.press('Tab')
    seen.push(await focused())
  }
  expect(seen[0]).not.toBe('note-frame')
  expect(await focused()).toBe('add-danger-statement')

  // Enter adds a statement and its first field takes the focus as it shows: typed straight on.
  await page.keyboard.press('Enter')
  const added = page.getByRole('textbox', { name: 'Danger statement 2' })
  await expect(added).toBeVisible()
  await page.keyboard.type('Zosia will miss school if the mornings stay this hard.')
  await expect(added).toHaveValue('Zosia will miss school if the mornings stay this hard.')
  await expectAllSaved(page)

  // Paging the board back to its first sections disables '‹ Earlier sections': the focus stays on the board.
  const earlier = page.getByRole('button', { name: /Earlier sections/ })
  await expect(earlier).toBeEnabled()
  await earlier.focus()
  for (let press = 0; press < 5 && (await earlier.isEnabled()); press += 1) await page.keyboard.press('Enter')
  await expect(earlier).toBeDisabled()
  const board = page.getByRole('region', { name: 'The board: notes by section' })
  await expect(board).toBeFocused()
  await expect(board.locator('[data-section="scaling"]')).toHaveCount(0)
  // A note added to the current section brings it back into the board, where it can be seen.
  await noteBox(page).focus()
  await page.keyboard.type('Everyone agreed the scale was about the nights.')
  await page.keyboard.press('Enter')
  await expect(
    board.locator('[data-section="scaling"] article', { hasText: 'Everyone agreed the scale' }),
  ).toBeVisible()
})

test('a note put to the wrong person is put right: Edit changes who said it', async ({ page, host }) => {
  await openApp(page, host.current())
  await openLive(page, liveConference())
  const card = page.locator('article', { hasText: 'School has noticed Zosia is tired on Mondays.' })
  await expect(card).toContainText('Mohammed Rahman:')
  await card.getByRole('button', { name: /Actions for the note/ }).click()
  await page.getByRole('menuitem', { name: 'Edit the words or who said it' }).click()
  const who = card.getByLabel('Who said it')
  await who.click()
  await who.fill('sarah')
  await page.keyboard.press('Enter')
  await expect(card.getByLabel('Edit the note')).toBeFocused()
  // Typed straight on: the words go at the end of the note, where the caret opens.
  await page.keyboard.type(' Since half term.')
  await page.keyboard.press('Enter')
  await expect(card).toContainText('Sarah Jones:')
  await expect(card).toContainText('School has noticed Zosia is tired on Mondays. Since half term.')
  await expectAllSaved(page)
  await page.reload()
  const again = page.locator('article', { hasText: 'School has noticed Zosia is tired on Mondays.' })
  await expect(again).toContainText('Sarah Jones:')
  // Edit, and the words typed at once go at the end of the note, not before it.
  await again.getByRole('button', { name: /Actions for the note/ }).click()
  await page.getByRole('menuitem', { name: 'Edit the words or who said it' }).click()
  await page.keyboard.type(' Better this week.')
  await page.keyboard.press('Enter')
  await expect(again).toContainText('Since half term. Better this week.')
})

test('signed minutes take no notes: the box says so, and comes back when a correction starts', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  const meeting = liveConference()
  await openLive(page, applyAll(meeting, [{ type: 'sign-off', openItems: ['Test'], reason: 'For the test' }]))
  const notice = page.getByRole('region', { name: 'The minutes are signed' })
  await expect(notice).toContainText('No more notes can be added')
  await expect(noteBox(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Actions for the note/ })).toHaveCount(0)
  await expectNoAxeViolations(page, 'the live screen of signed minutes')

  // Nothing on screen invites typing that signed minutes would refuse and lose: the child's words, the
  // purpose of the meeting.
  await page
    .getByRole('navigation', { name: 'Agenda' })
    .getByRole('button', { name: /The child's voice/ })
    .click()
  const words = page.locator('[id$="-words"]').first()
  await expect(words).toBeVisible()
  await expect(words).toBeDisabled()
  await page.getByRole('tab', { name: 'Before the meeting' }).click()
  await expect(page.getByText('These minutes are signed and locked')).toBeVisible()
  await expect(page.getByLabel('Purpose of the meeting')).toBeDisabled()

  await page.getByRole('tab', { name: 'Decision and plan' }).click()
  await page.getByRole('button', { name: 'Start a correction…' }).click()
  await page.getByLabel('What is being corrected').fill('A note was put to the wrong person')
  await page.getByLabel('Who asked for it').fill('Sarah Jones')
  await page.getByRole('button', { name: 'Start the correction' }).click()
  await expect(page.getByText('Correction under way')).toBeVisible()
  await page.getByRole('tab', { name: 'In the meeting' }).click()
  await expect(noteBox(page)).toBeVisible()
  await expect(notice).toHaveCount(0)
})

test('a note that runs to many lines pushes the board up rather than covering it, and gives the room back when added', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp(page, host.current())
  await openLive(page, liveConference())
  const board = page.locator('#live-notes')
  const box = page.getByRole('region', { name: 'Add a note' })
  const gapBelowBoard = async (): Promise<number> => {
    const [notes, capture] = await Promise.all([board.boundingBox(), box.boundingBox()])
    if (!notes || !capture) throw new Error('The board or the capture box is not on the screen')
    return capture.y - (notes.y + notes.height)
  }
  const before = await box.boundingBox()
  // Typed straight on, as a minute taker does: Zosia's words run to five lines or so.
  await noteBox(page).pressSequentially(
    'Zosia told her teacher that she hides under the duvet when the shouting starts, and that she is scared to go home on Fridays because Dad comes round then and the arguments are worse; she said she wants Mum to be safe and she wants the shouting to stop.',
  )
  await expect
    .poll(async () => (await box.boundingBox())?.height ?? 0)
    .toBeGreaterThan((before?.height ?? 0) + 40)
  await expect.poll(gapBelowBoard).toBeGreaterThanOrEqual(0)
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await box.boundingBox())?.height ?? 0).toBe(before?.height ?? 0)
  await expect.poll(gapBelowBoard).toBeGreaterThanOrEqual(0)
  // The board takes back the room the long note had: it reaches down to the box again.
  await expect.poll(gapBelowBoard).toBeLessThan(24)
})

test('starting, ending and carrying on the meeting stay in sight at the foot of a long agenda at 1366×768', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp(page, host.current())
  await openLive(page, liveConference())
  const agenda = page.getByRole('navigation', { name: 'Agenda' })
  /** True when the button is drawn whole and nothing covers its middle. */
  const inSight = (name: string) =>
    agenda.getByRole('button', { name }).evaluate((button) => {
      const box = button.getBoundingClientRect()
      const rail = button.closest('nav')?.getBoundingClientRect()
      const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return (
        rail !== undefined &&
        box.top >= rail.top &&
        box.bottom <= rail.bottom &&
        box.bottom <= window.innerHeight &&
        (middle === button || button.contains(middle))
      )
    })
  await agenda.getByRole('button', { name: 'End the meeting' }).click()
  await expect.poll(() => inSight('Carry on the meeting')).toBe(true)
  // However far the agenda is scrolled.
  await agenda.evaluate((rail) => rail.scrollTo({ top: 0 }))
  await expect.poll(() => inSight('Carry on the meeting')).toBe(true)
})
