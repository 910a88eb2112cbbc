import {
  test,
  expect,
  openApp,
  expectAllSaved,
  expectNoAxeViolations,
  noteBox,
  noteMarks,
} from './fixtures.ts'
import { addPerson, liveMeeting, note } from './meeting-steps.ts'

test.describe('the restorative-language assistant', () => {
  test.beforeEach(async ({ page, host }) => {
    await openApp(page, host.current())
    await liveMeeting(page)
    await addPerson(page, 'family', 'Sarah Nowak', 'Mother')
    await addPerson(page, 'professional', 'Priya Shah', 'Social worker')
    await page.getByRole('tab', { name: 'In the meeting' }).click()
  })

  test('underlines wordings as you type, explains them, and rewords with one key', async ({ page }) => {
    const field = noteBox(page)
    await field.focus()
    await page.keyboard.type('Mum failed to attend the CIN meeting.')
    const status = page.locator('#note-language-status')
    await expect(status).toHaveText('3 wording suggestions (Ctrl+Alt+J)')
    await expect(noteMarks(page)).toHaveText(['Mum', 'failed to', 'CIN'])

    await page.keyboard.press('Control+Home')
    await page.keyboard.press('Control+J')
    const popover = page.getByRole('dialog', { name: '‘Mum’' })
    await expect(popover).toBeVisible()
    await expect(popover).toContainText('Use her name')
    await expect(popover.getByRole('button', { name: 'Sarah', exact: true })).toBeFocused()
    await expectNoAxeViolations(page, 'language popover')
    await page.keyboard.press('1')
    await expect(popover).toBeHidden()
    await expect(field).toHaveValue('Sarah failed to attend the CIN meeting.')
    await expect(field).toBeFocused()

    // The browser's own undo takes a rewording back, and redo puts it in again.
    await page.keyboard.press('Control+Z')
    await expect(field).toHaveValue('Mum failed to attend the CIN meeting.')
    await page.keyboard.press('Control+Shift+Z')
    await expect(field).toHaveValue('Sarah failed to attend the CIN meeting.')

    await page.keyboard.press('Control+J')
    await expect(page.getByRole('dialog', { name: '‘failed to’' })).toBeVisible()
    await page.keyboard.press('1')
    await expect(field).toHaveValue('Sarah did not attend the CIN meeting.')

    // Keep the acronym here: it goes from this note, and the note is added with the choice kept.
    await page.keyboard.press('Control+J')
    await expect(page.getByRole('dialog', { name: '‘CIN’' })).toContainText('child in need')
    await page.keyboard.press('k')
    await expect(status).toHaveText('')
    await expect(field).toBeFocused()
    await page.keyboard.press('End')
    await page.keyboard.type(' She was unwell.')
    await page.waitForTimeout(500)
    await expect(status).toHaveText('')
    await page.keyboard.press('Enter')
    await expect(page.locator('article', { hasText: 'Sarah did not attend' })).toHaveAttribute(
      'data-state',
      'saved',
    )
    await expectAllSaved(page)

    // Someone's own words are theirs: nothing is suggested in them.
    await page.keyboard.press('Control+Shift+O')
    await page.keyboard.type('Mum is always shouting at me')
    await page.waitForTimeout(500)
    await expect(status).toHaveText('')
    await page.keyboard.press('Control+Shift+O')
    await expect(status).toHaveText('2 wording suggestions (Ctrl+Alt+J)')

    // The note was added with 'CIN' kept in it: the meeting's check does not list it.
    await page.getByRole('tab', { name: 'Language check' }).click()
    await expect(page.getByRole('region', { name: 'Wordings kept' })).toContainText('‘CIN’ in one note')
    await expect(page.getByRole('region', { name: 'Suggestions, note by note' })).toContainText(
      'No suggestions',
    )
  })

  test('a wording kept for the meeting is not suggested again until asked; the check lists the rest', async ({
    page,
  }) => {
    await note(page, 'Dad was hostile when the social worker visited.')
    await note(page, 'Sarah has been in denial about the bruising.')
    const field = noteBox(page)
    await field.focus()
    await page.keyboard.type('He was hostile again on Friday.')
    await expect(page.locator('#note-language-status')).toHaveText('1 wording suggestion (Ctrl+Alt+J)')
    await page.keyboard.press('Control+J')
    await page.keyboard.press('m')
    await expect(page.locator('#note-language-status')).toHaveText('')
    await page.keyboard.press('Enter')
    await expectAllSaved(page)

    await page.getByRole('tab', { name: 'Language check' }).click()
    await expect(page).toHaveURL(/\/language$/)
    const findings = page.getByRole('region', { name: 'Suggestions, note by note' })
    await expect(findings.locator('mark')).toHaveText(['in denial'])
    await expect(page.getByRole('region', { name: 'Wordings kept' })).toContainText(
      '‘hostile’ in every note of this meeting',
    )
    await expectNoAxeViolations(page, 'language check')

    await findings
      .getByRole('listitem')
      .filter({ hasText: 'in denial' })
      .getByRole('button', { name: 'Reword this note' })
      .click()
    const editor = findings.getByLabel('Edit the note')
    await expect(editor).toBeFocused()
    await page.keyboard.press('End')
    await page.keyboard.press('Control+J')
    await expect(page.getByRole('dialog', { name: '‘in denial’' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(editor).toBeFocused()
    await editor.fill('Sarah said she did not know how the bruising happened.')
    await page.keyboard.press('Enter')
    await expect(findings.locator('mark')).toHaveCount(0)
    await expect(findings).toContainText('No suggestions')
    await expect(page.getByRole('region', { name: 'Wording suggestions' })).toContainText('0')

    await page.getByRole('button', { name: 'Suggest again: ‘hostile’' }).click()
    await expect(findings.locator('mark')).toHaveText(['hostile', 'hostile'])

    // Going through the list by keyboard: each one kept, the focus goes on to the next, then the heading.
    const keeps = findings.getByRole('button', { name: 'Keep in this note: ‘hostile’' })
    await keeps.first().focus()
    await page.keyboard.press('Enter')
    await expect(keeps).toHaveCount(1)
    await expect(keeps).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(keeps).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Suggestions, note by note' })).toBeFocused()
  })

  test('a rewording leaves the caret where the typing was, so typing straight on carries on the note', async ({
    page,
  }) => {
    const field = noteBox(page)
    await field.focus()
    await page.keyboard.type('Mum failed to attend the appointment.')
    await expect(page.locator('#note-language-status')).toHaveText('2 wording suggestions (Ctrl+Alt+J)')
    // Straight on, as a minute taker does: a suggestion (from the end, the first), its first rewording, and
    // the next words, which carry on the note at its end.
    await page.keyboard.press('Control+J')
    await expect(page.getByRole('dialog', { name: '‘Mum’' })).toBeVisible()
    await page.keyboard.press('1')
    await page.keyboard.type(' She was unwell.')
    await expect(field).toHaveValue('Sarah failed to attend the appointment. She was unwell.')
    // From the start: the caret stays before the words changed.
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('Control+J')
    await expect(page.getByRole('dialog', { name: '‘failed to’' })).toBeVisible()
    await page.keyboard.press('1')
    await page.keyboard.type('Today ')
    await expect(field).toHaveValue('Today Sarah did not attend the appointment. She was unwell.')
  })

  test('the chair can switch suggestions off, and on again', async ({ page }) => {
    await noteBox(page).fill('Mum is chaotic.')
    await expect(page.locator('#note-language-status')).toHaveText('2 wording suggestions (Ctrl+Alt+J)')
    await page.getByRole('button', { name: 'Wording suggestions', exact: true }).click()
    await expect(page.getByRole('button', { name: 'Wording suggestions', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await expect(page.locator('#note-language-status')).toHaveText('')
    await expect(noteMarks(page)).toHaveCount(0)
    await page.getByRole('tab', { name: 'Language check' }).click()
    await expect(page.getByText('Wording suggestions while you type are off')).toBeVisible()
    await page.getByRole('button', { name: 'Turn them on' }).click()
    await page.getByRole('tab', { name: 'In the meeting' }).click()
    await expect(page.getByRole('button', { name: 'Wording suggestions', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  test('a council adds its own phrase and switches a kind of wording off in settings', async ({ page }) => {
    await page.getByRole('button', { name: 'Settings' }).click()
    const section = page.getByRole('region', { name: 'Wording suggestions' })
    await section.getByRole('button', { name: /Sweeping words/ }).click()
    await section.getByLabel('Look for sweeping words').uncheck()
    await expect(section.getByRole('button', { name: /Sweeping words/ })).toContainText('Not looked for')

    await section.getByLabel('Words to look for').fill('known to services')
    await section.getByRole('button', { name: 'Add this phrase' }).click()
    await expect(section.getByText('Say why, in a few plain words')).toBeVisible()
    await section.locator('#extra-category').click()
    await page.getByRole('option', { name: 'Jargon and acronyms' }).click()
    await section.getByLabel('Why, in plain words').fill('Say which service, and what they did.')
    await section.getByLabel('What to write instead (optional)').fill("known to children's services")
    await section.getByRole('button', { name: 'Add this phrase' }).click()
    await expect(section.getByRole('listitem')).toContainText('‘known to services’')
    await expectNoAxeViolations(page, 'language settings')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect(page.getByText('Settings saved')).toBeVisible()

    await page.getByRole('button', { name: 'Meetings', exact: true }).click()
    await page.getByRole('button', { name: 'Nowak family' }).click()
    await page.getByRole('tab', { name: 'In the meeting' }).click()
    await noteBox(page).focus()
    await page.keyboard.type('Sarah is known to services and is always on time.')
    await expect(page.locator('#note-language-status')).toHaveText('1 wording suggestion (Ctrl+Alt+J)')
    await page.keyboard.press('Control+J')
    const popover = page.getByRole('dialog', { name: '‘known to services’' })
    await expect(popover).toContainText('Say which service, and what they did.')
    await page.keyboard.press('1')
    await expect(noteBox(page)).toHaveValue("Sarah is known to children's services and is always on time.")
  })
  test('underlines a long note’s wordings under their words, however far it has scrolled', async ({
    page,
  }) => {
    await noteBox(page).focus()
    // Twelve lines: more than the box shows, so it scrolls to the last, where the wording is.
    for (let line = 1; line <= 11; line += 1) {
      await page.keyboard.type(`Line ${line} of what the school said.`)
      await page.keyboard.press('Shift+Enter')
    }
    await page.keyboard.type('Mum failed to attend.')
    await expect(noteMarks(page)).toHaveText(['Mum', 'failed to'])
    const frame = page.locator('#note-frame').contentFrame()
    const [mark, field] = await Promise.all([
      frame.locator('#note-layer mark').first().boundingBox(),
      frame.locator('textarea').boundingBox(),
    ])
    const scrolled = await frame
      .locator('textarea')
      .evaluate((textarea) => [textarea.scrollTop, document.getElementById('note-layer')?.scrollTop])
    expect(scrolled[0]).toBeGreaterThan(0)
    expect(scrolled[1]).toBe(scrolled[0])
    // On the last line, in sight.
    expect(mark && field && mark.y > field.y && mark.y + mark.height <= field.y + field.height).toBe(true)
  })
})
