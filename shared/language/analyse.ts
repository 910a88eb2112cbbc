import type { LanguageCategory, RuleFile, SuggestFrom } from './rule-files.ts'

/** Something in a text the assistant would write differently: where, why, and what to write instead. */
export type Finding = {
  readonly ruleId: string
  readonly category: LanguageCategory
  readonly start: number
  readonly end: number
  readonly match: string
  readonly reason: string
  readonly suggestions: ReadonlyArray<string>
}

/** What the analyser knows about the meeting, so it can suggest names and leave names alone. */
export type LanguageContext = {
  readonly people: ReadonlyArray<{
    readonly name: string
    readonly role: string
    readonly group: 'family' | 'professional'
  }>
  readonly children: ReadonlyArray<{ readonly name: string; readonly knownAs: string }>
  readonly familyName: string
  /** True where a strength is being recorded (the 'what is working well' section). */
  readonly recordingStrength: boolean
  /** Wordings the chair chose to keep: this rule, this wording. */
  readonly dismissed?: ReadonlyArray<{ readonly ruleId: string; readonly match: string }>
  /** Acronyms (rule ids) already used or written out earlier in the meeting: only the first use is flagged. */
  readonly explained?: ReadonlySet<string>
}

/** A phrase a council adds in settings: flagged wherever it appears, with its reason and suggestion. */
export type ExtraRule = {
  readonly id: string
  readonly category: LanguageCategory
  readonly phrase: string
  readonly reason: string
  readonly suggestion: string
}

type CompiledRule = {
  readonly id: string
  readonly category: LanguageCategory
  readonly regex: RegExp
  readonly reason: string
  readonly suggestions: ReadonlyArray<string>
  readonly suggest: SuggestFrom | undefined
  readonly onlyWithTwoOrMoreChildren: boolean
  readonly possessorMustBeChild: boolean
  readonly strengthsOnly: boolean
  /** For an acronym: the words that, once written out anywhere in the text, make the acronym fine. */
  readonly writtenOut: string | null
}

/** The rules, compiled once: analysing a 500-word note then takes well under a millisecond. */
export type CompiledRules = { readonly rules: ReadonlyArray<CompiledRule> }

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** 'a section 47 enquiry (a child protection investigation)' is written out as 'section 47 enquiry'. */
const writtenOutForm = (expansion: string): string =>
  (expansion.split(' (')[0] ?? expansion).replace(/^(?:a|an|the)\s+/i, '').toLocaleLowerCase('en-GB')

/** Compiles the rule files, leaving out what the council has switched off and adding its own phrases. */
export function compileRules(
  files: ReadonlyArray<RuleFile>,
  options: {
    readonly disabledCategories?: ReadonlyArray<LanguageCategory>
    readonly disabledRuleIds?: ReadonlyArray<string>
    readonly extraRules?: ReadonlyArray<ExtraRule>
  } = {},
): CompiledRules {
  const disabledCategories = new Set(options.disabledCategories ?? [])
  const disabledRules = new Set(options.disabledRuleIds ?? [])
  const rules: CompiledRule[] = []
  for (const file of files) {
    if (disabledCategories.has(file.category)) continue
    for (const rule of file.rules) {
      if (disabledRules.has(rule.id)) continue
      rules.push({
        id: rule.id,
        category: file.category,
        regex: new RegExp(rule.pattern, file.caseSensitive || rule.caseSensitive ? 'gu' : 'giu'),
        reason:
          rule.reason ??
          (rule.expansion
            ? `Not everyone knows '${rule.term}'. Write it out the first time: ${rule.expansion}.`
            : file.description),
        suggestions:
          rule.suggestions ??
          (rule.expansion && rule.term ? [`${rule.expansion} (${rule.term})`, rule.expansion] : []),
        suggest: rule.suggest,
        onlyWithTwoOrMoreChildren: rule.onlyWithTwoOrMoreChildren ?? false,
        possessorMustBeChild: rule.possessorMustBeChild ?? false,
        strengthsOnly: file.appliesTo === 'strengths',
        writtenOut: rule.term && rule.expansion ? writtenOutForm(rule.expansion) : null,
      })
    }
  }
  for (const extra of options.extraRules ?? []) {
    if (disabledCategories.has(extra.category) || disabledRules.has(extra.id) || extra.phrase.trim() === '')
      continue
    rules.push({
      id: extra.id,
      category: extra.category,
      regex: new RegExp(`(?<![\\p{L}\\p{N}])${escape(extra.phrase.trim())}(?![\\p{L}\\p{N}])`, 'giu'),
      reason: extra.reason,
      suggestions: extra.suggestion ? [extra.suggestion] : [],
      suggest: undefined,
      onlyWithTwoOrMoreChildren: false,
      possessorMustBeChild: false,
      strengthsOnly: extra.category === 'deficit',
      writtenOut: null,
    })
  }
  return { rules }
}

/** Spans inside quotation marks: someone's own words, which the minutes keep as they were said. */
function quotedSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = []
  const pattern = /“[^”]*”|"[^"]*"/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    spans.push([match.index, match.index + match[0].length])
  return spans
}

function joinNames(names: ReadonlyArray<string>): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

function namesFor(suggest: SuggestFrom, context: LanguageContext): string[] {
  switch (suggest.from) {
    case 'role': {
      // Minutes written for a family use first names; the full name is offered too, for a formal record.
      const roles = suggest.roles.map((role) => role.toLocaleLowerCase('en-GB'))
      const names = context.people
        .filter((person) => roles.some((role) => person.role.toLocaleLowerCase('en-GB').includes(role)))
        .flatMap((person) => [person.name.trim().split(/\s+/)[0] ?? person.name, person.name.trim()])
      return [...new Set(names)]
    }
    case 'children':
      return context.children.map((child) => child.knownAs || child.name)
    case 'children-together':
      return context.children.length > 0
        ? [joinNames(context.children.map((child) => child.knownAs || child.name))]
        : []
    case 'family-adults': {
      const adults = context.people.filter((person) => person.group === 'family').map((person) => person.name)
      return adults.length > 0 ? [joinNames(adults), ...(adults.length > 1 ? adults : [])] : []
    }
  }
}

/**
 * Every word of every name in the meeting, as written, so a name is never taken for an acronym. Acronyms are
 * matched case-sensitively, so 'Sen' (a name) never matches SEN, and only a name written in capitals shields it.
 */
export function nameWords(
  context: Pick<LanguageContext, 'people' | 'children' | 'familyName'>,
): ReadonlySet<string> {
  const words = new Set<string>()
  const add = (name: string): void => {
    for (const word of name.split(/[\s\-']+/)) if (word) words.add(word)
  }
  for (const person of context.people) add(person.name)
  for (const child of context.children) {
    add(child.name)
    add(child.knownAs)
  }
  add(context.familyName)
  return words
}

/** Finds what the assistant would write differently in a text. Pure and quick: it runs as people type. */
export function analyse(text: string, compiled: CompiledRules, context: LanguageContext): Finding[] {
  if (text.trim() === '') return []
  const quoted = quotedSpans(text)
  const inQuote = (index: number): boolean => quoted.some(([start, end]) => index >= start && index < end)
  const dismissed = new Set(
    (context.dismissed ?? []).map(
      (entry) => `${entry.ruleId}\u0000${entry.match.toLocaleLowerCase('en-GB')}`,
    ),
  )
  const names = nameWords(context)
  const childNames = new Set(
    context.children
      .flatMap((child) => [child.knownAs, ...child.name.split(/\s+/)])
      .filter(Boolean)
      .map((name) => name.toLocaleLowerCase('en-GB')),
  )

  const lowerText = text.toLocaleLowerCase('en-GB')
  const findings: Finding[] = []
  for (const rule of compiled.rules) {
    if (rule.strengthsOnly && !context.recordingStrength) continue
    if (rule.onlyWithTwoOrMoreChildren && context.children.length < 2) continue
    if (rule.writtenOut !== null && (context.explained?.has(rule.id) || lowerText.includes(rule.writtenOut)))
      continue
    const suggested = rule.suggest ? namesFor(rule.suggest, context) : null
    if (suggested !== null && suggested.length === 0) continue
    rule.regex.lastIndex = 0
    for (let match = rule.regex.exec(text); match; match = rule.regex.exec(text)) {
      const leading = match[0].length - match[0].trimStart().length
      const start = match.index + leading
      const matched = match[0].trim().replace(/^[.!?]\s*/, '')
      const begin = start + (match[0].trim().length - matched.length)
      if (matched === '' || inQuote(begin)) continue
      if (rule.writtenOut !== null && names.has(matched)) continue
      if (rule.possessorMustBeChild) {
        const possessor = /([\p{L}]+)['’]s\s+$/u.exec(text.slice(Math.max(0, begin - 40), begin))?.[1]
        if (possessor && !childNames.has(possessor.toLocaleLowerCase('en-GB'))) continue
      }
      if (dismissed.has(`${rule.id}\u0000${matched.toLocaleLowerCase('en-GB')}`)) continue
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        start: begin,
        end: begin + matched.length,
        match: matched,
        reason: rule.reason,
        suggestions: suggested ?? rule.suggestions,
      })
      if (rule.writtenOut !== null) break
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end)
  return findings
}

/** A suggestion as it goes in the finding's place, keeping a capital letter where the sentence needs one. */
export function replacementFor(finding: Finding, suggestion: string): string {
  const capital = /^\p{Lu}/u.test(finding.match) && /^\p{Ll}/u.test(suggestion)
  return capital ? suggestion.charAt(0).toLocaleUpperCase('en-GB') + suggestion.slice(1) : suggestion
}

/** The text with a suggestion in place of a finding. */
export function applySuggestion(text: string, finding: Finding, suggestion: string): string {
  return text.slice(0, finding.start) + replacementFor(finding, suggestion) + text.slice(finding.end)
}

/**
 * The acronyms (rule ids) a text uses or writes out, so that later notes in the meeting need not explain
 * them again. Names are not acronyms.
 */
export function acronymsIn(
  text: string,
  compiled: CompiledRules,
  names: ReadonlySet<string> = new Set(),
): ReadonlySet<string> {
  const lowerText = text.toLocaleLowerCase('en-GB')
  const found = new Set<string>()
  for (const rule of compiled.rules) {
    if (rule.writtenOut === null) continue
    if (lowerText.includes(rule.writtenOut)) {
      found.add(rule.id)
      continue
    }
    rule.regex.lastIndex = 0
    for (let match = rule.regex.exec(text); match; match = rule.regex.exec(text)) {
      if (!names.has(match[0].trim())) {
        found.add(rule.id)
        break
      }
    }
  }
  return found
}
