import type { AgendaSection } from '../model/agenda.ts'
import { kindInfo, meetingKinds, type MeetingKind } from '../kinds/registry.ts'

/** The agendas each kind's module starts with (resources/agenda-templates.json), by kind. */
export const bundledTemplates = Object.fromEntries(
  meetingKinds.map((kind) => [kind, kindInfo(kind).defaultAgenda]),
) as Readonly<Record<MeetingKind, ReadonlyArray<AgendaSection>>>

/** The default agenda for a kind of meeting. */
export function defaultAgenda(kind: MeetingKind): ReadonlyArray<AgendaSection> {
  return bundledTemplates[kind]
}
