import { describe, expect, it } from 'vitest'
import { uniqueSlug } from '../../../shared/text/unique-slug.ts'

describe('uniqueSlug', () => {
  const options = { maxLength: 20, fallback: 'section' }
  it('makes a key from words, and a different one where it would clash', () => {
    expect(uniqueSlug('Current worries!', () => false, options)).toBe('current-worries')
    const taken = new Set(['current-worries', 'current-worries-2'])
    expect(uniqueSlug('Current worries', (key) => taken.has(key), options)).toBe('current-worries-3')
  })
  it('falls back where the words give nothing, and never ends in a hyphen', () => {
    expect(uniqueSlug('Ćwiczenia ☺', () => false, options)).toBe('wiczenia')
    expect(uniqueSlug('☺', () => false, options)).toBe('section')
    expect(uniqueSlug('what is working well today', () => false, options)).toBe('what-is-working-well')
  })
})
