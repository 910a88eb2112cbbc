import type { LanguageContext } from './analyse.ts'
import type { RuleFile } from './rule-files.ts'

/** An acronym used in the minutes, and what it stands for. */
export type GlossaryEntry = { readonly term: string; readonly expansion: string }

/** Every acronym used anywhere in the texts, for the glossary the minutes end with. Names are not acronyms. */
export function glossaryFor(
  texts: ReadonlyArray<string>,
  files: ReadonlyArray<RuleFile>,
  context: Pick<LanguageContext, 'people' | 'children' | 'familyName'>,
): GlossaryEntry[] {
  const names = new Set(
    [
      ...context.people.map((person) => person.name),
      ...context.children.flatMap((child) => [child.name, child.knownAs]),
      context.familyName,
    ].flatMap((name) => name.split(/[\s\-']+/)),
  )
  const entries: GlossaryEntry[] = []
  for (const file of files) {
    if (file.category !== 'jargon') continue
    for (const rule of file.rules) {
      if (!rule.term || !rule.expansion) continue
      const regex = new RegExp(rule.pattern, file.caseSensitive ? 'u' : 'iu')
      const used = texts.some((text) => {
        const match = regex.exec(text)
        return match !== null && !names.has(match[0])
      })
      if (used) entries.push({ term: rule.term, expansion: rule.expansion })
    }
  }
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'en-GB'))
}
