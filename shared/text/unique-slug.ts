/**
 * A key made from some words ('Current worries' → 'current-worries'), unlike any key already taken:
 * a suffix (-2, -3…) is added where it would clash. `fallback` is used when the words give nothing.
 */
export function uniqueSlug(
  words: string,
  taken: (key: string) => boolean,
  { maxLength, fallback }: { readonly maxLength: number; readonly fallback: string },
): string {
  const base =
    words
      .toLocaleLowerCase('en-GB')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, maxLength)
      .replace(/-$/, '') || fallback
  let key = base
  for (let suffix = 2; taken(key); suffix += 1) key = `${base}-${suffix}`
  return key
}
