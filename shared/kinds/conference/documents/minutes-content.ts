import { bundledCalendar, type WorkingDayCalendar } from '../../../calendar/bank-holidays.ts'
import { calculatedDateNote } from '../../../calendar/working-days.ts'
import { formatBritishDate } from '../../../dates/british-date.ts'
import { nameWords, type ExtraAcronym } from '../../../language/analyse.ts'
import { glossaryFor, glossaryTerms, type GlossaryEntry } from '../../../language/glossary.ts'
import { bundledRuleFiles } from '../../../language/rule-files.ts'
import { harmCategoryLabels, outcomeLabels } from '../decision.ts'
import type { SectionKind } from '../../../model/agenda.ts'
import { attendanceLabels } from '../../../model/people.ts'
import { viewGatheredLabels } from '../records.ts'
import { conferenceKindInfo } from '../conference-kinds.ts'
import type { ConferenceMeeting } from '../conference-meeting.ts'
import { conferenceFacts } from '../rules/conference-facts.ts'
import { decides, decisionsWithChildren, describeOutcome, dissentFrom } from '../rules/decision.ts'
import { displayNames } from '../../../rules/people.ts'
import { actionDue, describeActionDue, relativeDueRule } from '../rules/plan-dates.ts'
import { keyDates } from '../rules/timescales.ts'
import type { TimescaleSettings } from '../timescale-settings.ts'
import { defaultTimescales } from '../timescale-settings.ts'
import type { SignatureBlock } from '../../../model/signature-block.ts'
export type { SignatureBlock } from '../../../model/signature-block.ts'

/** Which copy of the minutes: everything, or what the family may see. */
export type MinutesCopy = 'full' | 'family'

/** A line of the minutes: who said it, what, and whether it is in their own words. */
export type MinutesNote = {
  readonly speaker: string | null
  readonly text: string
  readonly verbatim: boolean
  /** Heard in a closed part: in the full copy only, and marked there. */
  readonly closed: boolean
}

/** One decision in the minutes: for which children, the recommendations, the decision and any dissent. */
export type DecisionContent = {
  /** The children it is for, by name, where the children's decisions differ; null where one is for all. */
  readonly children: string | null
  readonly recommendations: ReadonlyArray<{
    readonly name: string
    readonly recommendation: string
    readonly rationale: string
  }>
  readonly childView: string
  readonly outcome: string
  readonly category: string | null
  readonly otherCategories: string
  readonly reasons: string
  readonly dissent: ReadonlyArray<string>
  readonly dissentNote: string
}

/**
 * Everything the minutes say, in order, as plain values: the one place that decides what goes in each copy.
 * The Word documents (and any other rendering) only lay this out, so the full and family copies cannot
 * differ except where this says they do.
 */
export type MinutesContent = {
  readonly marking: 'OFFICIAL-SENSITIVE'
  readonly copy: MinutesCopy
  readonly title: string
  /** The kind of meeting, as it reads: 'Initial child protection conference'. */
  readonly kindLabel: string
  readonly familyName: string
  /** The working days the council gives for asking for a correction (its setting). */
  readonly correctionsWorkingDays: number
  readonly details: ReadonlyArray<readonly [string, string]>
  readonly purpose: string
  readonly attendance: ReadonlyArray<{
    readonly name: string
    readonly role: string
    readonly agency: string
    readonly attendance: string
  }>
  readonly reports: ReadonlyArray<{
    readonly agency: string
    readonly author: string
    readonly received: string
    readonly shared: string
  }>
  /** True in a copy from which something was left out (heard in a closed part, or not for its reader). */
  readonly withheld: boolean
  readonly sections: ReadonlyArray<{
    readonly heading: string
    /** The section's kind: the child's voice and the safety scale carry their own records too. */
    readonly kind: SectionKind
    readonly notes: ReadonlyArray<MinutesNote>
  }>
  readonly childVoice: ReadonlyArray<{
    readonly child: string
    readonly how: string
    readonly words: string
    readonly conveyedBy: string
    readonly reasonNoView: string
  }>
  readonly scaling: {
    readonly scores: ReadonlyArray<{ readonly name: string; readonly score: string; readonly why: string }>
    readonly dangerStatements: ReadonlyArray<{ readonly danger: string; readonly safetyGoal: string }>
  }
  /** The chair's summary of the risks against the threshold, before the decisions. */
  readonly analysis: string
  readonly parentsView: string
  /**
   * What was decided, with each professional's recommendation and the child's view of it: one entry for
   * every child while the decision is the same, else one per child (`children` names them).
   */
  readonly decisions: ReadonlyArray<DecisionContent>
  /** True where this kind of meeting decides (not a core group). */
  readonly decides: boolean
  readonly plan: {
    readonly lead: string
    readonly coreGroup: string
    readonly actions: ReadonlyArray<{
      readonly what: string
      readonly who: string
      readonly when: string
      readonly measure: string
      readonly addresses: string
    }>
    readonly contingency: string
    /** How 'within N working days' is counted, where an action uses it. */
    readonly dueRule: string | null
  }
  readonly nextDates: ReadonlyArray<readonly [string, string]>
  /**
   * The acronyms and practice terms each document uses, anywhere in what its reader receives (tables,
   * roles, agencies, reports, the plan and the notes), each listed once.
   */
  readonly glossaries: {
    readonly minutes: ReadonlyArray<GlossaryEntry>
    readonly letter: ReadonlyArray<GlossaryEntry>
    readonly plan: ReadonlyArray<GlossaryEntry>
  }
  readonly distribution: ReadonlyArray<{ readonly name: string; readonly role: string }>
  readonly signature: SignatureBlock | null
}

/** What the content needs besides the meeting. */
export type MinutesOptions = {
  readonly copy: MinutesCopy
  /** True when the projection the meeting came from left something out. */
  readonly withheld: boolean
  readonly signature: SignatureBlock | null
  readonly timescales?: TimescaleSettings
  readonly calendar?: WorkingDayCalendar
  /** The council's own acronyms, for the glossaries. */
  readonly acronyms?: ReadonlyArray<ExtraAcronym>
}

const orNone = (text: string, none = 'Not recorded'): string => (text.trim() === '' ? none : text.trim())

/**
 * Works out what the minutes of a meeting say. The meeting is already its reader's projection (the full
 * copy the professionals', the family's copy the family's): nothing here filters what a reader may see.
 */
export function minutesContent(meeting: ConferenceMeeting, options: MinutesOptions): MinutesContent {
  const names = displayNames(meeting.participants)
  const nameOf = (id: string | null): string | null => (id === null ? null : (names.get(id) ?? null))
  const shown = meeting.notes.filter((note) => note.deletedAt === null)
  const calendar = options.calendar ?? bundledCalendar()
  const chair = meeting.participants.find((person) => person.id === meeting.chairId)
  const record = meeting.record
  const label = (
    conferenceKindInfo[meeting.kind as keyof typeof conferenceKindInfo] ?? conferenceKindInfo.icpc
  ).label

  const sections = meeting.agenda.map((section) => ({
    heading: section.heading,
    kind: section.kind,
    notes: shown
      .filter((note) => note.sectionKey === section.key)
      .map((note) => ({
        speaker: nameOf(note.speakerId),
        text: note.text,
        verbatim: note.verbatim,
        closed: note.visibility.to !== 'everyone',
      })),
  }))
  const actions = record.planActions.map((action) => ({
    what: action.what,
    who: nameOf(action.ownerId) ?? orNone(action.ownerText, 'Not named'),
    when: describeActionDue(actionDue(action, meeting.date, calendar)),
    measure: orNone(action.measure),
    addresses: action.addresses,
  }))
  const dates = keyDates(
    { kind: meeting.kind, date: meeting.date, status: meeting.status, facts: conferenceFacts(meeting) },
    options.timescales ?? defaultTimescales(),
    calendar,
  )
    .filter((date) => ['first-core-group', 'first-review', 'next-review'].includes(date.key))
    .map(
      (date) =>
        [
          date.label,
          date.set
            ? formatBritishDate(date.set)
            : `${formatBritishDate(date.due)}${date.calculated ? ` (${calculatedDateNote})` : ''}`,
        ] as const,
    )

  const content: Omit<MinutesContent, 'glossaries'> = {
    marking: 'OFFICIAL-SENSITIVE',
    copy: options.copy,
    title: `${label}: the ${meeting.familyName} family`,
    kindLabel: label,
    familyName: meeting.familyName,
    correctionsWorkingDays: (options.timescales ?? defaultTimescales()).correctionsWorkingDays,
    details: [
      ['Date', formatBritishDate(meeting.date)],
      ['Time', meeting.startTime ?? 'Not recorded'],
      ['Where', orNone(meeting.location)],
      ['Children', meeting.children.map((child) => child.name).join(', ') || 'None listed'],
      ['Chair', chair ? chair.name : 'Not recorded'],
      ['Minutes taken by', nameOf(meeting.minuteTakerId) ?? 'Not recorded'],
    ],
    purpose: meeting.purpose.trim(),
    attendance: meeting.participants.map((person) => ({
      name: names.get(person.id) ?? person.name,
      role: person.role,
      agency: person.agency,
      attendance:
        attendanceLabels[person.attendance.status] +
        (person.attendance.from || person.attendance.until
          ? ` (${person.attendance.from ?? '…'}–${person.attendance.until ?? '…'})`
          : '') +
        (person.attendance.reason ? `: ${person.attendance.reason}` : ''),
    })),
    reports: record.reports.map((report) => ({
      agency: report.agency,
      author: report.author,
      received: report.receivedOn ? formatBritishDate(report.receivedOn) : 'Not received',
      shared:
        report.sharedWithParents === 'yes'
          ? report.sharedOn
            ? `Yes, ${formatBritishDate(report.sharedOn)}`
            : 'Yes'
          : report.sharedWithParents === 'no'
            ? 'No'
            : 'Not known',
    })),
    withheld: options.withheld,
    sections,
    childVoice: meeting.children.map((child) => {
      const view = record.childViews.find((item) => item.childId === child.id)
      return {
        child: child.knownAs ? `${child.name} (${child.knownAs})` : child.name,
        how: view?.howGathered ? viewGatheredLabels[view.howGathered] : 'Not recorded',
        words: view?.words.trim() ?? '',
        conveyedBy: view?.conveyedBy.trim() ?? '',
        reasonNoView: view?.reasonNoView.trim() ?? '',
      }
    }),
    scaling: {
      scores: record.scaling.scores
        .filter((score) => score.score !== null)
        .map((score) => ({
          name: nameOf(score.personId) ?? 'Someone no longer listed',
          score: String(score.score),
          why: score.why,
        })),
      dangerStatements: record.scaling.dangerStatements.map(({ danger, safetyGoal }) => ({
        danger,
        safetyGoal,
      })),
    },
    analysis: record.analysis.trim(),
    parentsView: record.parentsView.trim(),
    decides: decides(meeting.kind),
    decisions: decisionsWithChildren(meeting).map(({ decision, children }) => ({
      children:
        decision.childId === null && record.decisions.length === 1
          ? null
          : children.map((child) => child.knownAs || child.name).join(' and '),
      recommendations: decision.recommendations
        .filter((item) => item.outcome !== null)
        .map((item) => ({
          name: nameOf(item.personId) ?? 'Someone no longer listed',
          recommendation: item.outcome ? outcomeLabels[item.outcome] : '',
          rationale: item.rationale,
        })),
      childView: decision.childView.trim(),
      outcome: decision.outcome ? outcomeLabels[decision.outcome] : 'Not recorded',
      category: decision.category ? harmCategoryLabels[decision.category] : null,
      otherCategories: decision.otherCategoriesConsidered.trim(),
      reasons: decision.reasons.trim(),
      dissent: dissentFrom(meeting.participants, decision).map(
        ({ person, recommendation }) =>
          `${names.get(person.id) ?? person.name} recommended ${describeOutcome(recommendation.outcome)}${
            recommendation.rationale.trim() ? `: ${recommendation.rationale.trim()}` : ''
          }`,
      ),
      dissentNote: decision.dissentNote.trim(),
    })),
    plan: {
      lead: nameOf(record.planFrame.leadSocialWorkerId) ?? 'Not named',
      coreGroup:
        record.planFrame.coreGroupIds
          .map((id) => nameOf(id))
          .filter((name): name is string => name !== null)
          .join(', ') || 'Not named',
      actions,
      contingency: record.planFrame.contingency.trim(),
      dueRule: record.planActions.some((action) => !action.due && action.dueWithinWorkingDays)
        ? relativeDueRule
        : null,
    },
    nextDates: dates,
    // Each copy lists who receives that copy: the full minutes hold what was heard in a closed part, so
    // they go to the professionals; the family receive their own copy.
    distribution: meeting.participants
      .filter((person) => person.group === (options.copy === 'family' ? 'family' : 'professional'))
      .map((person) => ({ name: names.get(person.id) ?? person.name, role: person.role })),
    signature: options.signature,
  }
  const terms = glossaryTerms(bundledRuleFiles, options.acronyms)
  const nameShield = nameWords({
    people: meeting.participants,
    children: meeting.children,
    familyName: meeting.familyName,
  })
  const glossaryOf = (...parts: ReadonlyArray<unknown>) =>
    glossaryFor(parts.flatMap(stringsIn), terms, nameShield)
  const letterDetails = content.details.slice(0, letterDetailCount)
  return {
    ...content,
    glossaries: {
      minutes: glossaryOf(content),
      letter: glossaryOf(
        letterDetails,
        content.title,
        content.decisions.map(({ children, outcome, category, reasons }) => [
          children,
          outcome,
          category,
          reasons,
        ]),
        content.plan,
        content.nextDates,
      ),
      plan: glossaryOf(letterDetails, content.title, content.plan),
    },
  }
}

/** How many of the meeting's details the decision letter and the outline plan repeat at their head. */
export const letterDetailCount = 4

/** Every piece of text in a value: what a reader of the document built from it reads. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array))
    return Object.values(value).flatMap(stringsIn)
  return []
}
