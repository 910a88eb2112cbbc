import { bundledCalendar, type WorkingDayCalendar } from '../calendar/bank-holidays.ts'
import { formatBritishDate } from '../dates/british-date.ts'
import { glossaryFor, type GlossaryEntry } from '../language/glossary.ts'
import { bundledRuleFiles } from '../language/rule-files.ts'
import { harmCategoryLabels, outcomeLabels } from '../model/decision.ts'
import type { SectionKind } from '../model/agenda.ts'
import type { Meeting } from '../model/meeting.ts'
import { meetingKindLabels } from '../model/meeting-kind.ts'
import { attendanceLabels } from '../model/people.ts'
import { viewGatheredLabels } from '../model/records.ts'
import { describeOutcome, dissentFrom } from '../rules/decision.ts'
import { displayNames } from '../rules/people.ts'
import { keyDates } from '../rules/timescales.ts'
import type { TimescaleSettings } from '../settings/timescale-settings.ts'
import { defaultTimescales } from '../settings/timescale-settings.ts'

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

/** The chair's signature as it goes in the signature block. */
export type SignatureBlock = {
  readonly name: string
  readonly role: string
  readonly signedAt: string
  /** The drawn signature as a PNG, or null where the chair typed their name. */
  readonly image: Uint8Array | null
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
  /** True in the family's copy when something heard in a closed part was left out. */
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
  readonly recommendations: ReadonlyArray<{
    readonly name: string
    readonly recommendation: string
    readonly rationale: string
  }>
  readonly parentsView: string
  readonly childDecisionView: string
  readonly decision: {
    readonly analysis: string
    readonly outcome: string
    readonly category: string | null
    readonly otherCategories: string
    readonly reasons: string
    readonly dissent: ReadonlyArray<string>
    readonly dissentNote: string
  }
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
  }
  readonly nextDates: ReadonlyArray<readonly [string, string]>
  readonly glossary: ReadonlyArray<GlossaryEntry>
  readonly distribution: ReadonlyArray<{ readonly name: string; readonly role: string }>
  readonly signature: SignatureBlock | null
}

/** What the content needs besides the meeting. */
export type MinutesOptions = {
  readonly copy: MinutesCopy
  readonly signature: SignatureBlock | null
  readonly timescales?: TimescaleSettings
  readonly calendar?: WorkingDayCalendar
}

const orNone = (text: string, none = 'Not recorded'): string => (text.trim() === '' ? none : text.trim())

/** Works out what the minutes of a meeting say, for the full or the family's copy. */
export function minutesContent(meeting: Meeting, options: MinutesOptions): MinutesContent {
  const family = options.copy === 'family'
  const names = displayNames(meeting.participants)
  const nameOf = (id: string | null): string | null => (id === null ? null : (names.get(id) ?? null))
  const notes = meeting.notes.filter((note) => note.deletedAt === null)
  const shown = family ? notes.filter((note) => !note.notForFamily) : notes
  const calendar = options.calendar ?? bundledCalendar()
  const chair = meeting.participants.find((person) => person.id === meeting.chairId)

  const sections = meeting.agenda.map((section) => ({
    heading: section.heading,
    kind: section.kind,
    notes: shown
      .filter((note) => note.sectionKey === section.key)
      .map((note) => ({
        speaker: nameOf(note.speakerId),
        text: note.text,
        verbatim: note.verbatim,
        closed: note.notForFamily,
      })),
  }))
  const decision = meeting.decision
  const actions = meeting.planActions.map((action) => ({
    what: action.what,
    who: nameOf(action.ownerId) ?? orNone(action.ownerText, 'Not named'),
    when: action.due
      ? formatBritishDate(action.due)
      : action.dueWithinWorkingDays
        ? `Within ${action.dueWithinWorkingDays} working days`
        : 'Not set',
    measure: orNone(action.measure),
    addresses: action.addresses,
  }))
  const dates = keyDates(
    { kind: meeting.kind, date: meeting.date, dates: meeting.dates, outcome: decision.outcome },
    options.timescales ?? defaultTimescales(),
    calendar,
  )
    .filter((date) => ['first-core-group', 'first-review', 'next-review'].includes(date.key))
    .map((date) => [date.label, formatBritishDate(date.set ?? date.due)] as const)

  const texts = [
    ...shown.map((note) => note.text),
    decision.analysis,
    decision.reasons,
    ...meeting.decision.recommendations.map((item) => item.rationale),
    ...meeting.planActions.flatMap((action) => [action.what, action.measure]),
    meeting.planFrame.contingency,
  ]
  return {
    marking: 'OFFICIAL-SENSITIVE',
    copy: options.copy,
    title: `${meetingKindLabels[meeting.kind]}: the ${meeting.familyName} family`,
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
    reports: meeting.reports.map((report) => ({
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
    withheld: family && notes.length > shown.length,
    sections,
    childVoice: meeting.children.map((child) => {
      const view = meeting.childViews.find((item) => item.childId === child.id)
      return {
        child: child.knownAs ? `${child.name} (${child.knownAs})` : child.name,
        how: view?.howGathered ? viewGatheredLabels[view.howGathered] : 'Not recorded',
        words: view?.words.trim() ?? '',
        conveyedBy: view?.conveyedBy.trim() ?? '',
        reasonNoView: view?.reasonNoView.trim() ?? '',
      }
    }),
    scaling: {
      scores: meeting.scaling.scores
        .filter((score) => score.score !== null)
        .map((score) => ({
          name: nameOf(score.personId) ?? 'Someone no longer listed',
          score: String(score.score),
          why: score.why,
        })),
      dangerStatements: meeting.scaling.dangerStatements.map(({ danger, safetyGoal }) => ({
        danger,
        safetyGoal,
      })),
    },
    recommendations: decision.recommendations
      .filter((item) => item.outcome !== null)
      .map((item) => ({
        name: nameOf(item.personId) ?? 'Someone no longer listed',
        recommendation: item.outcome ? outcomeLabels[item.outcome] : '',
        rationale: item.rationale,
      })),
    parentsView: decision.parentsView.trim(),
    childDecisionView: decision.childView.trim(),
    decision: {
      analysis: decision.analysis.trim(),
      outcome: decision.outcome ? outcomeLabels[decision.outcome] : 'Not recorded',
      category: decision.category ? harmCategoryLabels[decision.category] : null,
      otherCategories: decision.otherCategoriesConsidered.trim(),
      reasons: decision.reasons.trim(),
      dissent: dissentFrom(meeting).map(
        ({ person, recommendation }) =>
          `${names.get(person.id) ?? person.name} recommended ${describeOutcome(recommendation.outcome)}${
            recommendation.rationale.trim() ? `: ${recommendation.rationale.trim()}` : ''
          }`,
      ),
      dissentNote: decision.dissentNote.trim(),
    },
    plan: {
      lead: nameOf(meeting.planFrame.leadSocialWorkerId) ?? 'Not named',
      coreGroup:
        meeting.planFrame.coreGroupIds
          .map((id) => nameOf(id))
          .filter((name): name is string => name !== null)
          .join(', ') || 'Not named',
      actions,
      contingency: meeting.planFrame.contingency.trim(),
    },
    nextDates: dates,
    glossary: glossaryFor(texts, bundledRuleFiles, {
      people: meeting.participants,
      children: meeting.children,
      familyName: meeting.familyName,
    }),
    // Each copy lists who receives that copy: the full minutes hold what was heard in a closed part, so
    // they go to the professionals; the family receive their own copy.
    distribution: meeting.participants
      .filter((person) => person.group === (family ? 'family' : 'professional'))
      .map((person) => ({
        name: names.get(person.id) ?? person.name,
        role: person.role,
      })),
    signature: options.signature,
  }
}
