import type { Meeting } from '../model/meeting.ts'
import { fail, ok, type Result } from '../util/result.ts'

/** What a command needs from outside: the time and new identifiers. Passed in, so commands stay pure. */
export type CommandContext = { readonly now: Date; readonly newId: () => string }

/** A command's effect: the changed meeting, or why it could not be done. */
export type CommandResult = Result<Meeting>

/** Replaces the item with the given id, or says it is gone. */
export function updateById<T extends { readonly id: string }>(
  items: ReadonlyArray<T>,
  id: string,
  change: (item: T) => T,
  missing: string,
): Result<T[]> {
  let found = false
  const next = items.map((item) => {
    if (item.id !== id) return item
    found = true
    return change(item)
  })
  return found ? ok(next) : fail('not-found', missing)
}

/** Drops undefined values, so a patch never writes `undefined` over a field. */
export function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>
}
