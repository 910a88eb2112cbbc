import { z } from 'zod'

/** What a lenient read kept, and where it had to put the fallback instead ('agendaTemplates.miam'). */
export type LenientReading<T> = { readonly value: T; readonly replaced: ReadonlyArray<string> }

/**
 * Reads `raw` against `schema` keeping whatever can be kept: a value that parses is used whole; an object
 * that does not is read field by field, and a record over an enum (a setting per kind of meeting) key by
 * key, each falling back to the same place in `fallback` only where it cannot be read. A key the enum
 * knows but `raw` lacks (a kind of meeting added since it was written) quietly takes the fallback's; a key
 * the enum does not know is dropped. Every other place that fell back is listed, so the user can be told
 * exactly what was not kept.
 */
export function readLeniently<T>(schema: z.ZodType<T>, raw: unknown, fallback: T): LenientReading<T> {
  const replaced: string[] = []
  const value = readAt(schema as z.ZodType, raw, fallback, '', replaced) as T
  return { value, replaced }
}

function readAt(
  schema: z.ZodType,
  raw: unknown,
  fallback: unknown,
  path: string,
  replaced: string[],
): unknown {
  const whole = schema.safeParse(raw)
  if (whole.success) return whole.data
  const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema
  if (raw === undefined && schema instanceof z.ZodDefault) return fallback
  if (isPlainObject(raw) && isPlainObject(fallback)) {
    let assembled: Record<string, unknown> | null = null
    if (inner instanceof z.ZodObject) {
      const shape = inner.shape as Record<string, z.ZodType>
      assembled = Object.fromEntries(
        Object.entries(shape).map(([key, field]) => [
          key,
          readAt(field, raw[key], fallback[key], join(path, key), replaced),
        ]),
      )
    } else if (inner instanceof z.ZodRecord && inner.keyType instanceof z.ZodEnum) {
      const keys = inner.keyType.options as ReadonlyArray<string>
      assembled = Object.fromEntries(
        keys.map((key) => [
          key,
          key in raw
            ? readAt(inner.valueType as z.ZodType, raw[key], fallback[key], join(path, key), replaced)
            : fallback[key],
        ]),
      )
    }
    if (assembled) {
      const checked = schema.safeParse(assembled)
      if (checked.success) return checked.data
    }
  }
  replaced.push(path === '' ? '(all of it)' : path)
  return fallback
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`)

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
