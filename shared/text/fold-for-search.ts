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
  // Arabic letters written either way in names: Fatima with taa marbuta or haa, a final yaa with or without dots.
  ة: 'ه',
  ى: 'ي',
}

/**
 * Marks Unicode counts as accents that are part of how a word is spelt, kept: the virama of Devanagari,
 * Bengali and the other Indian scripts ('प्रिया' is not 'परिया'), and Japanese voicing and the long-vowel
 * mark ('ガク' is not 'カク'). Arabic's hamza and madda above and below go, as its short vowels do.
 */
const accents =
  /(?![\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u3099\u309a\u30fc])\p{Diacritic}|[\u0653-\u0655]/gu

/** Hiragana as katakana, so 'はるか' finds 'ハルカ' (a name is written in either). */
function asKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60))
}

/**
 * Text as a search compares it: lower case, without accents, so 'lucja' finds 'Łucja' and 'zoe' finds
 * 'Zoë'. Letters that Unicode does not split into a base and an accent (ł, ø, ß…) are mapped by hand.
 * A hyphen or dash is a space and an apostrophe or full stop is nothing, so 'smith jones' finds
 * 'Smith-Jones', 'oneill' or "o'neill" finds 'O’Neill' and 'st john' finds 'St. John', however the name was
 * typed. Full-width and half-width letters are the ordinary ones ('kim' finds 'Ｋｉｍ'); Arabic loses its
 * short vowels and hamza ('احمد' finds 'أحمد'); hiragana reads as katakana.
 */
export function foldForSearch(text: string): string {
  return asKatakana(
    text
      .normalize('NFKC')
      .toLocaleLowerCase('en-GB')
      .normalize('NFD')
      .replace(accents, '')
      .replace(/[łøđðßæœıþħةى]/g, (letter) => unfoldable[letter] ?? letter)
      .normalize('NFC'),
  )
    .replace(/[-\u2010-\u2015\u2212]/g, ' ')
    .replace(/['\u2018\u2019\u02bc`.]/g, '')
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

/**
 * True when a name typed to confirm something (deleting a signed record) is the name, as a person types it on
 * any keyboard: case, accents, hyphens and apostrophes aside ('wisniewska' for 'Wiśniewska', 'Ni Bhriain'
 * for 'Ní Bhriain'), but every letter there. Never for an empty name.
 */
export function typedNameMatches(typed: string, name: string): boolean {
  const wanted = foldForSearch(name).trim()
  return wanted !== '' && foldForSearch(typed).trim() === wanted
}
