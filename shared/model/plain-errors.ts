import { z } from 'zod'
import { formatCount, formatCountOf } from '../text/format-count.ts'

/** A JSON value as people read it: 'a list', 'text', 'nothing (null)'. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'nothing (null)'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return 'text'
    case 'number':
      return 'a number'
    case 'boolean':
      return 'true or false'
    case 'object':
      return 'a group of values'
    default:
      return 'something else'
  }
}

const expectedWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of values',
  null: 'empty (null)',
}

/**
 * Zod's own words for what a file gets wrong ('Invalid input: expected string, received undefined') in
 * plain ones ('This is missing'). Only where a schema gives no message of its own: those come first.
 */
const plainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This is missing'
      // A number where a whole number belongs: the number itself says what is wrong with it.
      if (typeof issue.input === 'number' && (issue.expected === 'int' || issue.expected === 'number'))
        return `Expected ${expectedWords[issue.expected] ?? 'a number'}, not ${String(issue.input)}`
      return `Expected ${expectedWords[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`
    case 'invalid_value':
      return 'This is not one of the values Convene writes here'
    case 'unrecognized_keys':
      return `Convene does not write ${issue.keys.map((key) => `‘${key}’`).join(', ')} here`
    case 'invalid_union':
      // A kind Convene does not know (a record's 'family'): the path already points at the kind itself.
      return issue.errors.length === 0 && issue.note === 'No matching discriminator'
        ? 'This is not one of the values Convene writes here'
        : 'This is not in any form Convene writes here'
    case 'invalid_format':
      return 'This is not written as Convene writes it'
    case 'too_big':
      return issue.origin === 'string'
        ? `This is longer than ${formatCountOf(Number(issue.maximum), 'character')}`
        : issue.origin === 'array'
          ? `This list has more than ${formatCountOf(Number(issue.maximum), 'entry', 'entries')}`
          : Number(issue.maximum) > Number.MAX_SAFE_INTEGER / 2
            ? 'This number is far too large'
            : `This is more than ${formatCount(Number(issue.maximum))}`
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) === 1
          ? 'This is empty'
          : `This is shorter than ${formatCountOf(Number(issue.minimum), 'character')}`
        : issue.origin === 'array'
          ? `This list needs at least ${formatCountOf(Number(issue.minimum), 'entry', 'entries')}`
          : `This is less than ${formatCount(Number(issue.minimum))}`
    default:
      return undefined
  }
}

z.config({ customError: plainWords })
