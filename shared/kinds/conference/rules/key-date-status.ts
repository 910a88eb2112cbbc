import { formatBritishDate } from '../../../dates/british-date.ts'
import type { KeyDate } from './timescales.ts'

/**
 * What the chair reads beside a statutory date once something is set for it: a meeting arranged for a
 * day still to come is arranged, not done; done only once that day has come. Either may be late.
 * Null while nothing is set (the countdown says how long is left).
 */
export function keyDateStatus(date: Pick<KeyDate, 'set' | 'due'>, today: string): string | null {
  if (date.set === null) return null
  const late = date.set > date.due
  if (date.set > today)
    return late
      ? `Arranged for ${formatBritishDate(date.set)}: after the due date`
      : `Arranged for ${formatBritishDate(date.set)}`
  return late ? 'Done, after the due date' : 'Done'
}
