/**
 * Ends a sentence built around someone's own words with one full stop, whatever they typed: 'Signed by
 * Jo Mensah.' from 'Jo Mensah' and from 'Jo Mensah.', never 'Jo Mensah..'.
 */
export function withFullStop(sentence: string): string {
  const trimmed = sentence.trimEnd()
  return /[.!?…]["”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/**
 * Joins advice to a reason without saying it twice: 'Say how often, and since when.' and the advice
 * 'say how often' make 'Say how often, and since when.', not '… since when. say how often.'. Advice
 * not already in the reason follows it as a sentence of its own, with a capital letter.
 */
export function reasonWithAdvice(reason: string, advice: ReadonlyArray<string>): string {
  const fold = (text: string): string => text.toLocaleLowerCase('en-GB').replace(/[^\p{L}\p{N} ]/gu, '')
  const said = fold(reason)
  const fresh = advice.map((item) => item.trim()).filter((item) => item !== '' && !said.includes(fold(item)))
  if (fresh.length === 0) return withFullStop(reason)
  const sentence = fresh.join('; ')
  return `${withFullStop(reason)} ${withFullStop(sentence.charAt(0).toLocaleUpperCase('en-GB') + sentence.slice(1))}`
}

/** 'a' or 'an' before a word, by how it sounds: 'an initial conference', 'a review conference'. */
export function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase.trim()) ? 'an' : 'a'} ${phrase}`
}
