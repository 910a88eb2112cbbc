import type { MeetingCore } from '../model/meeting-core.ts'
import { fail, ok, type Result } from '../util/result.ts'

/**
 * What the people of a meeting are to its kind's record: where a person is named (so they are not removed
 * from under a recommendation or an action), and the record without them. Given by the kind's module.
 */
export type PeopleInRecord = {
  readonly whereNamed: (meeting: MeetingCore, personId: string) => string | null
  readonly withoutPerson: <M extends MeetingCore>(meeting: M, personId: string) => M
}

/**
 * What a command needs from outside: the time, and what the kind's record says about people. Passed in, so
 * commands stay pure; every identifier a command adds comes in the command itself (the sender chose it),
 * so applying the same command to the same meeting always gives the same result.
 */
export type CommandContext = { readonly now: Date; readonly people?: PeopleInRecord }

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
