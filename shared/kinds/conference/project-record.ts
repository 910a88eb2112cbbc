import { maySee, type Audience } from '../../model/visibility.ts'
import type { ProjectedRecord } from '../kind-module.ts'
import type { ConferenceRecord } from './record.ts'

/**
 * A conference's record as an audience may see it: each report, child's view, score, danger statement,
 * action and recommendation only where its visibility allows, and the chair's notes of the meeting with the
 * parents beforehand for the chair alone. `withheld` counts what was left out, so a copy can say that
 * something was withheld without saying what.
 */
export function projectConferenceRecord(
  record: ConferenceRecord,
  audience: Audience,
): ProjectedRecord<ConferenceRecord> {
  let withheld = 0
  const keep = <T extends { readonly visibility: Parameters<typeof maySee>[1] }>(
    items: ReadonlyArray<T>,
  ): T[] => {
    const kept = items.filter((item) => maySee(audience, item.visibility))
    withheld += items.length - kept.length
    return kept
  }
  const chair = audience.kind === 'chair'
  return {
    record: {
      ...record,
      reports: keep(record.reports),
      preMeeting: chair ? record.preMeeting : { ...record.preMeeting, notes: '' },
      childViews: keep(record.childViews),
      scaling: {
        scores: keep(record.scaling.scores),
        dangerStatements: keep(record.scaling.dangerStatements),
      },
      decisions: record.decisions.map((decision) => ({
        ...decision,
        recommendations: keep(decision.recommendations),
      })),
      planActions: keep(record.planActions),
      // What was open at sign-off, and why the chair signed anyway, is the chair's working: it can name a
      // report or a worry the reader may not see.
      signOff:
        chair || record.signOff === null ? record.signOff : { ...record.signOff, openItems: [], reason: '' },
      // An older version's snapshot is the whole meeting as signed: only the chair's own copy carries it.
      signedVersions: chair
        ? record.signedVersions
        : record.signedVersions.map(({ snapshot: _snapshot, ...version }) => version),
    },
    withheld,
  }
}
