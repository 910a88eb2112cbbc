/** Ends a `switch` over a union: fails to compile when a case is missing, and throws if reached at run time. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${String(value)}`)
}
