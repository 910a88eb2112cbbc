import { z } from 'zod'
import type { WorkingDayCalendar } from '../calendar/bank-holidays.ts'
import { addWorkingDays } from '../calendar/working-days.ts'
import type { TimescaleSettings } from '../kinds/conference/timescale-settings.ts'
import { IdSchema, InstantSchema, IsoDateSchema, NameSchema } from '../model/primitives.ts'
import { copyKinds, deliveryWays, HandoverSchema, type Recipient } from './handover.ts'

/** What the administrator sends: the decision letter (with the outline plan) first, then the minutes. */
export const sendings = ['decision-letter', 'minutes'] as const
/** What is sent. */
export type Sending = (typeof sendings)[number]
/** How each reads. */
export const sendingLabels: Readonly<Record<Sending, string>> = {
  'decision-letter': 'Decision letter and outline plan',
  minutes: 'Minutes',
}

const by = NameSchema
const at = InstantSchema
const version = z.int().positive()

/**
 * One entry of the administrator's journal for a handed-over record: only ever added to, never changed,
 * so the log of who was sent what, and how each correction was handled, is what happened.
 */
export const DeskEntrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('opened'), at, by, version, from: NameSchema }),
  z.object({ type: z.literal('pack-made'), at, by, version, what: z.enum(sendings), files: z.int().min(0) }),
  z.object({
    type: z.literal('sent'),
    at,
    by,
    version,
    what: z.enum(sendings),
    recipientId: IdSchema,
    recipient: NameSchema,
    copy: z.enum(copyKinds),
    how: z.enum(deliveryWays),
    /** The day it went. */
    on: IsoDateSchema,
  }),
  z.object({
    type: z.literal('correction-received'),
    at,
    by,
    correctionId: IdSchema,
    /** Who asked (a name as given: a parent, a professional). */
    from: NameSchema,
    recipientId: IdSchema.nullable(),
    receivedOn: IsoDateSchema,
    request: z.string().trim().min(1, { error: 'Say what they asked to be corrected' }).max(4000),
    /** The version they asked about. */
    version,
  }),
  z.object({
    type: z.literal('correction-decided'),
    at,
    by,
    correctionId: IdSchema,
    accepted: z.boolean(),
    reason: z.string().trim().min(1, { error: 'Give the reason, in words the family will read' }).max(2000),
  }),
  z.object({ type: z.literal('superseded'), at, by, version, byVersion: version }),
  /** An accepted correction sealed back to the chair. */
  z.object({ type: z.literal('correction-sent'), at, by, correctionId: IdSchema }),
])
/** One entry of the administrator's journal. */
export type DeskEntry = z.infer<typeof DeskEntrySchema>

/** A handover as the administrator's laptop keeps it: what was sealed, and the journal of what was done. */
export const KeptHandoverSchema = HandoverSchema.extend({
  log: z.array(DeskEntrySchema).max(20_000).default([]),
})
/** A handover kept on the administrator's laptop. */
export type KeptHandover = z.infer<typeof KeptHandoverSchema>

/** A send in the log. */
export type SentEntry = Extract<DeskEntry, { type: 'sent' }>

/** Everyone on the list who is owed this sending: anyone with a copy gets the decision letter. */
export function owedThe(what: Sending, recipients: ReadonlyArray<Recipient>): ReadonlyArray<Recipient> {
  return recipients.filter((each) =>
    what === 'decision-letter' ? each.copy !== 'none' : each.copy === 'full' || each.copy === 'family',
  )
}

/**
 * The sends that count for the version in hand, by recipient: the first time each was sent it. The minutes
 * go again with each corrected version; the decision letter, which a correction of the minutes does not
 * change, counts once sent with any version.
 */
function firstSends(kept: KeptHandover, what: Sending): ReadonlyMap<string, SentEntry> {
  const sends = new Map<string, SentEntry>()
  for (const entry of kept.log)
    if (
      entry.type === 'sent' &&
      entry.what === what &&
      (what === 'decision-letter' || entry.version === kept.signedVersion)
    )
      if (!sends.has(entry.recipientId)) sends.set(entry.recipientId, entry)
  return sends
}

/**
 * The day a sending reached everyone owed it (the last of their first sends), or null while anyone is
 * still to be sent it.
 */
export function sentToAllOn(kept: KeptHandover, what: Sending): string | null {
  const owed = owedThe(what, kept.distribution)
  if (owed.length === 0) return null
  const sends = firstSends(kept, what)
  let last = ''
  for (const recipient of owed) {
    const sent = sends.get(recipient.id)
    if (!sent) return null
    if (sent.on > last) last = sent.on
  }
  return last
}

/** Who is still to be sent a sending of the version in hand. */
export function stillToSend(kept: KeptHandover, what: Sending): ReadonlyArray<Recipient> {
  const sends = firstSends(kept, what)
  return owedThe(what, kept.distribution).filter((each) => !sends.has(each.id))
}

/** Who was sent this sending of an earlier version than the one in hand: a corrected one goes to them. */
export function hadEarlierVersion(kept: KeptHandover, what: Sending): ReadonlyArray<SentEntry> {
  const latest = new Map<string, SentEntry>()
  for (const entry of kept.log)
    if (entry.type === 'sent' && entry.what === what && entry.version < kept.signedVersion)
      latest.set(entry.recipientId, entry)
  return [...latest.values()]
}

/** A correction asked for, with whether it came within its window and how it was decided. */
export type CorrectionView = {
  readonly id: string
  readonly from: string
  readonly receivedOn: string
  readonly request: string
  readonly version: number
  /** The last day of the window it had to come in, where the minutes had been sent to them. */
  readonly windowCloses: string | null
  readonly late: boolean
  readonly decision: { readonly accepted: boolean; readonly reason: string; readonly at: string } | null
  /** When it was sealed back to the chair, once it has been. */
  readonly sentToChair: string | null
}

/**
 * The corrections asked for, oldest first: each within its window or late (DOMAIN.md: within N working days
 * of receiving the minutes, counted from the day they were sent to that person, or to anyone where the
 * request came from someone not on the list), and its decision.
 */
export function correctionsOf(
  kept: KeptHandover,
  timescales: Pick<TimescaleSettings, 'correctionsWorkingDays'>,
  calendar: WorkingDayCalendar,
): ReadonlyArray<CorrectionView> {
  const decisions = new Map<string, CorrectionView['decision']>()
  const sent = new Map<string, string>()
  for (const entry of kept.log)
    if (entry.type === 'correction-decided')
      decisions.set(entry.correctionId, { accepted: entry.accepted, reason: entry.reason, at: entry.at })
    else if (entry.type === 'correction-sent' && !sent.has(entry.correctionId))
      sent.set(entry.correctionId, entry.at)
  return kept.log.flatMap((entry) => {
    if (entry.type !== 'correction-received') return []
    const sends = kept.log.filter(
      (each): each is SentEntry =>
        each.type === 'sent' && each.what === 'minutes' && each.version === entry.version,
    )
    const theirs = sends.find((each) => each.recipientId === entry.recipientId) ?? sends[0] ?? null
    const windowCloses = theirs
      ? addWorkingDays(theirs.on, timescales.correctionsWorkingDays, calendar)
      : null
    return [
      {
        id: entry.correctionId,
        from: entry.from,
        receivedOn: entry.receivedOn,
        request: entry.request,
        version: entry.version,
        windowCloses,
        late: windowCloses !== null && entry.receivedOn > windowCloses,
        decision: decisions.get(entry.correctionId) ?? null,
        sentToChair: sent.get(entry.correctionId) ?? null,
      },
    ]
  })
}

/** Where a handed-over record stands, as the desk and the due view say it. */
export const deskStatuses = ['signed', 'to-send', 'sent', 'correction-open', 'replaced'] as const
/** Where a record stands. */
export type DeskStatus = (typeof deskStatuses)[number]
/** How each status reads. */
export const deskStatusLabels: Readonly<Record<DeskStatus, string>> = {
  signed: 'Signed, nothing sent yet',
  'to-send': 'To send',
  sent: 'Sent',
  'correction-open': 'Correction open',
  replaced: 'Replaced by a later version',
}

/** Where a handed-over record stands: a correction waiting outranks the rest. */
export function deskStatus(kept: KeptHandover, corrections: ReadonlyArray<CorrectionView>): DeskStatus {
  if (kept.log.some((entry) => entry.type === 'superseded')) return 'replaced'
  if (corrections.some((each) => each.decision === null)) return 'correction-open'
  if (sentToAllOn(kept, 'minutes') !== null && sentToAllOn(kept, 'decision-letter') !== null) return 'sent'
  // Anything sent (a corrected version's earlier one included) leaves the rest to send.
  return kept.log.some((entry) => entry.type === 'sent') ? 'to-send' : 'signed'
}

/** How many are owed a sending of the version in hand, and how many are still waiting for it. */
export function stillToSendIn(
  record: {
    readonly distribution: ReadonlyArray<Recipient>
    readonly log: ReadonlyArray<DeskEntry>
    readonly row: { readonly version: number }
  },
  what: Sending,
): { readonly total: number; readonly waiting: number } {
  const owed = owedThe(what, record.distribution)
  const sent = new Set(
    record.log.flatMap((entry) =>
      entry.type === 'sent' &&
      entry.what === what &&
      (what === 'decision-letter' || entry.version === record.row.version)
        ? [entry.recipientId]
        : [],
    ),
  )
  return { total: owed.length, waiting: owed.filter((each) => !sent.has(each.id)).length }
}
