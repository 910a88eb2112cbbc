import type { AgendaSection, LiveState } from '../model/agenda.ts'
import type { Meeting } from '../model/meeting.ts'
import type { MeetingKind } from '../model/meeting-kind.ts'
import type { ParticipantGroup } from '../model/people.ts'
import type { ChildView, DangerStatement, PlanAction, ScaleScore } from '../model/records.ts'

/** A note as the family may see it. */
export type FamilyNote = {
  readonly id: string
  readonly sectionKey: string
  readonly speakerId: string | null
  readonly text: string
  readonly verbatim: boolean
  readonly createdAt: string
}

/**
 * The meeting as the family may see it: on the screen in the room, and (later) in the family's copy of the
 * minutes. Notes heard in a closed part and deleted notes are not in it at all, nor are email addresses
 * or the chair's own preparation notes. `withheldNotes` counts what was left out, so the family's copy can
 * say that something was withheld without saying what.
 */
export type FamilyView = {
  readonly id: string
  readonly revision: number
  readonly kind: MeetingKind
  readonly familyName: string
  readonly date: string
  readonly startTime: string | null
  readonly children: ReadonlyArray<{ readonly id: string; readonly name: string; readonly knownAs: string }>
  readonly participants: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly group: ParticipantGroup
    readonly role: string
  }>
  readonly agenda: ReadonlyArray<AgendaSection>
  readonly live: LiveState
  readonly notes: ReadonlyArray<FamilyNote>
  readonly childViews: ReadonlyArray<ChildView>
  readonly scores: ReadonlyArray<ScaleScore>
  readonly dangerStatements: ReadonlyArray<DangerStatement>
  readonly planActions: ReadonlyArray<PlanAction>
  readonly withheldNotes: number
}

/** Projects a meeting to what the family may see. */
export function familyView(meeting: Meeting): FamilyView {
  const live = meeting.notes.filter((note) => note.deletedAt === null)
  const shared = live.filter((note) => !note.notForFamily)
  return {
    id: meeting.id,
    revision: meeting.revision,
    kind: meeting.kind,
    familyName: meeting.familyName,
    date: meeting.date,
    startTime: meeting.startTime,
    children: meeting.children.map(({ id, name, knownAs }) => ({ id, name, knownAs })),
    participants: meeting.participants.map(({ id, name, group, role }) => ({ id, name, group, role })),
    agenda: meeting.agenda,
    live: meeting.live,
    notes: shared.map(({ id, sectionKey, speakerId, text, verbatim, createdAt }) => ({
      id,
      sectionKey,
      speakerId,
      text,
      verbatim,
      createdAt,
    })),
    childViews: meeting.childViews,
    scores: meeting.scaling.scores,
    dangerStatements: meeting.scaling.dangerStatements,
    planActions: meeting.planActions,
    withheldNotes: live.length - shared.length,
  }
}
