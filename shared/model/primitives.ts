import { z } from 'zod'
import { parseIsoDate } from '../dates/british-date.ts'
// Every schema's messages in plain words where it gives none of its own (imported for that effect).
import './plain-errors.ts'

/** Identifier of anything Convene stores: a random UUID. */
export const IdSchema = z.uuid({ error: 'Expected an identifier as Convene writes it' })

/** A calendar date in ISO form, '2026-11-22', that is a real date. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Expected a date written as YYYY-MM-DD', abort: true })
  .refine((value) => parseIsoDate(value) !== null, { error: 'This is not a real date' })

/** A time of day, '09:30', 24-hour clock. */
export const TimeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Expected a time written as HH:MM (24-hour clock)' })

/** An instant, '2026-11-22T09:30:00.000Z'. */
export const InstantSchema = z.iso.datetime({
  offset: true,
  error: 'Expected a date and time as Convene writes it (2026-11-22T09:30:00.000Z)',
})

/** A person's or family's name: required, trimmed, at most 200 characters. */
export const NameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter a name' })
  .max(200, { error: 'Names can be at most 200 characters' })

/** Free text typed in a meeting. Long is fine; unbounded is not. */
export const LongTextSchema = z
  .string()
  .max(100_000, { error: 'This text is longer than 100,000 characters' })

/** A short line of text such as a place. */
export const ShortTextSchema = z.string().max(500, { error: 'This can be at most 500 characters' })
