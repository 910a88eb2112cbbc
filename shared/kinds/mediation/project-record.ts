import type { Audience } from '../../model/visibility.ts'
import type { ProjectedRecord } from '../kind-module.ts'
import { blankFacts, blankSuitability } from './miam.ts'
import type { MediationRecord } from './record.ts'

/**
 * A mediation record as an audience may see it. Everything a MIAM holds but its party, what was explained
 * and its outcome is the mediator's alone, whoever else is asking (the parent it was with included: their
 * own answers are not given back in a document another person may see): the screening answers, the other
 * agencies, and the decision's reason, safeguards and referrals. Each item left out is counted.
 */
export function projectMediationRecord(
  record: MediationRecord,
  audience: Audience,
): ProjectedRecord<MediationRecord> {
  const miam = record.miam
  if (audience.kind === 'chair' || miam === null) return { record, withheld: 0 }
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
      miam: {
        ...miam,
        answers: {},
        facts: blankFacts,
        decision: { ...blankSuitability, suitability: decision.suitability },
      },
    },
    withheld,
  }
}
