import type { PlanAction } from '../records.ts'

/** What a plan action is missing to be SMART: who, by when, how we will know, and what it is for. */
export type SmartProblem = {
  readonly kind: 'what' | 'owner' | 'due' | 'measure' | 'vague' | 'addresses'
  readonly message: string
  readonly suggestion: string
}

/**
 * Verbs that say an activity, not a change: fine with a measure ('attend all six sessions'), too vague
 * without one. Matched as words, in any tense.
 */
const vagueVerbs: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bengag(e|es|ed|ing)( fully)? with\b/i, 'engage with'],
  [/\bwork(s|ed|ing)? (with|on|towards?)\b/i, 'work with'],
  [/\bmonitor(s|ed|ing)?\b/i, 'monitor'],
  [/\bsupport(s|ed|ing)?\b/i, 'support'],
  [/\bcontinu(e|es|ed|ing) to\b/i, 'continue to'],
  [/\bimprov(e|es|ed|ing)\b/i, 'improve'],
  [/\bconsider(s|ed|ing)?\b/i, 'consider'],
  [/\bliais(e|es|ed|ing)\b/i, 'liaise'],
  [/\baddress(es|ed|ing)?\b/i, 'address'],
  [/\bensur(e|es|ed|ing)\b/i, 'ensure'],
  [/\bbe aware of\b/i, 'be aware of'],
]

/** A measure says something that can be counted or seen: a number, a date, a frequency, or an observation. */
const measurable =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twice|weekly|daily|monthly|every|each|all|no|none|fewer|less than|more than|at least|by \d|seen|observed|confirmed|report(s|ed)?|records?|attendance|completed?|certificate|signed|agreed|held|shared|sent|visits?)\b/i

/** The vague verb in a text, if there is one. */
export function vagueVerbIn(text: string): string | null {
  for (const [pattern, verb] of vagueVerbs) if (pattern.test(text)) return verb
  return null
}

/**
 * Checks one action as it is typed. A vague verb counts only when there is no measure to pin it down:
 * 'Sarah will engage with the parenting course' is vague; with 'attends all 8 sessions' it is not.
 */
export function smartProblems(
  action: Pick<
    PlanAction,
    'what' | 'ownerId' | 'ownerText' | 'due' | 'dueWithinWorkingDays' | 'measure' | 'addresses'
  >,
): ReadonlyArray<SmartProblem> {
  const problems: SmartProblem[] = []
  const what = action.what.trim()
  const measure = action.measure.trim()
  if (what === '')
    problems.push({
      kind: 'what',
      message: 'Say what will happen',
      suggestion: "Write it to the family: 'Sarah and Tom will…'",
    })
  if (action.ownerId === null && action.ownerText.trim() === '')
    problems.push({ kind: 'owner', message: 'Who will do it?', suggestion: 'Choose a person or an agency' })
  if (action.due === null && action.dueWithinWorkingDays === null)
    problems.push({
      kind: 'due',
      message: 'By when?',
      suggestion: "Give a date, or 'within so many working days'",
    })
  const measureIsMeasurable = measurable.test(measure) || /\d/.test(measure)
  if (measure === '')
    problems.push({
      kind: 'measure',
      message: 'How will we know it is done?',
      suggestion: "Say what will be seen or counted: 'attends all 8 sessions', 'no missed appointments'",
    })
  else if (!measureIsMeasurable)
    problems.push({
      kind: 'measure',
      message: 'The measure is hard to check',
      suggestion: 'Add a number, a frequency or what will be seen',
    })
  const vague = vagueVerbIn(what)
  if (vague && !measureIsMeasurable)
    problems.push({
      kind: 'vague',
      message: `‘${vague}’ says an activity, not a change`,
      suggestion: 'Say what will be different for the child, and how often or how much',
    })
  if (action.addresses.trim() === '')
    problems.push({
      kind: 'addresses',
      message: 'Which worry does it address?',
      suggestion: 'Choose a danger statement or name the worry',
    })
  return problems
}

/** How many actions fail the check, and how many problems there are in all. */
export function smartSummary(actions: ReadonlyArray<Parameters<typeof smartProblems>[0]>): {
  readonly failing: number
  readonly problems: number
} {
  let failing = 0
  let problems = 0
  for (const action of actions) {
    const found = smartProblems(action).length
    if (found > 0) failing += 1
    problems += found
  }
  return { failing, problems }
}
