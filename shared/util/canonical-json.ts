/**
 * JSON with every object's keys in sorted order, and no whitespace: the same value always gives the same
 * text, however its objects were built (a meeting read from disk has its keys in the schema's order, one
 * changed in memory in the order the change spread them). Hashes are taken over this.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key]
    return sorted
  })
}
