import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary as commonWords } from '@zxcvbn-ts/language-common'
import { dictionary as englishWords } from '@zxcvbn-ts/language-en'

/** The shortest passphrase accepted: three ordinary words are longer. */
export const minimumPassphraseLength = 10

/**
 * zxcvbn's scores run from 0 to 4; 4 means an estimated 10^10 guesses or more. Each guess at a stolen key
 * file costs a full scrypt (128 MiB of memory, a good fraction of a second on a laptop), so that is years
 * of computing for one machine. Score 3 (10^8) let through 'child protection' and 'sunny garden'.
 */
const requiredScore = 4

/** Words anyone guessing a Convene passphrase would try first. */
const obviousWords = ['convene', 'conference', 'mediation', 'meeting', 'minutes', 'council', 'passphrase']

/** Whether a passphrase is strong enough, and if not, why and what to do instead, in plain words. */
export type PassphraseJudgement =
  { readonly strong: true } | { readonly strong: false; readonly reason: string; readonly suggestion: string }

const suggestion =
  'Try three or four ordinary words that have nothing to do with you or your work, with spaces between them: easy to remember, hard to guess.'

// zxcvbn-ts's English feedback, in British spelling and about passphrases.
const feedback: TranslationKeys = {
  warnings: {
    straightRow: 'A straight row of keys on the keyboard is quick to guess.',
    keyPattern: 'A short pattern of keys is quick to guess.',
    simpleRepeat: 'A character repeated, like "aaa", is quick to guess.',
    extendedRepeat: 'A repeated pattern, like "abcabcabc", is quick to guess.',
    sequences: 'A run of characters, like "abc" or "123", is quick to guess.',
    recentYears: 'Recent years are quick to guess.',
    dates: 'Dates are quick to guess.',
    topTen: 'This is one of the most used passwords.',
    topHundred: 'This is a very often used password.',
    common: 'This is an often used password.',
    similarToCommon: 'This is very like an often used password.',
    wordByItself: 'A single word is quick to guess.',
    namesByThemselves: 'A name on its own is quick to guess.',
    commonNames: 'Common names are quick to guess.',
    userInputs: 'Words to do with Convene and its meetings are among the first anyone would try.',
    pwned: 'This passphrase has been seen in data stolen from websites.',
  },
  suggestions: {
    l33t: "Swapping letters for look-alikes, like '@' for 'a', does not help much.",
    reverseWords: 'Common words spelt backwards do not help much.',
    allUppercase: 'Capitals all through do not help much.',
    capitalization: 'A capital at the start does not help much.',
    dates: 'Leave out dates and years that have to do with you.',
    recentYears: 'Leave out recent years.',
    associatedYears: 'Leave out years that have to do with you.',
    sequences: 'Leave out runs like "abc" or "123".',
    repeated: 'Leave out repeated words and characters.',
    longerKeyboardPattern: 'Leave out patterns of keys.',
    anotherWord: 'Add another word or two that are less common.',
    useWords: 'Use several words, but not a common phrase.',
    noNeed: 'You do not need symbols, numbers or capitals: more ordinary words do better.',
    pwned: 'If you use it anywhere else, change it there too.',
  },
  timeEstimation: {
    ltSecond: 'less than a second',
    second: '{base} second',
    seconds: '{base} seconds',
    minute: '{base} minute',
    minutes: '{base} minutes',
    hour: '{base} hour',
    hours: '{base} hours',
    day: '{base} day',
    days: '{base} days',
    month: '{base} month',
    months: '{base} months',
    year: '{base} year',
    years: '{base} years',
    centuries: 'centuries',
  },
}

let estimator: ZxcvbnFactory | null = null

/**
 * Judges a passphrase with zxcvbn-ts (a well-kept strength estimator that knows common passwords, words,
 * names, keyboard patterns, repeats, sequences and dates, entirely offline) and Convene's own floor of 10
 * characters. The same judgement is made on the set-a-passphrase screen, as the passphrase is typed, and
 * in main, where it is enforced.
 */
export function judgePassphrase(passphrase: string): PassphraseJudgement {
  if (passphrase.trim().length < minimumPassphraseLength)
    return {
      strong: false,
      reason: `It is shorter than ${minimumPassphraseLength} characters.`,
      suggestion,
    }
  estimator ??= new ZxcvbnFactory({
    translations: feedback,
    graphs: adjacencyGraphs,
    dictionary: { ...commonWords, ...englishWords },
  })
  const result = estimator.check(passphrase.normalize('NFC'), obviousWords)
  if (result.score >= requiredScore) return { strong: true }
  return {
    strong: false,
    reason: result.feedback.warning ?? 'It would not take long to guess.',
    suggestion: [result.feedback.suggestions[0], suggestion].filter(Boolean).join(' '),
  }
}
