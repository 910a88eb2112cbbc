import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { startHost, type RunningHost } from '../helpers/host-process.ts'
import { conferenceMeeting } from '../helpers/conference-meeting.ts'
import { loadCorpus } from '../helpers/language-evaluation.ts'
import { writeInterchange } from '../../shared/meeting/interchange.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { ConveneApi } from '../../shared/contract/api.ts'
import { ms, report } from './stats.ts'

const passphrase = 'harbour lantern meadow'

/** A conference whose notes are the labelled corpus's minute sentences, over and over: findings and all. */
function meetingOfSentences(count: number): Meeting {
  const base = conferenceMeeting()
  const sentences = loadCorpus().map((sentence) => sentence.text)
  const at = new Date().toISOString()
  return {
    ...base,
    notes: Array.from({ length: count }, (_, index) => ({
      id: randomUUID(),
      sectionKey: base.agenda[index % base.agenda.length]?.key ?? 'welcome',
      speakerId: null,
      text: sentences[index % sentences.length] ?? '',
      visibility: { to: 'everyone' as const },
      verbatim: false,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    })),
  }
}

async function importMeeting(page: Page, meeting: Meeting): Promise<string> {
  const imported = await page.evaluate(
    async (file) => (window as unknown as { convene: ConveneApi }).convene.meetings.importInterchange(file),
    writeInterchange(meeting, new Date()),
  )
  if (!imported.ok || !imported.value.imported)
    throw new Error(`The ${meeting.notes.length}-note meeting could not be imported`)
  return imported.value.meeting.id
}

/**
 * Opens the meeting on 'Before the meeting', then chooses 'Language check' and measures, in the page, the
 * time until the check's figures are on screen and the longest task the main thread ran meanwhile (the
 * longest the page could not answer a key or a click).
 */
async function openLanguageCheck(
  page: Page,
  host: RunningHost,
  meetingId: string,
): Promise<{ readonly time: number; readonly longestTask: number }> {
  await page.goto(host.url.replace(/#.*/, `#/meetings/${meetingId}`))
  await page.locator('#tab-language').waitFor()
  await page.locator('#details-preparation-notes').waitFor()
  return page.evaluate(
    () =>
      new Promise<{ time: number; longestTask: number }>((resolve) => {
        let longestTask = 0
        const tasks = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration)
        })
        tasks.observe({ type: 'longtask' })
        const start = performance.now()
        const done = (): boolean => document.querySelector('[data-language-check="done"]') !== null
        const observer = new MutationObserver(() => {
          if (!done()) return
          observer.disconnect()
          requestAnimationFrame(() => {
            const time = performance.now() - start
            // Long tasks are reported after they end: let the last one arrive.
            setTimeout(() => {
              tasks.disconnect()
              resolve({ time, longestTask })
            }, 100)
          })
        })
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-language-check'],
        })
        ;(document.getElementById('tab-language') as HTMLButtonElement).click()
      }),
  )
}

/** The Language check tab on a meeting of 1,000 and of 50,000 notes, in Chromium through the test host. */
export async function benchLanguageCheck(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'convene-bench-language-'))
  const host = await startHost(join(work, 'data'))
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(host.url)
    await page.locator('#passphrase').fill(passphrase)
    await page.locator('#passphrase-confirmation').fill(passphrase)
    await page.getByRole('button', { name: 'Set passphrase and continue' }).click()
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor()
    for (const notes of [1000, 50_000]) {
      const id = await importMeeting(page, meetingOfSentences(notes))
      const { time, longestTask } = await openLanguageCheck(page, host, id)
      report(`language check tab, ${notes.toLocaleString('en-GB')} notes`, {
        'to the figures': ms(time),
        'longest task': ms(longestTask),
      })
    }
  } finally {
    await browser.close()
    await host.stop()
    await rm(work, { recursive: true, force: true })
  }
}
