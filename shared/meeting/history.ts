import { moduleOf } from '../kinds/registry.ts'
import type { Meeting } from './meeting.ts'

/** One change in a meeting's history, as the History view and `convene history` show it. */
export type HistoryEntry = {
  readonly seq: number
  readonly at: string
  /** Who made it, as the journal says ('Helen Okafor'), or null where nobody was named. */
  readonly by: string | null
  /** What was done, in plain words, with no minute text: 'added a note to Current worries'. */
  readonly what: string
  /** Sign-offs and corrections are marked: they are what a reader of the record looks for. */
  readonly mark: 'sign-off' | 'correction' | null
  /** Moving between sections, which a long meeting does hundreds of times: hidden unless asked for. */
  readonly routine: boolean
  /**
   * Made on another laptop and brought in with the meeting from a file: this laptop checked that these
   * changes lead to the meeting it received, not who made them or when.
   */
  readonly fromFile: boolean
  /** In a case's history, the meeting the change was made to ('Initial child protection conference, 02/12/2026'). */
  readonly meeting?: { readonly id: string; readonly label: string }
}

/** A meeting's history as the History view shows it. */
export type MeetingHistory = {
  readonly entries: ReadonlyArray<HistoryEntry>
  /** The first entry of the journal that could not be read (damaged), or null: what follows is missing. */
  readonly damagedFrom: number | null
}

/** A journal entry as the history reads it. */
export type HistorySource = {
  readonly seq: number
  readonly at: string
  readonly by: { readonly name: string } | null
  readonly command: unknown
}

/** What each kind of change is called; a change not listed reads as 'changed the meeting'. */
const phrases: Readonly<Record<string, string>> = {
  'add-participant': 'added someone to the meeting',
  'update-participant': 'changed the details of someone at the meeting',
  'remove-participant': 'took someone off the meeting',
  'set-chair': 'named the chair',
  'set-minute-taker': 'named the minute taker',
  'edit-note': 'edited a note',
  'set-note-details': 'changed who said a note or who may see it',
  'delete-note': 'deleted a note',
  'restore-note': 'brought back a deleted note',
  'start-meeting': 'started the meeting',
  'end-meeting': 'ended the meeting',
  'resume-meeting': 'resumed the meeting',
  'keep-wording': 'kept a wording the assistant suggested changing',
  'flag-wording-again': 'asked for a kept wording to be suggested again',
  'update-details': 'changed the meeting’s details',
  'change-kind': 'changed the kind of meeting',
  'add-report': 'added a report',
  'update-report': 'changed a report',
  'remove-report': 'removed a report',
  'update-pre-meeting': 'recorded the meeting with the parents beforehand',
  'set-child-view': 'recorded a child’s view',
  'set-score': 'recorded a score on the safety scale',
  'add-danger-statement': 'added a danger statement',
  'update-danger-statement': 'changed a danger statement',
  'remove-danger-statement': 'removed a danger statement',
  'add-action': 'added an action to the plan',
  'update-action': 'changed an action of the plan',
  'remove-action': 'removed an action from the plan',
  'add-progress': 'recorded progress on an action',
  'update-analysis': 'changed the analysis',
  'update-decision': 'changed the decision',
  'set-recommendation': 'recorded a recommendation',
  'decide-separately': 'decided for each child separately',
  'decide-together': 'decided for the children together',
  'update-plan-frame': 'changed the outline plan',
  'set-dates': 'set the dates',
  'replace-meeting': 'changed the meeting',
  'keep-version': 'kept a version signed before the history was kept, as it was signed',
  'set-miam-party': 'chose the parent the MIAM is with',
  'mark-explained': 'ticked what was explained',
  'answer-screening': 'recorded a screening answer',
  'update-miam-facts': 'recorded the other agencies involved',
  'decide-suitability': 'recorded the decision on suitability',
  'update-parenting-plan': 'changed the parenting plan',
  'set-session-format': 'said how the session is held',
  'sign-agreement-to-mediate': 'recorded a parent’s signature on the agreement to mediate',
  'countersign-agreement-to-mediate': 'signed the agreement to mediate as the mediator',
  'update-child-consultation': 'recorded hearing from a child',
}

/** What keeping the meeting whole was, by why it was kept ('kept' is housekeeping: routine). */
const keptWhole: Readonly<Partial<Record<string, string>>> = {
  created: 'created the meeting',
  imported: 'brought the meeting in from a file',
  followed: 'set the meeting up from the one before it',
  kept: 'kept the whole meeting in its history',
}

/** Changes that are housekeeping or moving about, hidden unless asked for. */
function isRoutine(type: string, command: unknown): boolean {
  return (
    type === 'go-to-section' ||
    type === 'keep-version' ||
    (type === 'keep-whole' && field(command, 'reason') === 'kept')
  )
}

function field(command: unknown, name: string): unknown {
  return typeof command === 'object' && command !== null && name in command
    ? (command as Record<string, unknown>)[name]
    : undefined
}

/**
 * A meeting's history in plain words, oldest first: each change, who made it and when, sign-offs and
 * corrections marked. Sections are named by the meeting's own agenda; no note's words are repeated.
 */
export function describeHistory(meeting: Meeting, entries: ReadonlyArray<HistorySource>): HistoryEntry[] {
  const headings = new Map(meeting.agenda.map((section) => [section.key, section.heading]))
  const section = (key: unknown): string =>
    (typeof key === 'string' ? headings.get(key) : undefined) ?? 'a section no longer on the agenda'
  // Versions signed before the journal was kept are counted first, so the numbers match the record's.
  const signOffs = entries.filter((entry) => field(entry.command, 'type') === 'sign-off').length
  let versions = Math.max(0, moduleOf(meeting.kind).signedVersions(meeting).length - signOffs)
  const broughtIn = entries.findLast(
    (entry) => field(entry.command, 'type') === 'keep-whole' && field(entry.command, 'reason') === 'imported',
  )
  return entries.map((entry) => {
    const type = String(field(entry.command, 'type') ?? '')
    // Only the table's own entries: a type named like an object's property ('__proto__') is not one.
    let what = Object.hasOwn(phrases, type) ? (phrases[type] ?? '') : 'changed the meeting'
    let mark: HistoryEntry['mark'] = null
    if (type === 'add-note') {
      const key = field(entry.command, 'sectionKey')
      what = key === null ? 'added a note' : `added a note to ${section(key)}`
    } else if (type === 'move-note') what = `moved a note to ${section(field(entry.command, 'sectionKey'))}`
    else if (type === 'go-to-section') what = `went to ${section(field(entry.command, 'sectionKey'))}`
    else if (type === 'keep-whole')
      what = keptWhole[String(field(entry.command, 'reason'))] ?? 'kept the whole meeting in its history'
    else if (type === 'sign-off') {
      versions += 1
      what = `signed the minutes (version ${versions})`
      mark = 'sign-off'
    } else if (type === 'close-miam') {
      what = 'closed the MIAM and signed its outcome'
      mark = 'sign-off'
    } else if (type === 'close-session') {
      what = 'closed the session and signed what it reached'
      mark = 'sign-off'
    } else if (type === 'start-correction') {
      what = 'started a correction of the signed minutes'
      mark = 'correction'
    }
    return {
      seq: entry.seq,
      at: entry.at,
      by: entry.by?.name ?? null,
      what,
      mark,
      routine: isRoutine(type, entry.command),
      fromFile: broughtIn !== undefined && entry.seq < broughtIn.seq,
    }
  })
}
