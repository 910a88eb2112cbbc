import type { Migration, UnversionedMeeting } from './migration.ts'

/**
 * Version 6 splits a meeting into what every meeting has and its kind's own record, and says who may see
 * each note and item instead of 'not for the family':
 * - each note's `notForFamily` becomes its visibility: true is professionals only (a closed part), false is
 *   everyone; reports, children's views, scores, danger statements, actions and recommendations were all
 *   shown to the family, so they are seen by everyone;
 * - a conference's reports, pre-meeting, children's views, scaling, plan, dates, sign-off and versions move
 *   into its record, with the analysis and parents' view; its one decision becomes the decision that stands
 *   for every child (each child's own can be made later), carrying the recommendations and the child's view
 *   of it; the previous conference's outcome and category become that decision's;
 * - a mediation meeting keeps its people, agenda and notes; the conference fields a MIAM or session was
 *   given before mediation had a record of its own are left behind, as nothing could be recorded in them
 *   that a mediation needs;
 * - `caseId` starts empty: the store files each meeting in a case when it opens (review chains together).
 *
 * Written out in full, as it was on the day: a migration must not change when the model's defaults do.
 */
const everyone = { to: 'everyone' } as const
const professionals = { to: 'professionals' } as const
const conferenceKinds = new Set(['icpc', 'rcpc', 'core-group'])

const objects = (value: unknown): Array<Record<string, unknown>> =>
  Array.isArray(value)
    ? value.map((item) =>
        typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {},
      )
    : []

const seenByEveryone = (value: unknown): unknown =>
  Array.isArray(value) ? objects(value).map((item) => ({ visibility: everyone, ...item })) : value

function conferenceRecord(meeting: UnversionedMeeting): Record<string, unknown> {
  const decision =
    typeof meeting['decision'] === 'object' && meeting['decision'] !== null
      ? (meeting['decision'] as Record<string, unknown>)
      : {}
  const scaling =
    typeof meeting['scaling'] === 'object' && meeting['scaling'] !== null
      ? (meeting['scaling'] as Record<string, unknown>)
      : {}
  const previous =
    typeof meeting['previousConference'] === 'object' && meeting['previousConference'] !== null
      ? (meeting['previousConference'] as Record<string, unknown>)
      : null
  return {
    family: 'conference',
    reports: seenByEveryone(meeting['reports']),
    preMeeting: meeting['preMeeting'],
    childViews: seenByEveryone(meeting['childViews']),
    scaling: {
      ...scaling,
      scores: seenByEveryone(scaling['scores']),
      dangerStatements: seenByEveryone(scaling['dangerStatements']),
    },
    analysis: decision['analysis'] ?? '',
    parentsView: decision['parentsView'] ?? '',
    decisions: [
      {
        childId: null,
        recommendations: seenByEveryone(decision['recommendations'] ?? []),
        childView: decision['childView'] ?? '',
        outcome: decision['outcome'] ?? null,
        category: decision['category'] ?? null,
        otherCategoriesConsidered: decision['otherCategoriesConsidered'] ?? '',
        reasons: decision['reasons'] ?? '',
        dissentNote: decision['dissentNote'] ?? '',
      },
    ],
    planActions: seenByEveryone(meeting['planActions']),
    planFrame: meeting['planFrame'],
    dates: meeting['dates'],
    previousConference: previous
      ? {
          meetingId: previous['meetingId'],
          kind: previous['kind'],
          date: previous['date'],
          decisions: [
            { childId: null, outcome: previous['outcome'] ?? null, category: previous['category'] ?? null },
          ],
        }
      : null,
    signOff: meeting['signOff'],
    // A version's snapshot stays as it was signed (schema 5): it is read back as such, and its hash covers it.
    signedVersions: meeting['signedVersions'],
    correction: meeting['correction'],
  }
}

const movedToRecord = [
  'reports',
  'preMeeting',
  'childViews',
  'scaling',
  'planActions',
  'decision',
  'planFrame',
  'dates',
  'previousConference',
  'signOff',
  'signedVersions',
  'correction',
]

export const splitCoreAndKindRecord: Migration = {
  from: 5,
  to: 6,
  name: 'split the meeting into its core and its kind record; visibility on every note and item',
  migrate: (meeting) => {
    const core = Object.fromEntries(Object.entries(meeting).filter(([key]) => !movedToRecord.includes(key)))
    const notes = Array.isArray(meeting['notes'])
      ? objects(meeting['notes']).map(({ notForFamily, ...note }) => ({
          // Shown to everyone only where the file says so: a note whose flag is missing (a file that says
          // no version, or was edited by hand) is kept from the family, never opened to them.
          visibility: notForFamily === false ? everyone : professionals,
          // A file that says no version but was written since carries its notes' visibility: kept.
          ...note,
        }))
      : meeting['notes']
    return {
      caseId: null,
      ...core,
      notes,
      // A file that says no version but was written since carries its record: kept, not rebuilt empty.
      record:
        typeof meeting['record'] === 'object' && meeting['record'] !== null
          ? meeting['record']
          : typeof meeting['kind'] === 'string' && conferenceKinds.has(meeting['kind'])
            ? conferenceRecord(meeting)
            : { family: 'mediation' },
      schemaVersion: 6,
    }
  },
}
