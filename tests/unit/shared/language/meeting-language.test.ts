import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../../shared/meeting/meeting-command.ts'
import { readingEase, readingEaseBand } from '../../../../shared/language/readability.ts'
import {
  describeBalance,
  explainedBefore,
  compileForSettings,
  languageCheck,
  meetingLanguageReport,
  openLanguageFindings,
} from '../../../../shared/language/meeting-language.ts'
import type { Meeting } from '../../../../shared/meeting/meeting.ts'
import { defaultLanguageSettings } from '../../../../shared/language/language-settings.ts'
import { aMeeting } from '../../../helpers/builders.ts'

const at = '2026-11-22T10:00:00.000Z'
const settings = defaultLanguageSettings()
let counter = 0
const note = (sectionKey: string, text: string, extra: Partial<Meeting['notes'][number]> = {}) => ({
  id: `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`,
  sectionKey,
  speakerId: null,
  text,
  visibility: { to: 'everyone' } as Meeting['notes'][number]['visibility'],
  verbatim: false,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
  ...extra,
})

function conference(notes: ReturnType<typeof note>[]): Meeting {
  const meeting = aMeeting()
  return {
    ...meeting,
    familyName: 'Kowalski',
    participants: [
      {
        id: '10000000-0000-4000-8000-000000000001',
        name: 'Anna Kowalska',
        group: 'family',
        role: 'Mother',
        agency: '',
        email: '',
        attendance: { status: 'present', from: null, until: null, reason: '' },
      },
    ],
    notes,
  }
}

describe('the language check of a whole meeting', () => {
  it('counts findings by category and by section, leaving out deleted notes and people’s own words', () => {
    const meeting = conference([
      note('strengths', 'Anna did not miss a single appointment.'),
      note('current-worries', 'Mum refused to let the social worker in.'),
      note('current-worries', 'Mum is chaotic.', { deletedAt: at }),
      note('current-worries', 'Mum always shouts', { verbatim: true }),
    ])
    const report = meetingLanguageReport(meeting, settings)
    expect(report.byCategory).toMatchObject({ deficit: 1, labels: 1, blaming: 1, jargon: 0 })
    expect(report.sections.find((section) => section.key === 'current-worries')).toMatchObject({
      notes: 1,
      findings: 2,
    })
    expect(report.findings.find((item) => item.finding.category === 'labels')?.finding.suggestions).toEqual([
      'Anna',
      'Anna Kowalska',
    ])
    expect(openLanguageFindings(meeting, settings)).toBe(3)
  })

  it('flags an acronym only the first time it is used in the meeting, and not once written out', () => {
    const meeting = conference([
      note('welcome', 'The ICPC was explained.'),
      note('current-worries', 'The ICPC agreed to meet again.'),
      note('current-worries', 'A child protection plan (CPP) was discussed.'),
      note('next-steps', 'The CPP will be reviewed.'),
    ])
    const report = meetingLanguageReport(meeting, settings)
    expect(report.findings.map((item) => item.finding.match)).toEqual(['ICPC'])
    const compiled = compileForSettings(settings)
    expect([...explainedBefore(meeting, compiled, null)].sort()).toEqual(['cp', 'cpp', 'icpc'])
    expect([...explainedBefore(meeting, compiled, meeting.notes[1]!.id)]).toEqual(['icpc'])
  })

  it('gives readability per section and overall, against the council’s target', () => {
    const meeting = conference([
      note('strengths', 'Zosia goes to school every day'),
      note('strengths', 'She has friends. She is happy.'),
    ])
    const report = meetingLanguageReport(meeting, { ...settings, readabilityTarget: 70 })
    const strengths = report.sections.find((section) => section.key === 'strengths')
    expect(strengths?.readability?.sentences).toBe(3)
    expect(report.overall?.score).toBeGreaterThan(70)
    expect(report.target).toBe(70)
    expect(report.sections.find((section) => section.key === 'grey-areas')?.readability).toBeNull()
  })

  it('reads each section as one passage of its notes, as it did before the check ran in slices', () => {
    const texts = [
      'Zosia goes to school every day',
      'She said, “I like my teacher.”',
      'Did Anna go to the meeting?   ',
      'Kuba is calmer. He sleeps through the night. ',
      'Piotr’s new job starts soon…',
    ]
    const report = meetingLanguageReport(conference(texts.map((text) => note('strengths', text))), settings)
    // The section's notes as one passage, each a sentence of its own.
    const passage = texts
      .map((text) => (/[.!?]["”’)]*\s*$/.test(text) ? text : `${text.trimEnd()}.`))
      .join(' ')
    expect(report.sections.find((section) => section.key === 'strengths')?.readability).toEqual(
      readingEase(passage),
    )
    expect(report.overall).toEqual(readingEase(passage))
  })

  it('can be checked a note at a time, yielding after each, with the same report at the end', () => {
    const meeting = conference([
      note('welcome', 'The ICPC was explained.'),
      note('current-worries', 'Mum refused to let the social worker in.'),
      note('current-worries', 'Mum always shouts', { verbatim: true }),
      note('strengths', 'Anna did not miss a single appointment.'),
    ])
    const check = languageCheck(meeting, settings)
    const progress: unknown[] = []
    let step = check.next()
    for (; !step.done; step = check.next()) progress.push(step.value)
    expect(progress).toEqual([
      { checked: 1, of: 3 },
      { checked: 2, of: 3 },
      { checked: 3, of: 3 },
    ])
    expect(step.value).toEqual(meetingLanguageReport(meeting, settings))
    expect(step.value.findings.length).toBeGreaterThan(0)
  })

  it('weighs strengths against worries, in notes and words', () => {
    const meeting = conference([
      note('strengths', 'Anna walks Zosia to school.'),
      note('past-harm', 'Zosia was hurt in March.'),
      note('current-worries', 'Anna has been drinking again.'),
      note('grey-areas', 'Nobody knows who was at home.'),
    ])
    expect(meetingLanguageReport(meeting, settings).balance).toEqual({
      strengths: { notes: 1, words: 5 },
      worries: { notes: 2, words: 10 },
    })
  })

  it('has no balance for an agenda without separate strengths and worries', () => {
    const meeting = {
      ...conference([]),
      agenda: [{ key: 'welcome', heading: 'Welcome', prompt: '', kind: 'notes' as const }],
    }
    expect(meetingLanguageReport(meeting, settings).balance).toBeNull()
  })

  it('leaves out what the chair kept for the meeting or for one note', () => {
    const first = note('current-worries', 'Mum refused to answer.')
    const second = note('current-worries', 'Mum refused again.')
    let meeting = conference([first, second])
    const context = { now: new Date(at), newId: () => crypto.randomUUID() }
    const keep = (dismissal: Meeting['languageDismissals'][number]) => {
      const result = applyCommand(meeting, { type: 'keep-wording', dismissal }, context)
      if (!result.ok) throw new Error(result.error.message)
      meeting = result.value
    }
    keep({ ruleId: 'mum', match: 'Mum', noteId: null })
    keep({ ruleId: 'refused', match: 'refused', noteId: first.id })
    keep({ ruleId: 'refused', match: 'refused', noteId: first.id })
    expect(meeting.languageDismissals).toHaveLength(2)
    const open = meetingLanguageReport(meeting, settings).findings
    expect(open.map((item) => [item.noteId, item.finding.ruleId])).toEqual([[second.id, 'refused']])
    const again = applyCommand(
      meeting,
      { type: 'flag-wording-again', dismissal: { ruleId: 'mum', match: 'MUM', noteId: null } },
      context,
    )
    expect(again.ok && openLanguageFindings(again.value, settings)).toBe(3)
  })

  it('refuses to keep a wording for a note that is not in the meeting', () => {
    const result = applyCommand(
      conference([]),
      {
        type: 'keep-wording',
        dismissal: { ruleId: 'mum', match: 'Mum', noteId: '00000000-0000-4000-8000-999999999999' },
      },
      { now: new Date(at) },
    )
    expect(result.ok).toBe(false)
  })
})

describe('describeBalance', () => {
  const of = (strengths: number, worries: number) =>
    describeBalance({ strengths: { notes: 1, words: strengths }, worries: { notes: 1, words: worries } })
  it('says plainly how strengths weigh against worries', () => {
    expect(of(0, 0)).toBe('No strengths or worries recorded yet.')
    expect(of(0, 40)).toMatch(/no strengths yet: ask what is working well/)
    expect(of(40, 0)).toBe('Strengths are recorded but no worries yet.')
    expect(of(10, 40)).toMatch(/^Far less/)
    expect(of(30, 40)).toMatch(/^A little less/)
    expect(of(40, 40)).toMatch(/about equal measure/)
    expect(of(50, 40)).toMatch(/about equal measure/)
    expect(of(60, 40)).toMatch(/^More is recorded about what is working well/)
  })
})

describe('readingEaseBand', () => {
  it('names each band of the Flesch scale', () => {
    expect(readingEaseBand(85)).toBe('Easy to read')
    expect(readingEaseBand(72)).toBe('Fairly easy to read')
    expect(readingEaseBand(60)).toBe('Plain English')
    expect(readingEaseBand(55)).toBe('Fairly hard to read')
    expect(readingEaseBand(35)).toBe('Hard to read')
    expect(readingEaseBand(-5)).toBe('Very hard to read')
  })
})
