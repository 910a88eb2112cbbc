import { kindInfo, meetingKinds, type MeetingKind } from '../../kinds/registry.ts'
import type { Migration } from './migration.ts'

/**
 * Version 2 adds what a live conference needs: the people and their attendance, reports, the chair's
 * meeting with the parents beforehand, the agenda (from the default template for the meeting's kind),
 * the live state, the child's voice, the safety scale and the plan's actions. Notes gain a section (the
 * first on the agenda), a speaker (none), and the family-copy and verbatim flags; children gain
 * 'known as'.
 */
export const addPeopleAgendaAndLiveRecord: Migration = {
  from: 1,
  to: 2,
  name: 'add people, reports, agenda, live state, child voice, scaling and plan',
  migrate(meeting) {
    // An unknown kind still gets an agenda, so the schema (not this step) reports the kind as the problem.
    const kind: MeetingKind = meetingKinds.find((known) => known === meeting['kind']) ?? 'icpc'
    const agenda = kindInfo(kind).defaultAgenda.map((section) => ({ ...section }))
    const firstSection = agenda[0]?.key ?? 'welcome'
    const asObjects = (value: unknown): Array<Record<string, unknown>> =>
      Array.isArray(value)
        ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
        : []
    // What the meeting already carries is kept (a hand-written or edited file may name its people): only
    // what it lacks is added.
    return {
      participants: [],
      chairId: null,
      minuteTakerId: null,
      reports: [],
      preMeeting: { held: 'not-recorded', date: null, notes: '' },
      agenda,
      live: { startedAt: null, endedAt: null, currentSectionKey: null, visits: [] },
      childViews: [],
      scaling: { scores: [], dangerStatements: [] },
      planActions: [],
      ...meeting,
      schemaVersion: 2,
      children: asObjects(meeting['children']).map((child) => ({ knownAs: '', ...child })),
      notes: asObjects(meeting['notes']).map((note) => ({
        sectionKey: firstSection,
        speakerId: null,
        notForFamily: false,
        verbatim: false,
        deletedAt: null,
        ...note,
      })),
    }
  },
}
