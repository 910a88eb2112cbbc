import type { Page } from '@playwright/test'
import { expect, tabTo, noteBox } from './fixtures.ts'

/** Chooses an option of an MUI select with the keyboard: focus it, open it, type to find, Enter. */
export async function chooseWithKeyboard(page: Page, selector: string, option: string): Promise<void> {
  await tabTo(page, selector)
  await page.keyboard.press('Enter')
  const listbox = page.getByRole('listbox')
  await expect(listbox).toBeVisible()
  for (let press = 0; press < 20; press += 1) {
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '')
    if (focused.trim() === option) break
    await page.keyboard.press('ArrowDown')
  }
  await page.keyboard.press('Enter')
  await expect(listbox).toBeHidden()
}

/** Adds a person through the dialog, with the keyboard alone, as present. */
export async function addPersonByKeyboard(
  page: Page,
  person: {
    readonly group: 'family' | 'professional'
    readonly name: string
    readonly role: string
    readonly agency?: string
  },
): Promise<void> {
  await tabTo(page, person.group === 'family' ? '#add-family-member' : '#add-professional')
  await page.keyboard.press('Enter')
  // Typed straight on, as someone who knows the form does: the dialog's first field must already have it.
  await page.keyboard.type(person.name)
  await page.keyboard.press('Tab')
  await page.keyboard.type(person.role)
  if (person.agency) {
    await page.keyboard.press('Tab')
    await page.keyboard.type(person.agency)
  }
  await chooseWithKeyboard(page, '#person-attendance', 'Present')
  await tabTo(page, 'button[type=submit]')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeHidden()
}

/**
 * Adds a note as a minute taker would: Ctrl+K, a few letters of the speaker, Enter, the note, Enter, all
 * typed straight on, never waiting to see where the focus went.
 */
export async function sayByKeyboard(page: Page, speaker: string | null, text: string): Promise<void> {
  if (speaker) {
    await page.keyboard.press('Control+k')
    await page.keyboard.type(speaker)
    await page.keyboard.press('Enter')
  }
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
  await expect(noteBox(page)).toHaveValue('')
}
