const unfoldable: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
}

/**
 * Text as a search compares it: lower case, without accents, so 'lucja' finds 'Łucja' and 'zoe' finds
 * 'Zoë'. Letters that Unicode does not split into a base and an accent (ł, ø, ß…) are mapped by hand.
 * A hyphen or dash is a space and an apostrophe is nothing, so 'smith jones' finds 'Smith-Jones' and
 * 'oneill' or "o'neill" finds 'O’Neill', however the name was typed. Scripts without case or accents (Arabic,
 * Bengali) pass through unchanged.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('en-GB')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[łøđðßæœıþħ]/g, (letter) => unfoldable[letter] ?? letter)
    .normalize('NFC')
    .replace(/[-\u2010-\u2015\u2212]/g, ' ')
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .replace(/\s+/g, ' ')
}

/**
 * Whether a folded name holds a folded search: anywhere as it is, or with the spaces in either aside from
 * the start of one of the name's words, so 'o connor' finds 'O’Connor', 'osuilleabhain' finds
 * 'Ó Súilleabháin' and 'macmahon' finds 'Mac Mahon', as people type these names each way; but 'kim' does
 * not find 'Rick Imrie' across the space between his names. Both are already folded (foldForSearch), so a
 * list folds each name once, not per keystroke.
 */
export function foldedIncludes(name: string, search: string): boolean {
  if (name.includes(search)) return true
  const wanted = search.replaceAll(' ', '')
  if (wanted === '') return false
  const wordStarts = [0, ...[...name.matchAll(/ /g)].map((space) => space.index + 1)]
  return wordStarts.some((at) => name.slice(at).replaceAll(' ', '').startsWith(wanted))
}
