import type { CaseRecord } from '../case/case-record.ts'
import { daysBetween } from '../calendar/working-days.ts'
import { mediationParties } from '../kinds/mediation/case-rules.ts'
import type { MediationMeeting } from '../kinds/mediation/miam-commands.ts'
import type { SessionOutcome } from '../kinds/mediation/session.ts'
import type { MediationOutcome, MediationRow } from './outcome-rows.ts'

const fromSession: Readonly<Record<SessionOutcome, MediationOutcome>> = {
  agreed: 'full-agreement',
  'partly-agreed': 'partial-agreement',
  'not-agreed': 'no-agreement',
}

const byDate = (a: MediationMeeting, b: MediationMeeting): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0

/** How a case ended and on which day, or 'ongoing' (no day). */
function outcomeOf(
  record: CaseRecord,
  meetings: ReadonlyArray<MediationMeeting>,
): { readonly outcome: MediationOutcome; readonly on: string | null } {
  if (record.withdrawal) return { outcome: 'withdrawn', on: record.withdrawal.on }
  const closedSessions = meetings
    .filter((meeting) => meeting.kind === 'mediation-session' && meeting.record.session?.closed)
    .sort(byDate)
  const last = closedSessions.at(-1)
  const lastOutcome = last?.record.session?.outcome ?? null
  // A case closed by the mediator ends as its last session did (no session: no agreement).
  if (record.closed)
    return { outcome: lastOutcome ? fromSession[lastOutcome] : 'no-agreement', on: record.closed.on }
  // An agreement, whole or in part, is an outcome once a session closes on it; 'no agreement' only once
  // the case is closed (another session may follow).
  if (last && (lastOutcome === 'agreed' || lastOutcome === 'partly-agreed'))
    return { outcome: fromSession[lastOutcome], on: last.date }
  const notSuitable = meetings
    .filter((meeting) => meeting.kind === 'miam' && meeting.record.miam?.outcome === 'not-suitable')
    .sort(byDate)[0]
  if (notSuitable) return { outcome: 'not-suitable', on: notSuitable.date }
  return { outcome: 'ongoing', on: null }
}

/**
 * One mediation case as the steering group counts it, from the case's record and its meetings, with no
 * name, no free text and no date finer than the month; `rowId` is the caller's (random, new each export).
 * Null for a case with nothing to date it by (no referral date and no meeting held).
 */
export function mediationRow(
  record: CaseRecord,
  meetings: ReadonlyArray<MediationMeeting>,
  rowId: string,
): MediationRow | null {
  const sorted = [...meetings].sort(byDate)
  // Without a referral date, the first meeting held stands for it (one only arranged may be moved).
  const referredOn = record.referredOn ?? sorted.find((meeting) => meeting.status !== 'planned')?.date ?? null
  if (referredOn === null) return null
  const { outcome, on } = outcomeOf(record, sorted)
  const days = on === null ? null : daysBetween(referredOn, on)
  const held = sorted.filter(
    (meeting) => meeting.kind === 'mediation-session' && meeting.status !== 'planned',
  )
  const heldAs = (format: string) =>
    held.filter((meeting) => (meeting.record.session?.format ?? 'joint') === format).length
  const partyIds = new Set(mediationParties(sorted).map((party) => party.id))
  const ratings = Object.entries(record.measures.ratings)
    .filter(([partyId, rated]) => partyIds.has(partyId) && (rated['first-miam'] || rated.end))
    .slice(0, 4)
    .map(([, rated]) => ({
      conflictBefore: rated['first-miam']?.conflict ?? null,
      conflictAfter: rated.end?.conflict ?? null,
      communicationBefore: rated['first-miam']?.communication ?? null,
      communicationAfter: rated.end?.communication ?? null,
    }))
    // In the order of the numbers, never of the parties (the mother's first would name her).
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
  return {
    type: 'mediation-case',
    rowId,
    referredMonth: referredOn.slice(0, 7),
    outcome,
    withdrawnBy: record.withdrawal ? (record.withdrawal.by === 'mediator' ? 'mediator' : 'a-parent') : null,
    weeksToOutcome: days === null || days < 0 ? null : Math.min(520, Math.floor(days / 7)),
    ratings,
    coachingGiven: record.measures.coachingGiven,
    jointSessions: Math.min(100, heldAs('joint')),
    shuttleSessions: Math.min(100, heldAs('shuttle')),
    remoteSessions: Math.min(100, heldAs('remote')),
    childConsulted: held.some(
      (meeting) => (meeting.record.session?.childConsultation?.seenOn ?? null) !== null,
    ),
    court: record.measures.court,
  }
}
