import { describe, expect, it } from 'vitest'
import { reasonWithAdvice, withArticle, withFullStop } from '../../../shared/text/sentences.ts'

describe('withFullStop', () => {
  it('ends a sentence with one full stop whatever was typed', () => {
    expect(withFullStop('Signing as Jo Mensah')).toBe('Signing as Jo Mensah.')
    expect(withFullStop('Signing as Jo Mensah.')).toBe('Signing as Jo Mensah.')
    expect(withFullStop('Who will do it?')).toBe('Who will do it?')
    expect(withFullStop('She said “enough.”')).toBe('She said “enough.”')
  })
})

describe('reasonWithAdvice', () => {
  it('does not say the advice twice when the reason already says it', () => {
    expect(
      reasonWithAdvice("'Always' is rarely exactly true. Say how often, and since when.", ['say how often']),
    ).toBe("'Always' is rarely exactly true. Say how often, and since when.")
  })

  it('adds advice the reason does not give as a sentence of its own', () => {
    expect(reasonWithAdvice('Not everyone knows this word.', ['name the agencies'])).toBe(
      'Not everyone knows this word. Name the agencies.',
    )
  })
})

describe('withArticle', () => {
  it('writes an before a vowel sound', () => {
    expect(withArticle('initial child protection conference')).toBe('an initial child protection conference')
    expect(withArticle('review child protection conference')).toBe('a review child protection conference')
  })
})
