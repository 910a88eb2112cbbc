import type { Problem } from '../../model/problems.ts'
import type { MediationMeeting } from './miam-commands.ts'

/**
 * What a session's record must say of its own people, as Convene makes it: the agreement to mediate signed
 * by the session's parents, each once, the mediator last, after every parent; a child's consultation about
 * a child of the session, consented to by its parents; an outcome only once closed. A file edited by hand
 * that says otherwise is refused.
 */
export function sessionReferenceProblems(meeting: MediationMeeting): Problem[] {
  const session = meeting.record.session
  if (!session) return []
  const problems: Problem[] = []
  const family = new Set(
    meeting.participants.filter((person) => person.group === 'family').map((person) => person.id),
  )
  const agreement = session.agreement
  if (agreement) {
    const signers = agreement.signatures.map((signature) => signature.partyId)
    if (signers.some((id) => !family.has(id)) || new Set(signers).size !== signers.length)
      problems.push({
        path: 'record.session.agreement.signatures',
        message: 'The agreement to mediate is signed by someone not a parent at the session, or twice',
      })
    if (
      agreement.mediatorSignedAt !== null &&
      (family.size < 2 || [...family].some((id) => !signers.includes(id)))
    )
      problems.push({
        path: 'record.session.agreement.mediatorSignedAt',
        message: 'The mediator signed the agreement to mediate before every parent did',
      })
    if (agreement.signedEarlier !== null && (signers.length > 0 || agreement.mediatorSignedAt !== null))
      problems.push({
        path: 'record.session.agreement.signedEarlier',
        message: 'An agreement to mediate signed at an earlier session is not signed again',
      })
  }
  const consultation = session.childConsultation
  if (consultation) {
    if (consultation.childId !== null && !meeting.children.some((child) => child.id === consultation.childId))
      problems.push({
        path: 'record.session.childConsultation.childId',
        message: 'The consultation is with a child not listed for the session',
      })
    const consented = consultation.parentsConsented
    if (consented.some((id) => !family.has(id)) || new Set(consented).size !== consented.length)
      problems.push({
        path: 'record.session.childConsultation.parentsConsented',
        message:
          'Consent for the child to be seen is recorded for someone not a parent at the session, or twice',
      })
  }
  if ((session.outcome === null) !== (session.closed === null))
    problems.push({
      path: 'record.session.outcome',
      message: 'A session has an outcome only once it is closed',
    })
  return problems
}
