import { describe, expect, it } from 'vitest'
import { judgePassphrase } from '../../../shared/vault/passphrase-strength.ts'
import { e2ePassphrase } from '../../helpers/passphrases.ts'

describe('judgePassphrase', () => {
  it.each([
    'aaaaaaaaaa',
    '1234567890',
    'password12',
    'P@ssw0rd1234',
    'Convene2026!',
    'child protection',
    'qwertyuiop',
  ])('refuses %j, saying why and what to do instead', (weak) => {
    const judged = judgePassphrase(weak)
    expect(judged.strong).toBe(false)
    if (judged.strong) return
    expect(judged.reason).toMatch(/\.$/)
    expect(judged.suggestion).toContain('Try three or four ordinary words')
  })

  it('says why ten of the same letter and a well-known password are weak, in plain words', () => {
    expect(judgePassphrase('aaaaaaaaaa')).toMatchObject({
      reason: 'A character repeated, like "aaa", is quick to guess.',
    })
    expect(judgePassphrase('password12')).toMatchObject({ reason: 'This is an often used password.' })
    expect(judgePassphrase('short')).toMatchObject({ reason: 'It is shorter than 10 characters.' })
  })

  // zxcvbn has no word list for these scripts: counting, a greeting, a repeat or a keyboard row in them is
  // as weak as in English, and must not be taken for three unknown words.
  it.each([
    '一二三四五六七八九十',
    '가나다라마바사',
    'おはようございます',
    '我爱你 我爱你 我爱你',
    'йцукенгшщз',
  ])('refuses %j, weak in a script zxcvbn has no words for', (weak) =>
    expect(judgePassphrase(weak).strong).toBe(false),
  )

  it.each([
    e2ePassphrase,
    'marble teapot horizon',
    'ten or more characters',
    'mój kot lubi mleko na śniadanie',
  ])('accepts a few ordinary words such as %j', (strong) =>
    expect(judgePassphrase(strong)).toEqual({ strong: true }),
  )
})
