import { z } from 'zod'
import { assertNever } from '../util/assert-never.ts'
import { IdSchema } from './primitives.ts'

/**
 * Who may see a note or an item of the record. Everything carries one:
 * - 'everyone': everyone at the meeting, the family or parties included (the room's screen, their copy);
 * - 'professionals': a closed part of a conference, heard without the family;
 * - 'chair': the chair or mediator alone (a private note, a screening answer, a safeguarding concern);
 * - 'party': one party and the mediator (what a parent said in their own room, in a MIAM or a shuttle).
 */
export const VisibilitySchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('everyone') }),
  z.object({ to: z.literal('professionals') }),
  z.object({ to: z.literal('chair') }),
  z.object({ to: z.literal('party'), partyId: IdSchema }),
])
/** Who may see a note or an item of the record. */
export type Visibility = z.infer<typeof VisibilitySchema>

/** Seen by everyone at the meeting. */
export const toEveryone: Visibility = { to: 'everyone' }
/** Heard in a closed part: professionals only. */
export const toProfessionals: Visibility = { to: 'professionals' }
/** The chair or mediator alone. */
export const toChairOnly: Visibility = { to: 'chair' }

/**
 * Someone a meeting's record is shown or sent to:
 * - 'chair': the chair or mediator, who sees everything;
 * - 'professional': a professional invited (the full minutes);
 * - 'administrator': business support, who sends the record out: what everyone at the meeting saw, and
 *   the record's items professionals see; never a closed part's notes (the signed full minutes carry
 *   them, sealed, to the professionals entitled to them), a private note, a screening answer or a concern;
 * - 'family': the family, and the room's screen while they are in it;
 * - 'party': one party to a mediation (what everyone may see, and what was said in their own room).
 */
export type Audience =
  | { readonly kind: 'chair' }
  | { readonly kind: 'professional' }
  | { readonly kind: 'administrator' }
  | { readonly kind: 'family' }
  | { readonly kind: 'party'; readonly partyId: string }

/** The audiences with nothing to tell apart. */
export const chairAudience: Audience = { kind: 'chair' }
export const professionalAudience: Audience = { kind: 'professional' }
export const administratorAudience: Audience = { kind: 'administrator' }
export const familyAudience: Audience = { kind: 'family' }

/** Whether an audience may see an item of this visibility. The one rule every projection applies. */
export function maySee(audience: Audience, visibility: Visibility): boolean {
  switch (visibility.to) {
    case 'everyone':
      return true
    case 'professionals':
      return audience.kind === 'chair' || audience.kind === 'professional'
    case 'chair':
      return audience.kind === 'chair'
    case 'party':
      return (
        audience.kind === 'chair' || (audience.kind === 'party' && audience.partyId === visibility.partyId)
      )
    default:
      return assertNever(visibility, 'visibility')
  }
}

/**
 * How a note's visibility reads on the chair's or mediator's own screen, or null for what everyone sees:
 * 'Not for the family', 'Private to you', 'Only Anna and you'.
 */
export function visibilityTag(
  visibility: Visibility,
  nameOf: (personId: string) => string | undefined,
): string | null {
  switch (visibility.to) {
    case 'everyone':
      return null
    case 'professionals':
      return 'Not for the family'
    case 'chair':
      return 'Private to you'
    case 'party':
      return `Only ${nameOf(visibility.partyId) ?? 'one party'} and you`
    default:
      return assertNever(visibility, 'visibility')
  }
}
