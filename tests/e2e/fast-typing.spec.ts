import type { Page } from '@playwright/test'
import { test, expect, openApp, noteBox } from './fixtures.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import type { ConveneApi } from '../../shared/contract/api.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { aMeeting } from '../helpers/builders.ts'
import { addPerson, applyAll } from '../helpers/commands.ts'
import { meetingWithNotes } from '../helpers/meeting-with-notes.ts'
import { inputMethod, keysOf, typeLikeAPerson } from './typist.ts'

/** A dozen notes as a minute taker hears them: [letters typed to find the speaker (null: same speaker), who, words]. */
const heard: ReadonlyArray<readonly [string | null, string, string]> = [
  ['sar', 'Sarah Jones', 'Sarah said the bus is earlier now, so Zosia gets breakfast at school.'],
  ['anna', 'Anna Kowalska', 'There have been no arguments at night since Piotr moved to day shifts.'],
  [null, 'Anna Kowalska', 'Anna wants Zosia to have her friends round at the weekend.'],
  ['moh', 'Mohammed Rahman', 'Zosia has been at school every day since September; her reading is better.'],
  ['piotr', 'Piotr Kowalski', 'Piotr will do the school run on Tuesdays and Thursdays.'],
  ['hv', 'Sarah Jones', 'The flat is cold and damp; the heating has been broken for three weeks.'],
  ['jam', 'Jamie Reid', 'Jamie will visit every two weeks, one visit unannounced.'],
  [null, 'Jamie Reid', 'Jamie asked Anna what helps on a bad morning.'],
  ['anna', 'Anna Kowalska', 'Łucja from next door takes Zosia in when Anna starts early. Żółć, ğ, é.'],
  ['police', 'Hamid Qureshi', 'No charges were brought after the two call-outs in the spring.'],
  ['sar', 'Sarah Jones', 'Sarah will ask the GP about the referral by Friday.'],
  ['piotr', 'Piotr Kowalski', 'Piotr said: "I want her to feel safe at home, that is all."'],
]

/** A four-hour meeting's worth of notes already taken, so every added note redraws a long record. */
function theMeeting(): Meeting {
  const earlier = meetingWithNotes(1000).notes
  return applyAll(aMeeting({ familyName: 'Kowalski', notes: earlier }), [
    addPerson('Anna Kowalska', 'family', 'Mother'),
    addPerson('Piotr Kowalski', 'family', 'Father'),
    addPerson('Sarah Jones', 'professional', 'Health visitor', 'NHS'),
    addPerson('Jamie Reid', 'professional', 'Social worker', "Children's Services"),
    addPerson('Mohammed Rahman', 'professional', 'Head teacher', 'Oak Primary School'),
    addPerson('Hamid Qureshi', 'professional', 'Police officer', 'Hampshire Police'),
  ])
}

/** The keys for one note: Ctrl+K and the speaker's letters and Enter where the speaker changes, the words, Enter. */
function keysFor([letters, , words]: (typeof heard)[number]): ReadonlyArray<string> {
  const speaker = letters === null ? [] : ['Control+k', ...letters, 'Enter']
  return [...speaker, ...words, 'Enter']
}

async function openLive(page: Page, meeting: Meeting): Promise<void> {
  const imported = await page.evaluate(
    async (file) => (window as unknown as { convene: ConveneApi }).convene.meetings.importInterchange(file),
    writeInterchange(meeting, new Date('2026-12-02T09:00:00Z')),
  )
  if (!imported.ok || !imported.value.imported) throw new Error('The meeting could not be imported')
  await page.goto(page.url().replace(/#.*/, `#/meetings/${imported.value.meeting.id}/live`))
  // The meeting opens ready to type: the focus is in the note box.
  await expect(noteBox(page)).toBeFocused()
}

/** The notes added to the meeting since it was imported, in order, as [who said it, the words]. */
async function notesAdded(page: Page, meeting: Meeting): Promise<Array<[string | null, string]>> {
  const saved = await page.evaluate(
    async (id) => (window as unknown as { convene: ConveneApi }).convene.meetings.get(id),
    meeting.id,
  )
  if (!saved.ok) throw new Error(saved.error.message)
  const names = new Map(saved.value.meeting.participants.map((person) => [person.id, person.name]))
  return saved.value.meeting.notes
    .slice(meeting.notes.length)
    .map((note) => [note.speakerId === null ? null : (names.get(note.speakerId) ?? null), note.text])
}

/**
 * A slow typist's dozen notes (150 ms a key: each save done before the next key) and a fast one's (60 ms:
 * saves overlap the typing), speaker changes, same-speaker notes, Polish letters and quotes among them; and
 * every key at once (0 ms), as keys typed while a busy laptop's page is working arrive together.
 */
for (const delay of [150, 60, 0]) {
  test(`a dozen notes typed at ${delay} ms a key, speaker changes and all, reach the record whole and in order`, async ({
    page,
    host,
  }) => {
    test.setTimeout(240_000)
    await openApp(page, host.current())
    const meeting = theMeeting()
    await openLive(page, meeting)
    await typeLikeAPerson(page, heard.flatMap(keysFor), delay)

    await expect(
      page.locator('article[data-state="saved"]', { hasText: heard.at(-1)?.[2] ?? '' }),
    ).toHaveCount(1)
    // The record keeps notes in the order they were added.
    expect(await notesAdded(page, meeting)).toEqual(heard.map(([, speaker, words]) => [speaker, words]))
    await expect(noteBox(page)).toHaveValue('')
  })
}

test('a note typed straight after moving to the next section goes into that section, however fast', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  const meeting = theMeeting()
  await openLive(page, meeting)
  const first = meeting.agenda[0]?.key ?? ''
  const keys: string[] = []
  // Five moves on, each followed at once by a one-letter note, at 20 ms a key.
  for (const letter of ['a', 'b', 'c', 'd', 'e']) keys.push('Control+.', letter, 'Enter')
  await typeLikeAPerson(page, keys, 20)
  const notesNow = async () => {
    const saved = await page.evaluate(
      async (id) => (window as unknown as { convene: ConveneApi }).convene.meetings.get(id),
      meeting.id,
    )
    if (!saved.ok) throw new Error(saved.error.message)
    return saved.value.meeting.notes
  }
  await expect.poll(async () => (await notesNow()).length).toBe(meeting.notes.length + 5)
  const added = (await notesNow()).slice(meeting.notes.length).map((note) => [note.text, note.sectionKey])
  const sections = meeting.agenda.map((section) => section.key)
  expect(first).toBe(sections[0])
  expect(added).toEqual(['a', 'b', 'c', 'd', 'e'].map((text, index) => [text, sections[index + 1]]))
})

/**
 * Words from an input method or dictation (no key press of their own) and emoji, straight after choosing a
 * speaker, at a steady 60 ms: each in its note, with its speaker. (All at once, 0 ms, about one run in six
 * still loses the first note's input-method words: see docs/architecture.md, known limits.)
 */
for (const delay of [60]) {
  test(`words from an input method and emoji, typed at ${delay} ms straight after a speaker is chosen, reach the right note`, async ({
    page,
    host,
  }) => {
    await openApp(page, host.current())
    const meeting = theMeeting()
    await openLive(page, meeting)
    const keys = [
      ...[
        'Control+k',
        ...keysOf('anna'),
        'Enter',
        inputMethod('Łucja'),
        ...keysOf(' says '),
        inputMethod('żółć'),
      ],
      ...keysOf(' 👍🏽 ok'),
      'Enter',
      ...[
        'Control+k',
        ...keysOf('hv'),
        'Enter',
        inputMethod('王芳'),
        inputMethod(' अनिता'),
        ...keysOf(' came'),
        'Enter',
      ],
    ]
    await typeLikeAPerson(page, keys, delay)
    await expect(page.locator('article[data-state="saved"]', { hasText: 'अनिता came' })).toHaveCount(1)
    expect(await notesAdded(page, meeting)).toEqual([
      ['Anna Kowalska', 'Łucja says żółć 👍🏽 ok'],
      ['Sarah Jones', '王芳 अनिता came'],
    ])
  })
}

/**
 * A minute taker who reaches for the mouse mid-note: a flag of the note, the board or the time order, the
 * board's other sections. Typing carries on at once, as it does in a word processor after a toolbar button,
 * never into the control (where a Space would switch the closed part back off).
 */
test('a click on a flag or a view mid-note leaves what is typed next in the note', async ({ page, host }) => {
  await openApp(page, host.current())
  const meeting = theMeeting()
  await openLive(page, meeting)
  await typeLikeAPerson(page, ['Control+k', ...keysOf('police'), 'Enter', ...keysOf('Police told us ')], 30)
  await page.locator('#note-not-for-family').click()
  await typeLikeAPerson(page, keysOf('the stepfather has a caution'), 30)
  await page.locator('#view-timeline').click()
  await typeLikeAPerson(page, keysOf(' for assault'), 30)
  await page.locator('#view-board').click()
  await typeLikeAPerson(page, [...keysOf('.'), 'Enter'], 30)
  await expect(page.locator('article[data-state="saved"]', { hasText: 'caution for assault.' })).toHaveCount(
    1,
  )
  expect(await notesAdded(page, meeting)).toEqual([
    ['Hamid Qureshi', 'Police told us the stepfather has a caution for assault.'],
  ])
  const saved = await page.evaluate(
    async (id) => (window as unknown as { convene: ConveneApi }).convene.meetings.get(id),
    meeting.id,
  )
  if (!saved.ok) throw new Error(saved.error.message)
  // The closed part switched on once, and left on: the note is not the family's.
  expect(saved.value.meeting.notes.at(-1)?.visibility).toEqual({ to: 'professionals' })
  await expect(page.locator('#note-not-for-family')).toHaveAttribute('aria-pressed', 'true')
})

test('what is typed straight after Start the meeting is the first note', async ({ page, host }) => {
  await openApp(page, host.current())
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
  const meeting = applyAll(aMeeting({ familyName: 'Nowak', date: today }), [
    addPerson('Anna Nowak', 'family', 'Mother'),
  ])
  await openLive(page, meeting)
  await page.locator('#start-meeting').click()
  await typeLikeAPerson(page, [...keysOf('Typed at once after Start.'), 'Enter'], 20)
  await expect(page.locator('article[data-state="saved"]', { hasText: 'after Start.' })).toHaveCount(1)
  expect((await notesAdded(page, meeting)).map(([, words]) => words)).toEqual(['Typed at once after Start.'])
})

/**
 * Two ways out of the speaker field a minute taker uses without looking: Escape (Ctrl+K pressed, then
 * thought better of) goes back to the note; Tab takes the person highlighted, as Enter does.
 */
test('Escape from the speaker goes back to the note, and Tab takes the speaker highlighted', async ({
  page,
  host,
}) => {
  await openApp(page, host.current())
  const meeting = theMeeting()
  await openLive(page, meeting)
  await typeLikeAPerson(
    page,
    ['Control+k', ...keysOf('anna'), 'Enter', ...keysOf('Anna says she'), 'Control+k', 'Escape'],
    30,
  )
  await typeLikeAPerson(page, [...keysOf(' will attend every session'), 'Enter'], 30)
  await expect(page.locator('article[data-state="saved"]', { hasText: 'every session' })).toHaveCount(1)
  await page.keyboard.press('Control+k')
  await typeLikeAPerson(page, keysOf('piotr'), 30)
  await page.keyboard.press('Tab')
  await expect(noteBox(page)).toBeFocused()
  await typeLikeAPerson(page, [...keysOf('Piotr will do the school run.'), 'Enter'], 30)
  await expect(page.locator('article[data-state="saved"]', { hasText: 'school run.' })).toHaveCount(1)
  expect(await notesAdded(page, meeting)).toEqual([
    ['Anna Kowalska', 'Anna says she will attend every session'],
    ['Piotr Kowalski', 'Piotr will do the school run.'],
  ])
})
