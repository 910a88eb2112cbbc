import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import '../../../shared/model/plain-errors.ts'

/** What a schema says of a value, as the person reading a refused file sees it. */
function said(schema: z.ZodType, value: unknown): string | undefined {
  return schema.safeParse(value).error?.issues[0]?.message
}

describe("the schema checker's words, put plainly", () => {
  it('says what is missing, or what stands where something else belongs', () => {
    expect(said(z.object({ date: z.string() }), {})).toBe('This is missing')
    expect(said(z.string(), 42)).toBe('Expected text, not a number')
    expect(said(z.array(z.string()), 'a')).toBe('Expected a list, not text')
    expect(said(z.int(), 3.5)).toBe('Expected a whole number, not 3.5')
    expect(said(z.enum(['present', 'apologies']), 'maybe')).toBe(
      'This is not one of the values Convene writes here',
    )
  })

  it('says a kind it does not know is not one of the values, not that the whole is in no form', () => {
    const record = z.discriminatedUnion('family', [
      z.object({ family: z.literal('conference'), scale: z.number() }),
      z.object({ family: z.literal('mediation'), rooms: z.number() }),
    ])
    const refused = record.safeParse({ family: 'tribunal' }).error?.issues[0]
    expect(refused?.message).toBe('This is not one of the values Convene writes here')
    expect(refused?.path).toEqual(['family'])
    expect(said(z.union([z.string(), z.number()]), true)).toBe('This is not in any form Convene writes here')
  })

  it('counts in words that agree: one entry, two entries, one character', () => {
    expect(said(z.array(z.string()).min(1), [])).toBe('This list needs at least 1 entry')
    expect(said(z.array(z.string()).min(2), ['a'])).toBe('This list needs at least 2 entries')
    expect(said(z.array(z.string()).max(1), ['a', 'b'])).toBe('This list has more than 1 entry')
    expect(said(z.string().min(1), '')).toBe('This is empty')
    expect(said(z.string().min(2), 'a')).toBe('This is shorter than 2 characters')
    expect(said(z.string().max(1), 'ab')).toBe('This is longer than 1 character')
    expect(said(z.number().max(5), 9)).toBe('This is more than 5')
    expect(said(z.int().nonnegative(), -1)).toBe('This is less than 0')
  })

  it('leaves a schema’s own message as it is', () => {
    expect(said(z.string().min(1, { error: 'Enter a name' }), '')).toBe('Enter a name')
  })
})
