/**
 * The figures the steering group sees (issue 18), each honest about what it stands on, and none that could
 * pick a family out. Every count is rounded to the nearest 5 and every share to the nearest 5%, as official
 * statistics are, and a count from 1 to 4 is shown as 'fewer than 5' (0 picks out no one and is shown): so
 * no hidden count can be worked out from the totals, the other counts, a share and its base, or a zero
 * beside it. A share, median or change is withheld when it stands on fewer than five, or when its part or
 * the rest is from 1 to 4; a change in ratings is only ever given with the number rated both times.
 */

/** The smallest number shown (1 to 4 are 'fewer than 5'). */
export const smallestShown = 5

/**
 * A count as shown: 0; 'fewer than 5'; or the count to the nearest 5. `shownValue` is the number shown
 * (what a chart may draw), null where none is.
 */
export type ShownCount = {
  readonly count: number
  readonly shown: string
  readonly shownValue: number | null
}

/** A count as it may be shown. */
export function shownCount(count: number): ShownCount {
  if (count === 0) return { count, shown: '0', shownValue: 0 }
  if (count < smallestShown) return { count, shown: 'fewer than 5', shownValue: null }
  const rounded = Math.max(smallestShown, Math.round(count / 5) * 5)
  return { count, shown: String(rounded), shownValue: rounded }
}

/** A figure that stands on some cases: its value where it may be shown, and on how many it stands. */
export type Figure = {
  /** The value; null where it is withheld (too few cases) or there is nothing to work it out from. */
  readonly value: number | null
  /** The value in words: '62%', '11 weeks', '+2.5', or why it is not shown. */
  readonly shown: string
  /** How many cases it stands on, as it may be shown. */
  readonly base: ShownCount
}

const withheld = (base: number): Figure => ({
  value: null,
  shown: base === 0 ? 'No cases' : 'Not shown: fewer than 5 cases',
  base: shownCount(base),
})

/** A share (0 to 1) as the per cent shown: to the nearest 5, so that a share and its base never give the part. */
export const percentShown = (share: number): number => Math.round(share * 20) * 5

/** A share: how many of the cases are so. Withheld while either the part or the whole is from 1 to 4. */
export function rate(part: number, whole: number): Figure {
  if (
    whole < smallestShown ||
    (part > 0 && part < smallestShown) ||
    (whole - part > 0 && whole - part < smallestShown)
  )
    return withheld(whole)
  const value = part / whole
  return { value, shown: `${percentShown(value)}%`, base: shownCount(whole) }
}

/** The middle value (the mean of the middle two for an even count); null for none. */
export function median(values: ReadonlyArray<number>): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** A median as shown, with its unit ('weeks'); withheld on fewer than five values. */
export function medianFigure(values: ReadonlyArray<number>, unit: string): Figure {
  if (values.length < smallestShown) return withheld(values.length)
  const value = median(values) ?? 0
  return {
    value,
    shown: `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`,
    base: shownCount(values.length),
  }
}

/** Ratings before and after for one party: only those rated both times count. */
export type Paired = { readonly before: number | null; readonly after: number | null }

/** Before and after, paired: the medians of each and the median change, on the cases rated both times. */
export type PairedFigure = {
  readonly before: Figure
  readonly after: Figure
  /** The median of each case's own change (after minus before). */
  readonly change: Figure
  /** How many were rated only once, and are left out. */
  readonly leftOut: number
}

/** A paired comparison of ratings: never a change without the number of cases rated both times. */
export function pairedFigure(pairs: ReadonlyArray<Paired>): PairedFigure {
  const both = pairs.flatMap((pair) =>
    pair.before !== null && pair.after !== null ? [{ before: pair.before, after: pair.after }] : [],
  )
  const changes = both.map((pair) => pair.after - pair.before)
  const signed = (figure: Figure): Figure =>
    figure.value === null || figure.value <= 0 ? figure : { ...figure, shown: `+${figure.shown}` }
  return {
    before: medianFigure(
      both.map((pair) => pair.before),
      'out of 10',
    ),
    after: medianFigure(
      both.map((pair) => pair.after),
      'out of 10',
    ),
    change: signed(medianFigure(changes, 'points')),
    leftOut: pairs.length - both.length,
  }
}
