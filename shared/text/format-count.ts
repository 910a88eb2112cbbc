/**
 * A whole number as written in the UK, with commas between the thousands ('50,000'). Written out rather
 * than with toLocaleString, whose first call loads the locale's number data: milliseconds the meetings
 * list paid before it could show.
 */
export function formatCount(count: number): string {
  const digits = String(Math.trunc(Math.abs(count))).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return count <= -1 ? `-${digits}` : digits
}

/** A count with its noun, the noun agreeing with it: '1 question', '12 questions', '2 entries'. */
export function formatCountOf(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}
