import type { Audience } from '../../model/visibility.ts'
import type { MeetingCore } from '../../model/meeting-core.ts'
import type { ProjectedRecord } from '../kind-module.ts'
import { blankFacts, blankSuitability } from './miam.ts'
import type { MediationRecord } from './record.ts'
import type { SessionRecord } from './session.ts'

/**
 * A mediation record as an audience may see it. Everything a MIAM holds but its party, what was explained
 * and its outcome is the mediator's alone, whoever else is asking (the parent it was with included: their
 * own answers are not given back in a document another person may see): the screening answers, the other
 * agencies, and the decision's reason, safeguards and referrals. Each item left out is counted. `meeting`
 * gives who the parents are, for what a child asked to be told to them.
 */
export function projectMediationRecord(
  record: MediationRecord,
  audience: Audience,
  meeting: Pick<MeetingCore, 'participants'>,
): ProjectedRecord<MediationRecord> {
  if (audience.kind === 'chair') return { record, withheld: 0 }
  const family = meeting.participants.filter((person) => person.group === 'family').map((person) => person.id)
  const session = projectSession(record.session, family)
  const miam = record.miam
  if (miam === null) return { record: { ...record, session: session.session }, withheld: session.withheld }
  const decision = miam.decision
  const withheld =
    Object.keys(miam.answers).length +
    (decision.reason.trim() === '' ? 0 : 1) +
    decision.safeguards.length +
    (decision.referredTo.trim() === '' ? 0 : 1) +
    (JSON.stringify(miam.facts) === JSON.stringify(blankFacts) ? 0 : 1)
  return {
    record: {
      ...record,
      session: session.session,
      miam: {
        ...miam,
        answers: {},
        facts: blankFacts,
        decision: { ...blankSuitability, suitability: decision.suitability },
      },
    },
    withheld: withheld + session.withheld,
  }
}

/**
 * A session as anyone but the mediator may see it: of a child's consultation, only what the child asked
 * to be told to both parents (and only with both parents' and the child's consent); never what the child
 * said to the mediator.
 */
function projectSession(
  session: SessionRecord | null,
  family: ReadonlyArray<string>,
): {
  readonly session: SessionRecord | null
  readonly withheld: number
} {
  const consultation = session?.childConsultation
  if (!session || !consultation) return { session, withheld: 0 }
  // Everyone the parents' copies go to must have consented: each family member of the session, at least two.
  const shared =
    consultation.shareWith === 'both-parents' &&
    consultation.childConsented &&
    family.length >= 2 &&
    family.every((id) => consultation.parentsConsented.includes(id))
  const withheld =
    (consultation.childSaid.trim() === '' ? 0 : 1) + (!shared && consultation.toShare.trim() !== '' ? 1 : 0)
  return {
    session: {
      ...session,
      childConsultation: { ...consultation, childSaid: '', toShare: shared ? consultation.toShare : '' },
    },
    withheld,
  }
}
