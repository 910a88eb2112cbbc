import { formatBritishDate } from '../../dates/british-date.ts'
import type { CaseRecord } from '../../case/case-record.ts'
import { familyMembersOf, oldestMeetingFirst, type CaseParty } from '../../case/case-parties.ts'
import { displayNames } from '../../rules/people.ts'
import type { MediationMeeting } from './miam-commands.ts'
import { safeguardLabels, type MiamOutcome } from './miam.ts'
import { agreementSigned, blankSession } from './session.ts'

/** A party to a mediation case: a family member of its meetings, and where their MIAM stands. */
export type MediationParty = {
  readonly id: string
  readonly name: string
  readonly role: string
  /** Their newest MIAM: its meeting, date, and outcome once closed (null while open). */
  readonly miam: {
    readonly meetingId: string
    readonly date: string
    readonly outcome: MiamOutcome | null
  } | null
}

/**
 * The parties to a case: every family member of its meetings, each once (a meeting set up from the one
 * before keeps each person's identifier), in the order first met, with their newest MIAM.
 */
export function mediationParties(meetings: ReadonlyArray<MediationMeeting>): ReadonlyArray<MediationParty> {
  const sorted = [...meetings].sort(oldestMeetingFirst)
  const members = familyMembersOf(meetings)
  // Two parents of the same name read apart, by their role: 'Anna Byrne (Mother)'.
  const names = displayNames(members)
  return members.map((person) => {
    const miam = sorted.findLast(
      (meeting) => meeting.kind === 'miam' && meeting.record.miam?.partyId === person.id,
    )
    return {
      id: person.id,
      name: names.get(person.id) ?? person.name,
      role: person.role,
      miam: miam ? { meetingId: miam.id, date: miam.date, outcome: miam.record.miam?.outcome ?? null } : null,
    }
  })
}

const outcomeWords: Readonly<Record<MiamOutcome, string>> = {
  'going-ahead': 'mediation going ahead',
  'not-suitable': 'mediation not suitable',
  'other-did-not-attend': 'the other party did not attend',
}
const socialWorkerWords = {
  allowed: 'Contact with the social worker: allowed',
  refused: 'Contact with the social worker: refused',
  'not-asked': null,
} as const

/** The parties as the case screen shows them, each with their MIAM and what it learned of contact. */
export function mediationCaseParties(meetings: ReadonlyArray<MediationMeeting>): ReadonlyArray<CaseParty> {
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]))
  return mediationParties(meetings).map((party) => {
    const facts: string[] = []
    if (party.miam) {
      const when = formatBritishDate(party.miam.date)
      facts.push(
        party.miam.outcome
          ? `MIAM on ${when}: ${outcomeWords[party.miam.outcome]}`
          : `MIAM on ${when}: not closed`,
      )
      const contact = byId.get(party.miam.meetingId)?.record.miam?.facts.socialWorkerContact
      const words = contact ? socialWorkerWords[contact] : null
      if (words) facts.push(words)
    } else facts.push('No MIAM yet')
    return { id: party.id, name: party.name, role: party.role, facts }
  })
}

/** A party's name, or 'the mediator'. */
function nameOf(parties: ReadonlyArray<MediationParty>, id: string): string {
  if (id === 'mediator') return 'the mediator'
  return parties.find((party) => party.id === id)?.name ?? 'a party no longer listed'
}

/** The stages of a mediation case (DOMAIN.md), in order. */
export type MediationStage = 'referred' | 'miams' | 'sessions' | 'agreement' | 'closed'

/** Where a mediation case stands: its stage, and the same in words ('Stopped: Tomasz withdrew on 12/12/2026'). */
export function mediationStage(
  record: CaseRecord,
  meetings: ReadonlyArray<MediationMeeting>,
): { readonly stage: MediationStage; readonly label: string } {
  const parties = mediationParties(meetings)
  if (record.withdrawal)
    return {
      stage: 'closed',
      label: `Stopped: ${nameOf(parties, record.withdrawal.by)} ended the mediation on ${formatBritishDate(record.withdrawal.on)}`,
    }
  if (record.closed) return { stage: 'closed', label: `Closed on ${formatBritishDate(record.closed.on)}` }
  if (record.suspended)
    return { stage: 'closed', label: `Suspended from ${formatBritishDate(record.suspended.on)}` }
  const sessions = meetings.filter((meeting) => meeting.kind === 'mediation-session')
  const reached = (wanted: string) =>
    sessions.some((meeting) => meeting.record.session?.closed && meeting.record.session.outcome === wanted)
  if (reached('agreed')) return { stage: 'agreement', label: 'Agreement reached' }
  if (reached('partly-agreed')) return { stage: 'agreement', label: 'Some things agreed' }
  if (sessions.length > 0) return { stage: 'sessions', label: 'Mediation sessions' }
  if (meetings.some((meeting) => meeting.kind === 'miam')) return { stage: 'miams', label: 'MIAMs' }
  return { stage: 'referred', label: 'Referred' }
}

/**
 * Why a session may not be arranged in a case yet, in plain words, or null when it may: mediation is
 * voluntary and follows the MIAMs, so a session needs every MIAM finished, at least two parties found
 * suitable to go ahead, none found not suitable, each of them having consented, and nobody having
 * withdrawn. The app never arranges a session past a finding that mediation is not suitable.
 */
export function sessionStartProblem(
  record: CaseRecord,
  meetings: ReadonlyArray<MediationMeeting>,
): string | null {
  const parties = mediationParties(meetings)
  if (record.withdrawal)
    return `The mediation has stopped: ${nameOf(parties, record.withdrawal.by)} ended it on ${formatBritishDate(record.withdrawal.on)}. No session can be arranged.`
  if (record.closed) return 'This case is closed. No session can be arranged.'
  if (record.suspended)
    return `The mediation is suspended from ${formatBritishDate(record.suspended.on)}. No session can be arranged.`
  const open = meetings.find((meeting) => meeting.kind === 'miam' && !meeting.record.miam?.closed)
  if (open) return `Finish the MIAM of ${formatBritishDate(open.date)} first: a session follows the MIAMs.`
  // Any finding that mediation is not suitable stands, whatever a later MIAM found.
  const notSuitable = meetings.find(
    (meeting) => meeting.kind === 'miam' && meeting.record.miam?.outcome === 'not-suitable',
  )
  if (notSuitable) {
    const name = parties.find((party) => party.id === notSuitable.record.miam?.partyId)?.name ?? 'a parent'
    return `At ${name}’s MIAM of ${formatBritishDate(notSuitable.date)} you found mediation not suitable, so no session can be arranged.`
  }
  const goingAhead = parties.filter((party) => party.miam?.outcome === 'going-ahead')
  if (goingAhead.length < 2)
    return 'A session needs a MIAM with each parent, both closed with mediation going ahead.'
  const notConsented = goingAhead.find((party) => !record.consents[party.id])
  if (notConsented)
    return `Record ${notConsented.name}’s consent to mediation first (on the case): mediation is voluntary.`
  return null
}

/**
 * A new session of a case whose agreement to mediate was signed at an earlier session: it says when, and
 * asks for nothing (however the session was set up: from the one before, or from the New meeting form).
 */
export function agreementFromCase(
  meeting: MediationMeeting,
  meetings: ReadonlyArray<MediationMeeting>,
): MediationMeeting {
  if (meeting.kind !== 'mediation-session' || agreementSigned(meeting.record.session)) return meeting
  const signedAt = [...meetings]
    .sort(oldestMeetingFirst)
    .find(
      (other) =>
        other.id !== meeting.id &&
        other.kind === 'mediation-session' &&
        agreementSigned(other.record.session),
    )
  if (!signedAt) return meeting
  const on = signedAt.record.session?.agreement?.signedEarlier ?? signedAt.date
  const session = meeting.record.session ?? blankSession()
  return {
    ...meeting,
    record: {
      ...meeting.record,
      session: { ...session, agreement: { signatures: [], mediatorSignedAt: null, signedEarlier: on } },
    },
  }
}

/** What a session may no longer do once the mediation has stopped: reach or sign an agreement. */
const agreeing: ReadonlySet<string> = new Set([
  'sign-agreement-to-mediate',
  'countersign-agreement-to-mediate',
  'update-parenting-plan',
  'update-child-consultation',
])

/** The commands a stopped case is asked about. */
export const commandsAStoppedCaseRefuses: ReadonlySet<string> = new Set([...agreeing, 'close-session'])

/**
 * Why a session of a stopped case (withdrawn, suspended or closed) may not take a change: it can still be
 * minuted and closed as 'no agreement', never agreed or signed to.
 */
export function stoppedCaseProblem(
  meeting: MediationMeeting,
  command: { readonly type: string; readonly outcome?: unknown },
  record: CaseRecord,
): string | null {
  if (meeting.kind !== 'mediation-session') return null
  const stopped = record.withdrawal
    ? `ended on ${formatBritishDate(record.withdrawal.on)}`
    : record.suspended
      ? `is suspended from ${formatBritishDate(record.suspended.on)}`
      : record.closed
        ? `was closed on ${formatBritishDate(record.closed.on)}`
        : null
  if (!stopped) return null
  const closingAgreed = command.type === 'close-session' && command.outcome !== 'not-agreed'
  if (!agreeing.has(command.type) && !closingAgreed) return null
  return `The mediation ${stopped}: this session can no longer reach or sign an agreement. Close it as 'No agreement was reached'.`
}

/**
 * What every session of the case must keep to, from the MIAMs' safeguards and each party's preferences:
 * shown where the mediator chooses how a session is held, and said again if a joint session is chosen.
 */
export function sessionCautions(
  record: CaseRecord,
  meetings: ReadonlyArray<MediationMeeting>,
): ReadonlyArray<string> {
  const parties = mediationParties(meetings)
  const cautions: string[] = []
  for (const party of parties) {
    const miam = meetings.find((meeting) => meeting.id === party.miam?.meetingId)?.record.miam
    const chosen = miam?.decision.safeguards ?? []
    if (chosen.length > 0)
      cautions.push(
        `At ${party.name}’s MIAM you chose: ${chosen.map((safeguard) => safeguardLabels[safeguard].toLocaleLowerCase('en-GB')).join('; ')}.`,
      )
    const details = record.parties[party.id]
    if (details?.notInTheSameRoom)
      cautions.push(`${party.name} is not to be in the same room as the other party.`)
    if (details?.separateWaitingAreas) cautions.push(`${party.name} needs a separate waiting area.`)
    if (details?.interpreter) cautions.push(`${party.name} needs an interpreter (${details.interpreter}).`)
  }
  return cautions
}
