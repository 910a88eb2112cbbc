import { z } from 'zod'
import { AgendaSchema, type AgendaSection } from '../model/agenda.ts'
import { meetingKinds, MeetingKindSchema, type MeetingKind } from '../model/meeting-kind.ts'
import defaultTemplates from '../../resources/agenda-templates.json' with { type: 'json' }

/** The agendas shipped in resources/agenda-templates.json, checked when loaded. */
export const bundledTemplates = z
  .record(MeetingKindSchema, AgendaSchema)
  .parse(
    Object.fromEntries(
      meetingKinds.map((kind) => [kind, (defaultTemplates as Record<string, unknown>)[kind]]),
    ),
  )

/** The default agenda for a kind of meeting. */
export function defaultAgenda(kind: MeetingKind): ReadonlyArray<AgendaSection> {
  return bundledTemplates[kind]
}
