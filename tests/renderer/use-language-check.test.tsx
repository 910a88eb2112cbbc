import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { meetingLanguageReport } from '../../shared/language/meeting-language.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { defaultLanguageSettings } from '../../shared/language/language-settings.ts'
import { useLanguageCheck } from '../../renderer/language/use-language-check.ts'
import { aMeetingForRenderer } from './meeting.ts'

const settings = defaultLanguageSettings()
const sentences = [
  'Mum failed to attend the ICPC because she was hostile to the SW.',
  'Zosia said she likes her new teacher and reads every night.',
  'Dad is always late and the CIN plan keeps changing.',
]

function meetingOf(count: number): Meeting {
  const meeting = aMeetingForRenderer()
  const at = '2026-12-02T10:00:00.000Z'
  return {
    ...meeting,
    notes: Array.from({ length: count }, (_, index) => ({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      sectionKey: meeting.agenda[index % meeting.agenda.length]?.key ?? 'welcome',
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

function Probe({ meeting }: { readonly meeting: Meeting }) {
  const { report, checking } = useLanguageCheck(meeting, settings)
  return (
    <p data-testid="check">
      {checking ? `checking ${checking.checked} of ${checking.of}` : `done: ${report?.findings.length}`}
    </p>
  )
}

describe('the language check of a long meeting', () => {
  it('is worked out in slices, the page free in between, and ends with the whole report', async () => {
    const meeting = meetingOf(3000)
    const expected = meetingLanguageReport(meeting, settings).findings.length
    let turns = 0
    const timer = setInterval(() => (turns += 1), 0)
    render(<Probe meeting={meeting} />)
    expect(screen.getByTestId('check').textContent).toMatch(/^checking/)
    await waitFor(() => expect(screen.getByTestId('check').textContent).toBe(`done: ${expected}`), {
      timeout: 60_000,
    })
    clearInterval(timer)
    // Timers ran while the check went on: it gave the page back between slices.
    expect(turns).toBeGreaterThan(3)
    expect(expected).toBeGreaterThan(3000)
  }, 90_000)

  it('checks a short meeting at once, as it is drawn', () => {
    const meeting = meetingOf(12)
    render(<Probe meeting={meeting} />)
    expect(screen.getByTestId('check').textContent).toBe(
      `done: ${meetingLanguageReport(meeting, settings).findings.length}`,
    )
  })
})
