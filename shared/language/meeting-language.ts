import type { MeetingCore as Meeting } from '../model/meeting-core.ts'
import type { Note } from '../model/notes.ts'
import type { LanguageSettings } from './language-settings.ts'
import {
  acronymsIn,
  analyse,
  compileRules,
  nameWords,
  type CompiledRules,
  type Finding,
  type LanguageContext,
} from './analyse.ts'
import {
  addReadingCounts,
  noReadingCounts,
  readingCounts,
  readingEaseOf,
  type Readability,
  type ReadingCounts,
} from './readability.ts'
import { bundledRuleFiles, languageCategories, type LanguageCategory } from './rule-files.ts'

/** Sections where strengths are recorded ('what is working well'). */
export const strengthSectionKeys: ReadonlySet<string> = new Set(['strengths'])
/** Sections where worries are recorded: harm that has happened, and what might happen if nothing changes. */
export const worrySectionKeys: ReadonlySet<string> = new Set(['past-harm', 'current-worries'])

const compiledBySettings = new WeakMap<LanguageSettings, CompiledRules>()

/** The rules as the council's settings have them, compiled once per settings. */
export function compileForSettings(settings: LanguageSettings): CompiledRules {
  const cached = compiledBySettings.get(settings)
  if (cached) return cached
  const compiled = compileRules(bundledRuleFiles, settings)
  compiledBySettings.set(settings, compiled)
  return compiled
}

/** What the analyser needs to know about a meeting, for a note in a section (null for a new note). */
export function languageContextFor(
  meeting: Pick<Meeting, 'participants' | 'children' | 'familyName' | 'languageDismissals'>,
  sectionKey: string,
  noteId: string | null,
  explained: ReadonlySet<string>,
): LanguageContext {
  return {
    people: meeting.participants,
    children: meeting.children,
    familyName: meeting.familyName,
    recordingStrength: strengthSectionKeys.has(sectionKey),
    dismissed: meeting.languageDismissals.filter(
      (dismissal) => dismissal.noteId === null || dismissal.noteId === noteId,
    ),
    explained,
  }
}

const meetingNames = (meeting: Pick<Meeting, 'participants' | 'children' | 'familyName'>) =>
  nameWords({ people: meeting.participants, children: meeting.children, familyName: meeting.familyName })

const acronymCache = new WeakMap<CompiledRules, WeakMap<Note, ReadonlySet<string>>>()

/**
 * The acronyms already used or written out in the meeting's notes before the given one (all of them when
 * it is null). Remembered per note, so asking again as a meeting grows costs a lookup per note.
 */
export function explainedBefore(
  meeting: Pick<Meeting, 'notes' | 'participants' | 'children' | 'familyName'>,
  compiled: CompiledRules,
  noteId: string | null,
): ReadonlySet<string> {
  let cache = acronymCache.get(compiled)
  if (!cache) {
    cache = new WeakMap()
    acronymCache.set(compiled, cache)
  }
  const names = meetingNames(meeting)
  const explained = new Set<string>()
  for (const note of meeting.notes) {
    if (note.id === noteId) break
    if (note.deletedAt !== null || note.verbatim) continue
    let acronyms = cache.get(note)
    if (!acronyms) {
      acronyms = acronymsIn(note.text, compiled, names)
      cache.set(note, acronyms)
    }
    for (const id of acronyms) explained.add(id)
  }
  return explained
}

/** A finding in one of the meeting's notes. */
export type NoteFinding = { readonly noteId: string; readonly sectionKey: string; readonly finding: Finding }

/** One section's share of the language check. */
export type SectionLanguage = {
  readonly key: string
  readonly heading: string
  readonly notes: number
  readonly findings: number
  readonly readability: Readability | null
}

/** The language check for a whole meeting. */
export type MeetingLanguageReport = {
  readonly findings: ReadonlyArray<NoteFinding>
  readonly byCategory: Readonly<Record<LanguageCategory, number>>
  readonly sections: ReadonlyArray<SectionLanguage>
  readonly overall: Readability | null
  readonly target: number
  /** Words recorded as strengths and as worries; null when the agenda has no separate sections for them. */
  readonly balance: {
    readonly strengths: { readonly notes: number; readonly words: number }
    readonly worries: { readonly notes: number; readonly words: number }
  } | null
}

/** A note as part of a passage: a sentence of its own, whether or not it ends with a full stop. */
const asSentence = (note: Note): string =>
  /[.!?]["”’)]*\s*$/.test(note.text) ? note.text : `${note.text.trimEnd()}.`

const wordCount = (note: Note): number => note.text.match(/[\p{L}\p{N}'’]+/gu)?.length ?? 0

/** How far a language check has got: notes checked, of how many. */
export type LanguageCheckProgress = { readonly checked: number; readonly of: number }

/**
 * Checks every note of a meeting in the order they were taken: the findings still open, by category and
 * by section, how readable each section is, and the balance of strengths to worries. Notes in someone's
 * own words and deleted notes are left out.
 *
 * A generator, so a long meeting can be checked a slice at a time: it yields after each note, and returns
 * the report. A 50,000-note meeting takes seconds; run in one go, that froze the page (the renderer runs
 * it in slices between frames, useLanguageCheck). Everything is counted as it goes, so the work after the
 * last note does not grow with the meeting.
 */
export function* languageCheck(
  meeting: Meeting,
  settings: LanguageSettings,
): Generator<LanguageCheckProgress, MeetingLanguageReport, void> {
  const compiled = compileForSettings(settings)
  const notes = meeting.notes.filter((note) => note.deletedAt === null && !note.verbatim)
  const names = meetingNames(meeting)
  const everywhere = meeting.languageDismissals.filter((dismissal) => dismissal.noteId === null)
  const inOneNote = new Map<string, Array<Meeting['languageDismissals'][number]>>()
  for (const dismissal of meeting.languageDismissals)
    if (dismissal.noteId !== null)
      inOneNote.set(dismissal.noteId, [...(inOneNote.get(dismissal.noteId) ?? []), dismissal])
  const explained = new Set<string>()
  const findings: NoteFinding[] = []
  const byCategory = Object.fromEntries(languageCategories.map((category) => [category, 0])) as Record<
    LanguageCategory,
    number
  >
  const bySection = new Map<string, { notes: number; findings: number; counts: ReadingCounts }>()
  let overall = noReadingCounts
  const strengths = { notes: 0, words: 0 }
  const worries = { notes: 0, words: 0 }
  for (const [index, note] of notes.entries()) {
    const context: LanguageContext = {
      people: meeting.participants,
      children: meeting.children,
      familyName: meeting.familyName,
      recordingStrength: strengthSectionKeys.has(note.sectionKey),
      dismissed: [...everywhere, ...(inOneNote.get(note.id) ?? [])],
      explained,
    }
    const section = bySection.get(note.sectionKey) ?? { notes: 0, findings: 0, counts: noReadingCounts }
    bySection.set(note.sectionKey, section)
    section.notes += 1
    for (const finding of analyse(note.text, compiled, context)) {
      findings.push({ noteId: note.id, sectionKey: note.sectionKey, finding })
      byCategory[finding.category] += 1
      section.findings += 1
    }
    for (const id of acronymsIn(note.text, compiled, names)) explained.add(id)
    const counts = readingCounts(asSentence(note))
    section.counts = addReadingCounts(section.counts, counts)
    overall = addReadingCounts(overall, counts)
    const balance = strengthSectionKeys.has(note.sectionKey)
      ? strengths
      : worrySectionKeys.has(note.sectionKey)
        ? worries
        : null
    if (balance) {
      balance.notes += 1
      balance.words += wordCount(note)
    }
    yield { checked: index + 1, of: notes.length }
  }
  const keys = new Set(meeting.agenda.map((section) => section.key))
  const hasBoth =
    [...strengthSectionKeys].some((key) => keys.has(key)) &&
    [...worrySectionKeys].some((key) => keys.has(key))
  return {
    findings,
    byCategory,
    sections: meeting.agenda.map((section) => {
      const found = bySection.get(section.key)
      return {
        key: section.key,
        heading: section.heading,
        notes: found?.notes ?? 0,
        findings: found?.findings ?? 0,
        readability: found ? readingEaseOf(found.counts) : null,
      }
    }),
    overall: readingEaseOf(overall),
    target: settings.readabilityTarget,
    balance: hasBoth ? { strengths: { ...strengths }, worries: { ...worries } } : null,
  }
}

/** The whole language check at once: for tests, the command line and small meetings. */
export function meetingLanguageReport(meeting: Meeting, settings: LanguageSettings): MeetingLanguageReport {
  const check = languageCheck(meeting, settings)
  for (let step = check.next(); ; step = check.next()) if (step.done) return step.value
}

/** How many language findings are still open in a meeting: shown before the record is signed. */
export function openLanguageFindings(meeting: Meeting, settings: LanguageSettings): number {
  return meetingLanguageReport(meeting, settings).findings.length
}

/** The balance of strengths to worries, in a sentence for the chair. */
export function describeBalance(balance: NonNullable<MeetingLanguageReport['balance']>): string {
  const { strengths, worries } = balance
  if (strengths.words === 0 && worries.words === 0) return 'No strengths or worries recorded yet.'
  if (strengths.words === 0) return 'Worries are recorded but no strengths yet: ask what is working well.'
  if (worries.words === 0) return 'Strengths are recorded but no worries yet.'
  const ratio = strengths.words / worries.words
  if (ratio < 0.5) return 'Far less is recorded about what is working well than about the worries.'
  if (ratio < 0.8) return 'A little less is recorded about what is working well than about the worries.'
  if (ratio <= 1.25) return 'Strengths and worries are recorded in about equal measure.'
  return 'More is recorded about what is working well than about the worries.'
}
