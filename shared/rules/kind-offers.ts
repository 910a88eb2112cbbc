import type { MeetingKind } from '../model/meeting-kind.ts'
import { fail, type Failure } from '../util/result.ts'

/**
 * What a kind of meeting offers anyone but the chair or mediator: the room's screen (the presenter view,
 * fed by the family's projection) and the documents made for others (the family's copy, the decision
 * letter, the outline plan).
 */
export type KindOffers = {
  readonly roomView: boolean
  readonly documents: boolean
  /** True while the kind is a preview: set up and minuted here, but not yet shown or sent to anyone. */
  readonly preview: boolean
}

const conference: KindOffers = { roomView: true, documents: true, preview: false }

// Mediation's audiences are not the family's: what one parent tells the mediator in a MIAM's private time
// is for the mediator alone, and a MIAM is held with each parent separately. Until mediation has its own
// audiences (a later piece of work), the family's projection would put a MIAM's 'Private time: safety'
// and the mediator's notes on the room's screen, and its 'family copy' would be sent to both parents. So
// the mediation kinds offer neither.
const mediationPreview: KindOffers = { roomView: false, documents: false, preview: true }

/** What each kind offers. A registry by kind, so a new kind cannot be added without saying. */
export const kindOffers: Readonly<Record<MeetingKind, KindOffers>> = {
  icpc: conference,
  rcpc: conference,
  'core-group': conference,
  miam: mediationPreview,
  'mediation-session': mediationPreview,
}

/** Said wherever a preview kind is open, and beside it where one is chosen. */
export const previewNotice =
  'Mediation is a preview in this version of Convene. You can set up and minute a mediation meeting, but ' +
  'it cannot be shown to the room and no documents can be made from it yet: those come when mediation has ' +
  'its own copies for each parent, so that nothing said in private reaches the other.'

/** The refusal of the room's screen for a kind that does not offer it; null where it does. */
export function refuseRoomView(kind: MeetingKind): Failure | null {
  return kindOffers[kind].roomView
    ? null
    : fail(
        'forbidden',
        'A mediation meeting cannot be shown to the room yet: mediation is a preview in this version of Convene.',
      )
}

/** The refusal of documents for others for a kind that does not offer them; null where it does. */
export function refuseDocuments(kind: MeetingKind): Failure | null {
  return kindOffers[kind].documents
    ? null
    : fail(
        'forbidden',
        'Documents cannot be made for a mediation meeting yet: mediation is a preview in this version of Convene.',
      )
}
