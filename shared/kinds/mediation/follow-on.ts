import { addDays } from '../../calendar/working-days.ts'
import type { FollowOn } from '../kind-module.ts'
import type { MediationMeeting } from './miam-commands.ts'
import { agreementSigned, blankSession } from './session.ts'

/**
 * What may follow a mediation meeting in its case: after a MIAM, a MIAM with the other parent and, once it
 * is closed with mediation going ahead, a session; after a session, the next one.
 */
export function mediationFollowOns(meeting: MediationMeeting): ReadonlyArray<FollowOn> {
  const inAWeek = addDays(meeting.date, 7)
  const session: FollowOn = {
    kind: 'mediation-session',
    label: meeting.kind === 'miam' ? 'Start a mediation session' : 'Next session',
    suggestedDate: inAWeek,
    carried: 'the same people and children; nothing either parent said in private',
  }
  if (meeting.kind !== 'miam') return [session]
  const otherParent: FollowOn = {
    kind: 'miam',
    label: 'MIAM with the other parent',
    suggestedDate: inAWeek,
    carried: 'the same people and children; nothing of this MIAM’s screening',
  }
  // A session only after a MIAM closed with mediation going ahead: never from one not yet done, nor past a
  // finding that it is not suitable.
  const miam = meeting.record.miam
  return miam?.closed && miam.outcome === 'going-ahead' ? [otherParent, session] : [otherParent]
}

/**
 * A mediation meeting set up from the one before: the people (invited again) and the mediator, and from a
 * session its plan so far and the agreement to mediate; never the notes, the screening, a child's words or
 * anything else one parent said, which stays in the meeting it was said in.
 */
export function mediationCarryOver(previous: MediationMeeting, next: MediationMeeting): MediationMeeting {
  // The agreement to mediate is signed once, at the first session: a later session says when. The plan so
  // far (the parents' own proposals, for both of them) goes on to be worked on; how the session ended and
  // what a child said do not.
  const session = previous.record.session
  const signedOn =
    session?.agreement?.signedEarlier ?? (agreementSigned(session ?? null) ? previous.date : null)
  const record =
    next.kind === 'mediation-session' && session
      ? {
          ...next.record,
          session: {
            ...blankSession(),
            plan: { ...blankSession().plan, ...session.plan },
            ...(signedOn !== null
              ? { agreement: { signatures: [], mediatorSignedAt: null, signedEarlier: signedOn } }
              : {}),
          },
        }
      : next.record
  return {
    ...next,
    record,
    location: previous.location,
    participants: previous.participants.map((person) => ({
      ...person,
      attendance: { status: 'invited', from: null, until: null, reason: '' },
    })),
    chairId: previous.chairId,
    minuteTakerId: previous.minuteTakerId,
  }
}
