import type { Locator, Page } from '@playwright/test'
import { expect, openApp, test, openNewMeeting } from './fixtures.ts'

// An Arabic and a Hebrew name in English sentences. The browser draws right-to-left text and the digits and
// punctuation beside it as one run unless the name is isolated, so a child's age lands on the name's other
// side and two names swap places. These tests look at where the words are drawn, as a reader sees them.

const arabicChild = 'ليلى الحسن'
const hebrewChild = 'נועה כהן'
const familyName = 'الحسن'

/**
 * The left edge and right edge, on screen, of each piece of text inside an element (found in order, each
 * after the one before), so a test can say which is drawn to the left of which.
 */
async function placesOf(
  element: Locator,
  pieces: ReadonlyArray<string>,
): Promise<Array<{ left: number; right: number }>> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
    const text = nodes.map((node) => node.data).join('')
    const at = (index: number): [Text, number] => {
      let remaining = index
      for (const node of nodes) {
        if (remaining <= node.data.length) return [node, remaining]
        remaining -= node.data.length
      }
      throw new Error('past the end of the text')
    }
    let from = 0
    return wanted.map((piece) => {
      const start = text.indexOf(piece, from)
      if (start < 0) throw new Error(`'${piece}' is not in '${text}'`)
      from = start + piece.length
      const range = document.createRange()
      range.setStart(...at(start))
      range.setEnd(...at(start + piece.length))
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0)
      return {
        left: Math.min(...rects.map((rect) => rect.left)),
        right: Math.max(...rects.map((rect) => rect.right)),
      }
    })
  }, pieces)
}

/** Expects the pieces to be drawn left to right in the order given, each wholly right of the one before. */
async function expectDrawnInOrder(element: Locator, pieces: ReadonlyArray<string>): Promise<void> {
  const places = await placesOf(element, pieces)
  for (let index = 1; index < places.length; index += 1)
    expect(
      places[index]!.left,
      `'${pieces[index]}' should be drawn to the right of '${pieces[index - 1]}'`,
    ).toBeGreaterThanOrEqual(places[index - 1]!.right - 0.5)
}

async function createMeetingWithTwoChildren(page: Page): Promise<void> {
  await openNewMeeting(page)
  await page.getByLabel('Initial child protection conference').check()
  await page.getByLabel('Date of the meeting').fill('02/12/2026')
  await page.getByLabel('Family name').fill(familyName)
  await page.locator('#new-child-add').click()
  await page.locator('#new-child-name-0').fill(arabicChild)
  await page.locator('#new-child-dob-0').fill('14/03/2018')
  await page.locator('#new-child-add').click()
  await page.locator('#new-child-name-1').fill(hebrewChild)
  await page.locator('#new-child-dob-1').fill('20/01/2019')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${familyName} family` })).toBeVisible()
}

test('an Arabic and a Hebrew name keep their places beside ages, commas and words', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  await createMeetingWithTwoChildren(page)

  // The banner: each child's age is drawn after (to the right of) that child's name, in the order given.
  const banner = page.getByRole('status').filter({ hasText: 'old enough to take part' })
  await expect(banner).toBeVisible()
  await expectDrawnInOrder(banner, [arabicChild, '(8)', hebrewChild, '(7)', 'are old enough'])

  // The page's heading: the family's name, then 'family'.
  await expectDrawnInOrder(page.getByRole('heading', { level: 1 }), [familyName, 'family'])

  // The meetings list: the children in the order they were entered, and the family's name before 'family'.
  await page.getByRole('button', { name: 'Meetings', exact: true }).click()
  const row = page.getByRole('row', { name: new RegExp(`${familyName} family`) })
  await expect(row).toBeVisible()
  await expectDrawnInOrder(row.getByRole('cell').first(), [familyName, 'family'])
  await expectDrawnInOrder(row.getByRole('cell').first(), [arabicChild, ',', hebrewChild])
})
