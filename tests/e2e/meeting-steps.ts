import { join } from 'node:path'
import type { Download, Page } from '@playwright/test'
import { expect, openNewMeeting } from './fixtures.ts'
import { keysOf, typeLikeAPerson } from './typist.ts'

/** Creates a meeting of a kind from the New meeting form and waits for it to open. */
export async function newMeeting(
  page: Page,
  kind: string,
  familyName: string,
  date = '02/12/2026',
): Promise<void> {
  await openNewMeeting(page)
  await page.getByLabel(kind).check()
  await page.getByLabel('Date of the meeting').fill(date)
  await page.getByLabel('Family name').fill(familyName)
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${familyName} family` })).toBeVisible()
}

/** Creates a meeting from the meetings list and opens it at 'In the meeting'. */
export async function liveMeeting(
  page: Page,
  familyName = 'Nowak',
  kind = 'Initial child protection conference',
): Promise<void> {
  await newMeeting(page, kind, familyName)
  await page.getByRole('tab', { name: 'In the meeting' }).click()
}

/** Adds a family member or professional on 'Before the meeting'. */
export async function addPerson(
  page: Page,
  group: 'family' | 'professional',
  name: string,
  role: string,
  attendance?: 'Present',
): Promise<void> {
  await page.getByRole('tab', { name: 'Before the meeting' }).click()
  await page.locator(group === 'family' ? '#add-family-member' : '#add-professional').click()
  await page.locator('#person-name').fill(name)
  await page.locator('#person-role').fill(role)
  if (attendance) {
    await page.locator('#person-attendance').click()
    await page.getByRole('option', { name: attendance }).click()
  }
  await page
    .getByRole('button', { name: group === 'family' ? 'Add family member' : 'Add professional' })
    .click()
  await expect(page.getByRole('dialog')).toBeHidden()
}

/** Types a note in the capture box, adds it, and waits until it is saved. */
export async function note(page: Page, text: string): Promise<void> {
  // Typed where the focus is, as a minute taker goes on typing after choosing the speaker: a key press for
  // each letter, as a keyboard in any layout (Polish, Arabic) sends it. (Playwright's own typing sends a
  // letter not on an American keyboard as an input method's words; those are tested on their own.)
  await typeLikeAPerson(page, [...keysOf(text), 'Enter'], 10)
  await expect(page.locator('article', { hasText: text.slice(0, 40) })).toHaveAttribute('data-state', 'saved')
}

/** Downloads every document a closed session offers, into the work folder. */
export async function downloadCopies(
  page: Page,
  folder: string,
  count: number,
): Promise<ReadonlyArray<string>> {
  const copies: string[] = []
  const done = new Promise<void>((resolve) => {
    const listener = async (download: Download) => {
      const path = join(folder, download.suggestedFilename())
      await download.saveAs(path)
      copies.push(path)
      if (copies.length === count) {
        page.off('download', listener)
        resolve()
      }
    }
    page.on('download', listener)
  })
  await page
    .getByRole('region', { name: 'Session closed' })
    .getByRole('button', { name: 'Download each parent’s copy (signed Word documents)' })
    .click()
  await done
  return copies
}
