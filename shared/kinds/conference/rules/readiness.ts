import { openLanguageFindings } from '../../../language/meeting-language.ts'
import type { Child } from '../../../model/people.ts'
import type { KindEnvironment, ReadinessItem, ReadinessOptions } from '../../kind-module.ts'
import type { ConferenceMeeting } from '../conference-meeting.ts'
import { missingChildViews } from './child-voice.ts'
import { anyPlan, decides, decisionsWithChildren, needsCategory, recommenders } from './decision.ts'
import { smartSummary } from './smart.ts'
import { keyDates } from './timescales.ts'
import { conferenceFacts } from './conference-facts.ts'

export type { FixAt, ReadinessItem, ReadinessOptions } from '../../kind-module.ts'

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many)

/** The id of an element of a decision: the decision for every child has none of its own. */
export function decisionAnchor(field: string, childId: string | null): string {
  return childId === null ? field : `${field}-${childId}`
}

const namesOf = (children: ReadonlyArray<Child>): string =>
  children.map((child) => child.knownAs || child.name).join(' and ')

/**
 * What is missing before the chair signs, each with where to fix it. Empty when the record is ready. Where
 * the children have decisions of their own, each is checked and named.
 */
export function readiness(
  meeting: ConferenceMeeting,
  environment: KindEnvironment,
  options: ReadinessOptions = {},
): ReadonlyArray<ReadinessItem> {
  const record = meeting.record
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
  if (decides(meeting.kind)) {
    const decisions = decisionsWithChildren(meeting)
    const separate = decisions.some(({ decision }) => decision.childId !== null)
    for (const { decision, children } of decisions) {
      const about = separate ? `${namesOf(children)}: ` : ''
      const at = (field: string) => decisionAnchor(field, decision.childId)
      const recommended = new Set(
        decision.recommendations
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
            id: at(`recommendation-${person.id}`),
            label: `${about}${person.name} was present but has no recommendation with a rationale`,
            fix: { tab: 'decision', anchor: at(`recommendation-${person.id}`) },
          })
      const outcome = decision.outcome
      if (outcome === null)
        items.push({
          id: at('decision'),
          label: `${about}${separate ? 'the' : 'The'} decision is not recorded`,
          fix: { tab: 'decision', anchor: at('decision-outcome') },
        })
      else if (decision.reasons.trim() === '')
        items.push({
          id: at('decision-reasons'),
          label: `${about}${separate ? 'the' : 'The'} decision has no reasons recorded`,
          fix: { tab: 'decision', anchor: at('decision-reasons') },
        })
      if (needsCategory(outcome) && decision.category === null)
        items.push({
          id: at('category'),
          label: `${about}${separate ? 'a' : 'A'} child protection plan needs a category`,
          fix: { tab: 'decision', anchor: at('decision-category') },
        })
    }
    const plan = anyPlan(record)
    if (plan && record.planActions.length === 0)
      items.push({
        id: 'plan-empty',
        label: 'The outline plan has no actions',
        fix: { tab: 'decision', anchor: 'plan-actions' },
      })
    if (plan && record.planFrame.contingency.trim() === '')
      items.push({
        id: 'contingency',
        label: 'The plan does not say what will happen if it is not achieved',
        fix: { tab: 'decision', anchor: 'plan-contingency' },
      })
    const unset = keyDates(
      { kind: meeting.kind, date: meeting.date, status: meeting.status, facts: conferenceFacts(meeting) },
      environment.timescales,
      environment.calendar,
    ).filter((date) => ['first-core-group', 'first-review', 'next-review'].includes(date.key) && !date.set)
    if (unset.length > 0)
      items.push({
        id: 'next-dates',
        label: `Next dates not set: ${unset.map((date) => date.label.toLocaleLowerCase('en-GB')).join(', ')}`,
        fix: { tab: 'decision', anchor: 'key-dates' },
      })
  }
  const smart = smartSummary(record.planActions)
  if (smart.failing > 0)
    items.push({
      id: 'smart',
      label: `${smart.failing} ${plural(smart.failing, 'action fails', 'actions fail')} the SMART check`,
      fix: { tab: 'decision', anchor: 'plan-actions' },
    })
  const unshared = record.reports.filter((report) => report.sharedWithParents !== 'yes')
  if (unshared.length > 0)
    items.push({
      id: 'reports',
      label: `${unshared.length} ${plural(unshared.length, 'report was', 'reports were')} not shared with the parents: ${unshared.map((report) => report.agency).join(', ')}`,
      fix: { tab: 'setup', anchor: 'reports-heading' },
    })
  const language = options.openLanguageFindings ?? openLanguageFindings(meeting, environment.language)
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
