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
 * Whether a folded name holds a folded search, the spaces in either aside: 'o connor' finds 'O’Connor',
 * 'osuilleabhain' finds 'Ó Súilleabháin' and 'macmahon' finds 'Mac Mahon', as people type these names
 * each way. Both are already folded (foldForSearch) so a list folds each name once, not per keystroke.
 */
export function foldedIncludes(name: string, search: string): boolean {
  return name.includes(search) || name.replaceAll(' ', '').includes(search.replaceAll(' ', ''))
}
