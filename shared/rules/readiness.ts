import { bundledCalendar, type WorkingDayCalendar } from '../calendar/bank-holidays.ts'
import { openLanguageFindings } from '../language/meeting-language.ts'
import { protectionPlanOutcomes } from '../model/decision.ts'
import type { Meeting } from '../model/meeting.ts'
import type { LanguageSettings } from '../settings/language-settings.ts'
import type { TimescaleSettings } from '../settings/timescale-settings.ts'
import { missingChildViews } from './child-voice.ts'
import { needsCategory, recommenders } from './decision.ts'
import { smartSummary } from './smart.ts'
import { keyDates } from './timescales.ts'

/** Where in the workspace an item is fixed: a tab, and the element to bring into view there. */
export type FixAt = {
  readonly tab: 'setup' | 'live' | 'decision' | 'language'
  readonly anchor: string
  /** In the meeting, the agenda section to go to first (the child's voice is shown in its own section). */
  readonly section?: string
}

/** One thing missing before the chair signs. */
export type ReadinessItem = {
  readonly id: string
  readonly label: string
  readonly fix: FixAt
}

/** What the checklist needs besides the meeting. */
export type ReadinessSettings = {
  readonly language: LanguageSettings
  readonly timescales: TimescaleSettings
  readonly calendar?: WorkingDayCalendar
  /**
   * The open wording suggestions, where the caller has the language check already (the renderer checks a
   * long meeting in slices), or 'checking' while it runs; left out, the meeting is checked here at once.
   */
  readonly openLanguageFindings?: number | 'checking'
}

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many)

/**
 * What is missing before the chair signs, each with where to fix it. Empty when the record is ready.
 * Mediation meetings have their own record (a later piece of work) and are not checked here.
 */
export function readiness(meeting: Meeting, settings: ReadinessSettings): ReadonlyArray<ReadinessItem> {
  const items: ReadinessItem[] = []
  const voice = meeting.agenda.find((section) => section.kind === 'childs-voice')?.key
  for (const { child, age } of missingChildViews(meeting))
    items.push({
      id: `child-view-${child.id}`,
      label: `${child.knownAs || child.name} is ${age}: record their view, or why there is none`,
      fix: voice
        ? { tab: 'live', anchor: `child-view-${child.id}-how`, section: voice }
        : { tab: 'live', anchor: 'note-text' },
    })
  const conference = meeting.kind === 'icpc' || meeting.kind === 'rcpc'
  if (conference) {
    const recommended = new Set(
      meeting.decision.recommendations
        .filter((item) => item.outcome !== null && item.rationale.trim() !== '')
        .map((item) => item.personId),
    )
    // Someone who only sent a report gives their view through it; those in the room give it there.
    for (const person of recommenders(meeting))
      if (
        (person.attendance.status === 'present' || person.attendance.status === 'part') &&
        !recommended.has(person.id)
      )
        items.push({
          id: `recommendation-${person.id}`,
          label: `${person.name} was present but has no recommendation with a rationale`,
          fix: { tab: 'decision', anchor: `recommendation-${person.id}` },
        })
    const outcome = meeting.decision.outcome
    if (outcome === null)
      items.push({
        id: 'decision',
        label: 'The decision is not recorded',
        fix: { tab: 'decision', anchor: 'decision-outcome' },
      })
    else if (meeting.decision.reasons.trim() === '')
      items.push({
        id: 'decision-reasons',
        label: 'The decision has no reasons recorded',
        fix: { tab: 'decision', anchor: 'decision-reasons' },
      })
    if (needsCategory(outcome) && meeting.decision.category === null)
      items.push({
        id: 'category',
        label: 'A child protection plan needs a category',
        fix: { tab: 'decision', anchor: 'decision-category' },
      })
    const plan = outcome !== null && (protectionPlanOutcomes.has(outcome) || outcome === 'cin-plan')
    if (plan && meeting.planActions.length === 0)
      items.push({
        id: 'plan-empty',
        label: 'The outline plan has no actions',
        fix: { tab: 'decision', anchor: 'plan-actions' },
      })
    if (plan && meeting.planFrame.contingency.trim() === '')
      items.push({
        id: 'contingency',
        label: 'The plan does not say what will happen if it is not achieved',
        fix: { tab: 'decision', anchor: 'plan-contingency' },
      })
    const calendar = settings.calendar ?? bundledCalendar()
    const unset = keyDates(
      { kind: meeting.kind, date: meeting.date, dates: meeting.dates, outcome },
      settings.timescales,
      calendar,
    ).filter((date) => ['first-core-group', 'first-review', 'next-review'].includes(date.key) && !date.set)
    if (unset.length > 0)
      items.push({
        id: 'next-dates',
        label: `Next dates not set: ${unset.map((date) => date.label.toLocaleLowerCase('en-GB')).join(', ')}`,
        fix: { tab: 'decision', anchor: 'key-dates' },
      })
  }
  const smart = smartSummary(meeting.planActions)
  if (smart.failing > 0)
    items.push({
      id: 'smart',
      label: `${smart.failing} ${plural(smart.failing, 'action fails', 'actions fail')} the SMART check`,
      fix: { tab: 'decision', anchor: 'plan-actions' },
    })
  const unshared = meeting.reports.filter((report) => report.sharedWithParents !== 'yes')
  if (unshared.length > 0)
    items.push({
      id: 'reports',
      label: `${unshared.length} ${plural(unshared.length, 'report was', 'reports were')} not shared with the parents: ${unshared.map((report) => report.agency).join(', ')}`,
      fix: { tab: 'setup', anchor: 'reports-heading' },
    })
  const language = settings.openLanguageFindings ?? openLanguageFindings(meeting, settings.language)
  if (language === 'checking')
    items.push({
      id: 'language',
      label: 'The wording is still being checked',
      fix: { tab: 'language', anchor: 'language-findings' },
    })
  else if (language > 0)
    items.push({
      id: 'language',
      label: `${language} wording ${plural(language, 'suggestion is', 'suggestions are')} still open`,
      fix: { tab: 'language', anchor: 'language-findings' },
    })
  return items
}
