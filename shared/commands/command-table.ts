import type { z } from 'zod'
import type { Result } from '../util/result.ts'
import type { CommandContext } from './command-context.ts'

/**
 * One kind of change, as ProseMirror keeps its steps: the schema its value is checked against at the
 * boundary, the pure function that applies it, and whether it may change signed minutes. Tables of these,
 * keyed by type, replace a chain of guards and a cast: a type without an entry does not compile.
 */
export type CommandEntry<M, C> = {
  readonly schema: z.ZodType<C>
  /** 'allowed': changes nothing the signature covers (moving between sections, dates, kept wordings). */
  readonly whenSigned: 'allowed' | 'refused'
  readonly apply: (meeting: M, command: C, context: CommandContext) => Result<M>
}

/** A command value: its type names its entry. */
export type TypedCommand = { readonly type: string }

/** A table of commands keyed by type, each entry typed by its own command. */
export type CommandTable<M, C extends TypedCommand> = {
  readonly [T in C['type']]: CommandEntry<M, Extract<C, { readonly type: T }>>
}

/** The command values a table takes. */
export type CommandOf<Table> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any meeting type: only the command is read
  [K in keyof Table]: Table[K] extends CommandEntry<any, infer C> ? C : never
}[keyof Table]

/**
 * A table from a group of commands: their discriminated union, what each may do to signed minutes (a
 * record over every type, so none is forgotten), and the group's apply function (a switch ending in
 * assertNever).
 */
export function commandTable<M, C extends TypedCommand>(
  schema: { readonly options: ReadonlyArray<z.ZodType<unknown>> },
  whenSigned: { readonly [T in C['type']]: 'allowed' | 'refused' },
  apply: (meeting: M, command: C, context: CommandContext) => Result<M>,
): CommandTable<M, C> {
  const table: Record<string, CommandEntry<M, C>> = {}
  for (const option of schema.options) {
    const type = (option as unknown as { shape: { type: { value: C['type'] } } }).shape.type.value
    table[type] = { schema: option as z.ZodType<C>, whenSigned: whenSigned[type], apply }
  }
  return table as unknown as CommandTable<M, C>
}
