import { fail, type Failure } from '../util/result.ts'
import type { KindMeeting } from '../model/meeting-core.ts'
import { moduleOf, type MeetingKind } from './registry.ts'

/**
 * What a kind of meeting offers anyone but the chair or mediator, asked of its module: the room's screen
 * (fed by the family's projection) and documents made for others. A family in preview (mediation, until its
 * own audiences exist) offers neither, and says so.
 */

/** What is said wherever a kind in preview is open, and beside it where one is chosen; null if it is not one. */
export function previewNotice(kind: MeetingKind): string | null {
  return moduleOf(kind).preview
}

/** True where the room may be shown the meeting on a screen of its own. */
export function offersRoomView(kind: MeetingKind): boolean {
  return moduleOf(kind).hasRoomView
}

/** True where the meeting produces documents for others (the minutes, letters, a plan). */
export function offersDocuments(meeting: KindMeeting<unknown> & { readonly kind: MeetingKind }): boolean {
  return moduleOf(meeting.kind).documents(meeting).length > 0
}

const previewReason = (kind: MeetingKind): string => {
  const family = moduleOf(kind).caseLabel.toLocaleLowerCase('en-GB')
  return `${family} is a preview in this version of Convene`
}

/** The refusal of the room's screen for a kind that does not offer it; null where it does. */
export function refuseRoomView(kind: MeetingKind): Failure | null {
  if (offersRoomView(kind)) return null
  const family = moduleOf(kind).caseLabel.toLocaleLowerCase('en-GB')
  return fail(
    'forbidden',
    previewNotice(kind)
      ? `A ${family} meeting cannot be shown to the room yet: ${previewReason(kind)}.`
      : `A ${family} meeting is not shown to the room.`,
  )
}

/** The refusal of documents for a meeting that produces none; null where it does. */
export function refuseDocuments(
  meeting: KindMeeting<unknown> & { readonly kind: MeetingKind },
): Failure | null {
  if (offersDocuments(meeting)) return null
  const family = moduleOf(meeting.kind).caseLabel.toLocaleLowerCase('en-GB')
  return fail(
    'forbidden',
    previewNotice(meeting.kind)
      ? `Documents cannot be made for a ${family} meeting yet: ${previewReason(meeting.kind)}.`
      : `A ${family} meeting produces no documents.`,
  )
}
