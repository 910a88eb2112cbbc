import { z } from 'zod'
import defaultSet from '../../../resources/mediation/screening-questions.json' with { type: 'json' }

/**
 * The triage of conflict between parents (seed 002), least to most serious: healthy conflict; harmful
 * parental conflict (frequent, intense, unresolved, with no violence and no significant power imbalance);
 * domestic abuse, lower risk; domestic abuse, higher risk (fear and limited 'space for action', coercive
 * control, a child protection plan, MARAC, injuries).
 */
export const triageLevels = ['healthy', 'harmful-conflict', 'abuse-lower', 'abuse-higher'] as const
/** A level of the triage. */
export type TriageLevel = (typeof triageLevels)[number]

/** How each level reads to the mediator. */
export const triageLabels: Readonly<Record<TriageLevel, string>> = {
  healthy: 'Healthy conflict',
  'harmful-conflict': 'Harmful parental conflict',
  'abuse-lower': 'Domestic abuse: lower risk',
  'abuse-higher': 'Domestic abuse: higher risk',
}

/** One screening question, and the level a 'yes' to it suggests at least. */
export const ScreeningQuestionSchema = z.object({
  id: z.string().trim().min(1).max(80),
  text: z.string().trim().min(1).max(1_000),
  yesSuggests: z.enum(triageLevels),
})
/** One screening question. */
export type ScreeningQuestion = z.infer<typeof ScreeningQuestionSchema>

/**
 * A set of screening questions, replaced as a whole: a service loads its own (a licensed instrument may not
 * be altered, so Convene never edits one question of a set), and a MIAM keeps the set it was asked from.
 */
export const QuestionSetSchema = z
  .object({
    id: z.string().trim().min(1).max(80),
    version: z.int().min(1),
    name: z.string().trim().min(1).max(200),
    questions: z.array(ScreeningQuestionSchema).min(1).max(60),
  })
  .refine((set) => new Set(set.questions.map((question) => question.id)).size === set.questions.length, {
    error: 'Two questions share an id: each must have its own',
  })
/** A set of screening questions. */
export type QuestionSet = z.infer<typeof QuestionSetSchema>

/** Convene's own questions, drawn from the seeds (never a licensed instrument). */
export const defaultQuestionSet: QuestionSet = QuestionSetSchema.parse(defaultSet)

/** A screening answer. */
export const ScreeningAnswerSchema = z.enum(['yes', 'no', 'not-sure'])
/** A screening answer. */
export type ScreeningAnswer = z.infer<typeof ScreeningAnswerSchema>

/** What else the MIAM learned that bears on suitability: the agencies involved and the case's footing. */
export type SuitabilityFacts = {
  readonly enquiryUnderWay: boolean
  readonly protectionPlan: boolean
  /** A child protection mediation (seed 000): run with the court and local authority despite a plan. */
  readonly childProtectionMediation: boolean
}

/** What the app suggests: never a decision, which is the mediator's. */
export type Triage = {
  readonly level: TriageLevel
  /** The suggestion that follows from it. */
  readonly suggestion: 'suitable' | 'suitable-with-safeguards' | 'not-suitable'
  /** Why, in the mediator's words: the questions answered 'yes' or 'not sure' that raised it, and the facts. */
  readonly because: ReadonlyArray<string>
  /** Questions not answered yet: the suggestion may change. */
  readonly unanswered: number
}

const order = (level: TriageLevel) => triageLevels.indexOf(level)

/**
 * The suggested triage from a MIAM's answers: the most serious level any 'yes' suggests ('not sure' counts
 * as a reason to look again, raising the level no higher than lower-risk abuse for an abuse question), and
 * a child protection enquiry or plan makes mediation unsuitable unless the case is a child protection
 * mediation. The mediator decides, with a reason.
 */
export function suggestTriage(
  set: QuestionSet,
  answers: Readonly<Record<string, ScreeningAnswer>>,
  facts: SuitabilityFacts,
): Triage {
  let level = 'healthy' as TriageLevel
  const because: string[] = []
  const raise = (to: TriageLevel, reason: string) => {
    if (order(to) > order(level)) level = to
    because.push(reason)
  }
  for (const question of set.questions) {
    const answer = answers[question.id]
    if (answer === 'yes') raise(question.yesSuggests, `Yes: ${question.text}`)
    else if (answer === 'not-sure' && order(question.yesSuggests) >= order('abuse-lower'))
      raise('abuse-lower', `Not sure: ${question.text}`)
  }
  const protection = facts.enquiryUnderWay || facts.protectionPlan
  if (protection && !facts.childProtectionMediation)
    because.push(
      facts.enquiryUnderWay
        ? 'A child protection enquiry is under way: mediation is unlikely to be suitable.'
        : 'A child is on a child protection plan: mediation is unlikely to be suitable.',
    )
  const suggestion =
    level === 'abuse-higher' || (protection && !facts.childProtectionMediation)
      ? 'not-suitable'
      : level === 'abuse-lower'
        ? 'suitable-with-safeguards'
        : 'suitable'
  return {
    level,
    suggestion,
    because,
    unanswered: set.questions.filter((question) => answers[question.id] === undefined).length,
  }
}

/** The largest question set file read: far above any real set, so a wrong file is refused at once. */
export const mostQuestionSetBytes = 1_000_000

/**
 * A service's own question set from the text of its file, or what is wrong with it in plain words. The
 * file is the set as a whole: `{ id, version, name, questions: [{ id, text, yesSuggests }] }`, where
 * yesSuggests is one of healthy, harmful-conflict, abuse-lower, abuse-higher (docs/mediation.md).
 */
export function readQuestionSetFile(
  text: string,
): { readonly ok: true; readonly value: QuestionSet } | { readonly ok: false; readonly problem: string } {
  if (text.length > mostQuestionSetBytes)
    return { ok: false, problem: 'This file is far too large to be a set of screening questions.' }
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return {
      ok: false,
      problem:
        'This is not a question set: Convene cannot read it as one (it is not JSON text). Nothing was changed.',
    }
  }
  const parsed = QuestionSetSchema.safeParse(raw)
  if (parsed.success) return { ok: true, value: parsed.data }
  const first = parsed.error.issues[0]
  // 'questions.0.yesSuggests' as people count: question 1's yesSuggests.
  const [top, index, field] = first?.path ?? []
  const where =
    top === 'questions' && typeof index === 'number'
      ? ` (question ${index + 1}${field === undefined ? '' : `, its ${String(field)}`})`
      : top === undefined
        ? ''
        : ` (its ${String(top)})`
  const allowed = first?.code === 'invalid_value' ? `: use one of ${first.values.map(String).join(', ')}` : ''
  return {
    ok: false,
    problem: `This is not a question set Convene can use${where}: ${first?.message ?? 'it is not as described'}${allowed}. Nothing was changed.`,
  }
}
