import { formatBritishDate, formatBritishDateTime } from '../dates/british-date.ts'
import { foldForSearch } from '../text/fold-for-search.ts'
import { concernStepLabels, riskLevelLabels, type Concern, type ConcernStep } from './safeguarding.ts'

/** What a referral letter (the written follow-up of a telephone referral) says, as plain values. */
export type ConcernLetterContent = {
  readonly to: string
  readonly familyName: string
  readonly child: string
  /** 'Following my telephone referral on 01/12/2026 at 17:05' or, with no call yet, a referral. */
  readonly opening: string
  readonly disclosure: { readonly saidBy: string; readonly at: string; readonly words: string } | null
  readonly assessment: { readonly level: string; readonly reason: string } | null
  /** Each step recorded, in order, with when. */
  readonly steps: ReadonlyArray<{ readonly what: string; readonly at: string; readonly note: string }>
  readonly notToldParents: boolean
  readonly from: string
}

const stepOrder: ReadonlyArray<ConcernStep> = [
  'duty-team',
  'police',
  'no-tip-off',
  'self-referral',
  'mediator-referral',
  'supervisor',
  'end-mediation',
]

const when = (instant: string) => formatBritishDateTime(new Date(instant))

/**
 * The written follow-up of a telephone referral to children's services (seed 003: within 24 hours), from
 * what the concern recorded: what was said and by whom, the mediator's assessment, and each step taken
 * with its time. For the mediator to send; never for the parents.
 */
export function concernLetterContent(
  concern: Concern,
  familyName: string,
  from: { readonly name: string; readonly role: string },
  /** The team the referral went to: out of hours when it was made outside office hours. */
  dutyTeam: { readonly outOfHours: boolean; readonly phone: string },
  /** The children of the case's meetings: the one the concern is about is named with their date of birth. */
  children: ReadonlyArray<{ readonly name: string; readonly dateOfBirth: string | null }> = [],
): ConcernLetterContent {
  const named = concern.disclosure?.aboutChild.trim() ?? ''
  const known = named
    ? children.find((child) => foldForSearch(child.name.trim()) === foldForSearch(named))
    : undefined
  const phoned = concern.steps['mediator-referral'] ?? concern.steps['duty-team']
  return withoutOverrides({
    to: `Children’s services ${dutyTeam.outOfHours ? 'out-of-hours team' : 'duty team'}${dutyTeam.phone ? ` (${dutyTeam.phone})` : ''}`,
    familyName,
    child: !named
      ? 'Not named'
      : known?.dateOfBirth
        ? `${known.name.trim()}, born ${formatBritishDate(known.dateOfBirth)}`
        : named,
    opening:
      phoned?.outcome === 'done'
        ? `I am writing to confirm my telephone referral of ${when(phoned.at)}${phoned.note ? ` (${phoned.note})` : ''}, as your procedures ask, within 24 hours.`
        : 'I am writing to refer a concern about a child’s safety that was raised in family mediation.',
    disclosure: concern.disclosure
      ? {
          saidBy: concern.disclosure.saidBy.trim() || 'Not recorded',
          at: when(concern.raisedAt),
          words: withoutOuterQuotes(concern.disclosure.words.trim()),
        }
      : null,
    assessment: concern.assessment
      ? { level: riskLevelLabels[concern.assessment.level], reason: concern.assessment.reason.trim() }
      : null,
    // Each step as it went, an offer before the parent's answer included; the parents not told is said apart.
    steps: stepOrder.flatMap((step) => {
      const recorded = concern.steps[step]
      if (!recorded || step === 'no-tip-off') return []
      return [...recorded.earlier, recorded].flatMap((each) => {
        const what = stepWords(step, each.outcome)
        return what === null ? [] : [{ what, at: when(each.at), note: each.note }]
      })
    }),
    notToldParents: concern.steps['no-tip-off'] !== undefined,
    from: `${from.name}${from.role ? `, ${from.role}` : ''}`,
  })
}

function stepWords(step: ConcernStep, outcome: string): string | null {
  if (outcome === 'not-needed')
    return step === 'police' ? 'Did not call the police: no crime was about to be committed' : null
  switch (step) {
    case 'self-referral':
      return outcome === 'offered'
        ? 'Offered the parent who raised it the chance to refer themselves'
        : outcome === 'parent-referred'
          ? 'The parent who raised it told me they had referred themselves'
          : 'The parent who raised it chose not to refer themselves'
    case 'end-mediation':
      return outcome === 'ended' ? 'Ended the mediation' : 'Suspended the mediation'
    case 'duty-team':
      return 'Telephoned the children’s services duty team'
    case 'mediator-referral':
      return 'Referred to the children’s services duty team by telephone'
    case 'police':
      return 'Called the police on 999'
    case 'supervisor':
      return 'Spoke to my supervisor or professional practice consultant'
    case 'written-follow-up':
      return 'Sent this written follow-up'
    default:
      return concernStepLabels[step]
  }
}

/** Words typed inside quotation marks of their own: the letter quotes them once, not twice. */
function withoutOuterQuotes(words: string): string {
  const quoted = /^["“'‘„«]([\s\S]*)["”'’“»]$/u.exec(words)
  return quoted?.[1]?.trim() ? quoted[1].trim() : words
}

/**
 * Text with no directional override or embedding (U+202A to U+202E): in a letter to children's services,
 * an override makes what follows it read backwards, so the words could look unlike what was typed. Names
 * and words in Arabic or Hebrew keep their own direction without them.
 */
export function withoutOverrides<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[\u202A-\u202E]/g, '') as T
  if (Array.isArray(value)) return value.map((item: unknown) => withoutOverrides(item)) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutOverrides(item)])) as T
}
