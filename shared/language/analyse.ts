import { assertNever } from '../util/assert-never.ts'
import { joinNames, namesOf, namesTogether, readKinWord, relativesIn } from './kin.ts'
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

/** An acronym a council adds in settings, and what it stands for. */
export type ExtraAcronym = { readonly term: string; readonly expansion: string }

/** The pattern that finds an acronym written as a council gave it ('CSPR', 'CSPRs'), never inside a word. */
export function acronymPattern(term: string): string {
  return `(?<![\\p{L}\\p{N}])${escape(term.trim())}s?(?![\\p{L}\\p{N}])`
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
  readonly strengthsOnly: boolean
  /** For an acronym: the words that, once written out anywhere in the text, make the acronym fine. */
  readonly writtenOut: string | null
  /** Letters every match contains, as written ('CAMHS'): a text without them is not searched. */
  readonly literal: string | null
}

/** The acronym a plain pattern looks for ('\\bCAMHS?\\b' looks for 'CAMH'), when the match is case-sensitive. */
function literalOf(pattern: string, caseSensitive: boolean): string | null {
  const plain = /^\\b([A-Z0-9&]{2,})(?:s\?)?\\b$/.exec(pattern)
  return caseSensitive && plain?.[1] ? plain[1] : null
}

const acronymReason = (term: string, expansion: string): string =>
  `Not everyone knows '${term}'. Write it out the first time: ${expansion}.`

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
    readonly acronyms?: ReadonlyArray<ExtraAcronym>
  } = {},
): CompiledRules {
  const disabledCategories = new Set(options.disabledCategories ?? [])
  const disabledRules = new Set(options.disabledRuleIds ?? [])
  // A council's own meaning of an acronym replaces the bundled one ('CPA' may be its own team).
  const councilTerms = new Set((options.acronyms ?? []).map((acronym) => acronym.term.trim()))
  const rules: CompiledRule[] = []
  for (const file of files) {
    if (disabledCategories.has(file.category)) continue
    for (const rule of file.rules) {
      if (disabledRules.has(rule.id) || rule.glossaryOnly || (rule.term && councilTerms.has(rule.term)))
        continue
      rules.push({
        id: rule.id,
        category: file.category,
        regex: new RegExp(rule.pattern, (rule.caseSensitive ?? file.caseSensitive) ? 'gu' : 'giu'),
        literal: literalOf(rule.pattern, rule.caseSensitive ?? file.caseSensitive ?? false),
        reason:
          rule.reason ??
          (rule.expansion && rule.term ? acronymReason(rule.term, rule.expansion) : file.description),
        suggestions:
          rule.suggestions ??
          (rule.expansion && rule.term ? [`${rule.expansion} (${rule.term})`, rule.expansion] : []),
        suggest: rule.suggest,
        onlyWithTwoOrMoreChildren: rule.onlyWithTwoOrMoreChildren ?? false,
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
      strengthsOnly: extra.category === 'deficit',
      writtenOut: null,
      literal: null,
    })
  }
  if (!disabledCategories.has('jargon'))
    for (const acronym of options.acronyms ?? []) {
      const term = acronym.term.trim()
      const id = `council-${term.toLocaleLowerCase('en-GB')}`
      if (term === '' || disabledRules.has(id)) continue
      rules.push({
        id,
        category: 'jargon',
        regex: new RegExp(acronymPattern(term), 'gu'),
        reason: acronymReason(term, acronym.expansion),
        suggestions: [`${acronym.expansion} (${term})`, acronym.expansion],
        suggest: undefined,
        onlyWithTwoOrMoreChildren: false,
        strengthsOnly: false,
        writtenOut: writtenOutForm(acronym.expansion),
        literal: term,
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

/** The names a label rule suggests whatever the match: null for a family word, read at each match. */
function namesFor(suggest: SuggestFrom, context: LanguageContext): string[] | null {
  switch (suggest.from) {
    case 'kin':
      return null
    case 'kin-together':
      return namesTogether(suggest.relationships, relativesIn(context.people))
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
    default:
      return assertNever(suggest, 'suggestion source')
  }
}

/** A police rank written before a name ('PC Kate Lyons', 'DS Patel') is a title the family may not know, not a name. */
const rankBeforeName = /^\s*(?:PC|WPC|PCSO|DC|DS|DI|DCI)\s+(?=\S)/u

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
  for (const person of context.people) add(person.name.replace(rankBeforeName, ''))
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

  const lowerText = text.toLocaleLowerCase('en-GB')
  const findings: Finding[] = []
  for (const rule of compiled.rules) {
    if (rule.strengthsOnly && !context.recordingStrength) continue
    if (rule.onlyWithTwoOrMoreChildren && context.children.length < 2) continue
    if (rule.literal !== null && !text.includes(rule.literal)) continue
    if (rule.writtenOut !== null && (context.explained?.has(rule.id) || lowerText.includes(rule.writtenOut)))
      continue
    const suggested = rule.suggest ? namesFor(rule.suggest, context) : null
    if (suggested !== null && suggested.length === 0) continue
    const kin = rule.suggest?.from === 'kin' ? rule.suggest : null
    rule.regex.lastIndex = 0
    for (let match = rule.regex.exec(text); match; match = rule.regex.exec(text)) {
      const leading = match[0].length - match[0].trimStart().length
      const start = match.index + leading
      const trimmed = match[0].trim().replace(/^[.!?]\s*/, '')
      const end = start + match[0].trim().length
      let begin = end - trimmed.length
      if (trimmed === '' || inQuote(begin)) continue
      if (rule.writtenOut !== null && names.has(trimmed)) continue
      let suggestions = suggested ?? rule.suggestions
      if (kin) {
        const read = readKinWord(text, begin, end, kin, { ...context, names })
        if (!read) continue
        begin = read.start
        suggestions = namesOf(read.people)
      }
      const matched = text.slice(begin, end)
      if (dismissed.has(`${rule.id}\u0000${matched.toLocaleLowerCase('en-GB')}`)) continue
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        start: begin,
        end,
        match: matched,
        reason: rule.reason,
        suggestions,
      })
      if (rule.writtenOut !== null) break
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end)
  // 'The mother' inside "the mother's new partner": the longer label says who is meant.
  return findings.filter(
    (finding) =>
      finding.category !== 'labels' ||
      !findings.some(
        (other) =>
          other !== finding &&
          other.category === 'labels' &&
          other.start <= finding.start &&
          other.end >= finding.end &&
          other.end - other.start > finding.end - finding.start,
      ),
  )
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
    if (rule.literal !== null && !text.includes(rule.literal) && !lowerText.includes(rule.writtenOut))
      continue
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
