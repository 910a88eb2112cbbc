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
 * Scripts without case or accents (Arabic, Bengali) pass through unchanged.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('en-GB')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[łøđðßæœıþħ]/g, (letter) => unfoldable[letter] ?? letter)
    .normalize('NFC')
}
