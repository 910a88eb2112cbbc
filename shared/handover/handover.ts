import { z } from 'zod'
import { MeetingSchema, type Meeting } from '../meeting/meeting.ts'
import { IdSchema, InstantSchema, NameSchema, ShortTextSchema } from '../model/primitives.ts'
import { ParticipantGroupSchema } from '../model/people.ts'

/** The copy a recipient is sent (DOMAIN.md: each the version they may see). */
export const copyKinds = ['full', 'family', 'decision-letter', 'none'] as const
/** How each copy reads in a sentence ('sent the family copy'). */
export const copyKindWords: Readonly<Record<(typeof copyKinds)[number], string>> = {
  full: 'full minutes',
  family: 'family copy',
  'decision-letter': 'decision letter only',
  none: 'nothing',
}
/** How each copy reads. */
export const copyKindLabels: Readonly<Record<(typeof copyKinds)[number], string>> = {
  full: 'Full minutes',
  family: 'Family copy (closed-part notes withheld)',
  'decision-letter': 'Decision letter only',
  none: 'None',
}
/** How a copy reaches them. Convene never sends anything itself. */
export const deliveryWays = ['email', 'post', 'by-hand', 'secure-portal'] as const

/** How each way reads in a sentence ('sent by post'). */
export const deliveryWayWords: Readonly<Record<(typeof deliveryWays)[number], string>> = {
  email: 'by email',
  post: 'by post',
  'by-hand': 'by hand',
  'secure-portal': 'on the portal',
}

/** Someone on the distribution list: from the meeting's people, or added by the administrator. */
export const RecipientSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  role: z.string().max(120),
  /** 'added' for someone not at the meeting (a GP, a school, a solicitor). */
  group: z.union([ParticipantGroupSchema, z.literal('added')]),
  copy: z.enum(copyKinds),
  how: z.enum(deliveryWays),
  /** Why they get no copy, where they get none. */
  reason: ShortTextSchema,
  /** Where a copy by email goes; empty until the administrator has it. */
  email: z
    .union([z.literal(''), z.email({ error: 'Enter an email address like name@council.gov.uk' })])
    .default(''),
  /** Where a copy by post goes. */
  address: z.string().max(500, { error: 'An address can be at most 500 characters' }).default(''),
  /** Kept out of every other person's copy (a parent escaping harm). */
  doNotDisclose: z.boolean().default(false),
})
/** Someone on the distribution list. */
export type Recipient = z.infer<typeof RecipientSchema>

/** The largest signed document carried (base64): minutes run to a few hundred kilobytes. */
const largestDocument = 30 * 1024 * 1024

/**
 * What a chair hands over to an administrator, sealed to that administrator's key: the meeting as the
 * administrator may see it (no closed-part note, private note, screening answer or concern), the signed
 * documents to send, and who gets which.
 */
export const HandoverSchema = z.object({
  format: z.literal('convene-handover'),
  version: z.literal(1),
  id: IdSchema,
  sealedAt: InstantSchema,
  /** The chair or mediator who handed it over. */
  from: NameSchema,
  signedVersion: z.int().positive(),
  meeting: MeetingSchema,
  documents: z
    .array(
      z.object({
        fileName: z.string().min(1).max(200),
        base64: z.string().max(largestDocument),
      }),
    )
    .max(40),
  distribution: z.array(RecipientSchema).max(300),
  /**
   * The handing-over laptop's public key (base64), so an accepted correction can be sealed back to it
   * alone; absent from handovers sealed before corrections flowed back.
   */
  replyTo: z.string().max(100).nullable().default(null),
})
/** A handover. */
export type Handover = z.infer<typeof HandoverSchema>

/**
 * The distribution list a meeting starts with: each person invited, those who sent apologies included
 * (DOMAIN.md), with the copy their group may see; the chair, who signed it, gets none.
 */
export function distributionFor(
  meeting: Pick<Meeting, 'participants' | 'chairId'>,
): ReadonlyArray<Recipient> {
  return meeting.participants.map((person) => {
    const chair = person.id === meeting.chairId
    return {
      id: person.id,
      name: person.name,
      role: person.role,
      group: person.group,
      copy: chair ? 'none' : person.group === 'family' ? 'family' : 'full',
      how: 'email',
      reason: chair ? 'Chaired the meeting' : '',
      // The email the chair took for sending the minutes, where they took one.
      email: person.email ?? '',
      address: '',
      doNotDisclose: false,
    }
  })
}

/** A handover as the administrator's desk lists it. */
export type HandoverSummary = {
  readonly id: string
  readonly sealedAt: string
  readonly from: string
  readonly familyName: string
  readonly kind: string
  readonly date: string
  readonly signedVersion: number
  readonly documents: number
  readonly recipients: number
  /** The later version already here that replaces this one, if any. */
  readonly replacedBy: number | null
}

/**
 * What a distribution list still lacks before the copies can go: a reason for anyone who gets no copy, an
 * email address for a copy by email, an address for one by post. Said, never refused: a list half filled
 * in is kept as it is.
 */
export function distributionGaps(recipients: ReadonlyArray<Recipient>): ReadonlyArray<string> {
  return recipients.flatMap((recipient) => {
    const name = recipient.name.trim()
    const who = name || 'the person added'
    const whose = (what: string) => (name ? `${name}’s ${what}` : `the ${what} of the person added`)
    if (recipient.copy === 'none') return recipient.reason.trim() ? [] : [`Say why ${who} gets no copy.`]
    if (recipient.how === 'email' && !recipient.email) return [`Add ${whose('email address')}.`]
    if (recipient.how === 'post' && !recipient.address.trim()) return [`Add ${whose('postal address')}.`]
    return []
  })
}

/** A handover in a line. */
export function summariseHandover(
  handover: Handover & {
    readonly log?: ReadonlyArray<{ readonly type: string; readonly byVersion?: number }>
  },
): HandoverSummary {
  return {
    id: handover.id,
    sealedAt: handover.sealedAt,
    from: handover.from,
    familyName: handover.meeting.familyName,
    kind: handover.meeting.kind,
    date: handover.meeting.date,
    signedVersion: handover.signedVersion,
    documents: handover.documents.length,
    recipients: handover.distribution.length,
    replacedBy: handover.log?.find((entry) => entry.type === 'superseded')?.byVersion ?? null,
  }
}

/** An administrator a chair has added, to hand over to. */
export type TrustedAdministrator = {
  readonly name: string
  readonly publicKey: string
  readonly fingerprint: string
  readonly addedAt: string
}
