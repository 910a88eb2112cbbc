import { acronymPattern, type ExtraAcronym } from './analyse.ts'
import type { RuleFile } from './rule-files.ts'

/** An acronym or practice term used in a document, and what it means. */
export type GlossaryEntry = { readonly term: string; readonly expansion: string }

/** A term the glossary looks for, and how to find it. */
export type GlossaryTerm = GlossaryEntry & { readonly regex: RegExp }

/**
 * Every term the glossary can explain: each rule with a term and its meaning in the rule files (whether or
 * not the council has the suggestions for it switched on: the glossary is about the document), and the
 * council's own acronyms, whose meaning wins over a bundled one with the same short form.
 */
export function glossaryTerms(
  files: ReadonlyArray<RuleFile>,
  acronyms: ReadonlyArray<ExtraAcronym> = [],
): ReadonlyArray<GlossaryTerm> {
  const terms: GlossaryTerm[] = acronyms
    .filter((acronym) => acronym.term.trim() !== '')
    .map((acronym) => ({
      term: acronym.term.trim(),
      expansion: acronym.expansion.trim(),
      regex: new RegExp(acronymPattern(acronym.term), 'gu'),
    }))
  const council = new Set(terms.map((entry) => entry.term))
  for (const file of files)
    for (const rule of file.rules)
      if (rule.term && rule.expansion && !council.has(rule.term))
        terms.push({
          term: rule.term,
          expansion: rule.expansion,
          regex: new RegExp(rule.pattern, (rule.caseSensitive ?? file.caseSensitive) ? 'gu' : 'giu'),
        })
  return terms
}

/**
 * Every term used anywhere in the texts, once each, in alphabetical order, for the glossary a document
 * ends with. A word of someone's name is not an acronym ('DA Ortiz', 'Priya Sen').
 */
export function glossaryFor(
  texts: ReadonlyArray<string>,
  terms: ReadonlyArray<GlossaryTerm>,
  names: ReadonlySet<string>,
): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>()
  for (const entry of terms) {
    if (entries.has(entry.term)) continue
    const { regex } = entry
    const used = texts.some((text) => {
      regex.lastIndex = 0
      for (let match = regex.exec(text); match; match = regex.exec(text))
        if (!names.has(match[0].trim())) return true
      return false
    })
    if (used) entries.set(entry.term, { term: entry.term, expansion: entry.expansion })
  }
  return [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'))
}
