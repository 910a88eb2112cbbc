/**
 * The figures the steering group sees (issue 18), each honest about what it stands on: every figure carries
 * the number of cases under it, and a number from 1 to 4 is never shown, so that no family can be picked
 * out (0 picks out no one and is shown). A rate, median or change is withheld when it stands on fewer than
 * five cases, and a change in ratings is only ever given with the number of cases rated both times.
 */

/** The smallest number shown as itself (1 to 4 are 'fewer than 5'). */
export const smallestShown = 5

/** A count as shown: the number, or 'fewer than 5'. */
export type ShownCount = { readonly count: number; readonly shown: string }

/** A count as it may be shown. */
export function shownCount(count: number): ShownCount {
  return { count, shown: count > 0 && count < smallestShown ? 'fewer than 5' : String(count) }
}

/**
 * The counts of one breakdown (outcomes, categories), as they may be shown together: each from 1 to 4 is
 * 'fewer than 5', and where that is one cell alone, the smallest other is 'not shown' too, since the total
 * (or the zeros around it) would otherwise give the hidden one away ('every plan was for emotional abuse').
 */
export function shownCounts(counts: ReadonlyArray<number>): ReadonlyArray<ShownCount> {
  const shown = counts.map(shownCount)
  const hidden = shown.filter((each) => each.shown !== String(each.count))
  if (hidden.length !== 1 || shown.length < 2) return shown
  const others = shown.flatMap((each, index) => (each.shown === String(each.count) ? [index] : []))
  // The smallest count above 0 (a hidden 0 would be guessed); a 0 only where there is nothing else.
  const nonZero = others.filter((index) => (counts[index] ?? 0) > 0)
  const smallest = (nonZero.length > 0 ? nonZero : others).reduce((best, index) =>
    (counts[index] ?? 0) < (counts[best] ?? 0) ? index : best,
  )
  return shown.map((each, index) => (index === smallest ? { count: each.count, shown: 'not shown' } : each))
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

/** A share: how many of the cases are so. Withheld while either the part or the whole is from 1 to 4. */
export function rate(part: number, whole: number): Figure {
  if (
    whole < smallestShown ||
    (part > 0 && part < smallestShown) ||
    (whole - part > 0 && whole - part < smallestShown)
  )
    return withheld(whole)
  const value = part / whole
  return { value, shown: `${Math.round(value * 100)}%`, base: shownCount(whole) }
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
