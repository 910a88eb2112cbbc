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

/** What reading ease is worked out from: counts that add up across notes, so a long text can be done in parts. */
export type ReadingCounts = { readonly words: number; readonly sentences: number; readonly syllables: number }

/** No text at all. */
export const noReadingCounts: ReadingCounts = { words: 0, sentences: 0, syllables: 0 }

/** The words, sentence ends and syllables of a text. */
export function readingCounts(text: string): ReadingCounts {
  const words = text.match(/[\p{L}'’]+/gu) ?? []
  return {
    words: words.length,
    sentences: (text.match(/[.!?]+(?=\s|$)/g) ?? []).length,
    syllables: words.reduce((total, word) => total + syllables(word), 0),
  }
}

/** Two texts' counts together (texts joined by a space, each ending its own sentence). */
export function addReadingCounts(a: ReadingCounts, b: ReadingCounts): ReadingCounts {
  return {
    words: a.words + b.words,
    sentences: a.sentences + b.sentences,
    syllables: a.syllables + b.syllables,
  }
}

/** Reading ease from counts; null when there are no words. */
export function readingEaseOf(counts: ReadingCounts): Readability | null {
  if (counts.words === 0) return null
  const sentences = Math.max(1, counts.sentences)
  const score = 206.835 - 1.015 * (counts.words / sentences) - 84.6 * (counts.syllables / counts.words)
  return { score: Math.round(score * 10) / 10, words: counts.words, sentences }
}

/**
 * Flesch reading ease: 206.835 − 1.015 × (words per sentence) − 84.6 × (syllables per word). 60–70 is
 * plain English most adults read easily; below 50 is hard going. Null for a text with no words.
 */
export function readingEase(text: string): Readability | null {
  return readingEaseOf(readingCounts(text))
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
