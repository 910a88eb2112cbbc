/** Plain-English readability of a text: Flesch reading ease, with the counts it comes from. */
export type Readability = { readonly score: number; readonly words: number; readonly sentences: number }

/** A standard estimate of an English word's syllables: vowel groups, less a silent final e. */
export function syllables(word: string): number {
  const letters = word.toLocaleLowerCase('en-GB').replace(/[^a-z]/g, '')
  if (letters.length <= 3) return letters.length === 0 ? 0 : 1
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '')
  const groups = trimmed.match(/[aeiouy]{1,2}/g)
  return Math.max(1, groups?.length ?? 1)
}

/**
 * Flesch reading ease: 206.835 − 1.015 × (words per sentence) − 84.6 × (syllables per word). 60–70 is
 * plain English most adults read easily; below 50 is hard going. Null for a text with no words.
 */
export function readingEase(text: string): Readability | null {
  const words = text.match(/[\p{L}'’]+/gu) ?? []
  if (words.length === 0) return null
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length)
  const syllableCount = words.reduce((total, word) => total + syllables(word), 0)
  const score = 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syllableCount / words.length)
  return { score: Math.round(score * 10) / 10, words: words.length, sentences }
}

/** What a Flesch reading ease score means, in plain words. */
export function readingEaseBand(score: number): string {
  if (score >= 80) return 'Easy to read'
  if (score >= 70) return 'Fairly easy to read'
  if (score >= 60) return 'Plain English'
  if (score >= 50) return 'Fairly hard to read'
  if (score >= 30) return 'Hard to read'
  return 'Very hard to read'
}
