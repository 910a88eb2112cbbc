import type { z } from 'zod'

/** One thing wrong with a meeting or a file, located by its path ('children[0].dateOfBirth'). */
export type Problem = { readonly path: string; readonly message: string }

/** The path of a problem with the file as a whole (it cannot be read, or is not a meeting at all). */
export const wholeFile = '(the file)'

/** Writes a zod issue path the way people read it: 'children[0].dateOfBirth'. */
export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(the whole meeting)' : out
}

/** Turns a zod error into problems with paths. */
export function problemsOf(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path, prefix), message: issue.message }))
}
