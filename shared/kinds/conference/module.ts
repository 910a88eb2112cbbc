import { everyFamilyMember } from '../../case/case-parties.ts'
import type { Problem } from '../../model/problems.ts'
import { familyAudience, professionalAudience } from '../../model/visibility.ts'
import { formatBritishDate } from '../../dates/british-date.ts'
import type { CommandOf } from '../../commands/command-table.ts'
import type { DocumentSpec, KindModule } from '../kind-module.ts'
import type { z } from 'zod'
import { decisionCommands, type DecisionCommandSchema } from './commands/decision-commands.ts'
import { recordCommands, type RecordCommandSchema } from './commands/record-commands.ts'
import { conferenceKindInfo, rulesFor } from './conference-kinds.ts'
import { withRecord, type ConferenceMeeting } from './conference-meeting.ts'
import { projectConferenceRecord } from './project-record.ts'
import { blankConferenceRecord, ConferenceRecordSchema, type ConferenceRecord } from './record.ts'
import { ConferenceFactsSchema, conferenceFacts } from './rules/conference-facts.ts'
import { readiness } from './rules/readiness.ts'
import { carryOver, followOnsOf } from './rules/review.ts'
import { keyDates } from './rules/timescales.ts'

const commands = { ...recordCommands, ...decisionCommands }
/** A command only conferences have. */
export type ConferenceCommand = CommandOf<typeof commands>
/** A command only conferences have, as a window sends it (before defaults are filled in). */
export type ConferenceCommandInput =
  z.input<typeof RecordCommandSchema> | z.input<typeof DecisionCommandSchema>

/** Where the record refers to someone no longer listed, or a child no longer named. */
function referenceProblems(meeting: ConferenceMeeting): Problem[] {
  const problems: Problem[] = []
  const people = new Set(meeting.participants.map((person) => person.id))
  const children = new Set(meeting.children.map((child) => child.id))
  const record = meeting.record
  record.childViews.forEach((view, index) => {
    if (!children.has(view.childId))
      problems.push({
        path: `record.childViews[${index}].childId`,
        message: 'This is not one of the children',
      })
  })
  record.scaling.scores.forEach((score, index) => {
    if (!people.has(score.personId))
      problems.push({
        path: `record.scaling.scores[${index}].personId`,
        message: 'This is not one of the people at the meeting',
      })
  })
  record.decisions.forEach((decision, index) => {
    if (decision.childId !== null && !children.has(decision.childId))
      problems.push({
        path: `record.decisions[${index}].childId`,
        message: 'This is not one of the children',
      })
    decision.recommendations.forEach((recommendation, inner) => {
      if (!people.has(recommendation.personId))
        problems.push({
          path: `record.decisions[${index}].recommendations[${inner}].personId`,
          message: 'This is not one of the people at the meeting',
        })
    })
  })
  const frame = record.planFrame
  ;[frame.leadSocialWorkerId, ...frame.coreGroupIds].forEach((id, index) => {
    if (id !== null && !people.has(id))
      problems.push({
        path:
          index === 0 ? 'record.planFrame.leadSocialWorkerId' : `record.planFrame.coreGroupIds[${index - 1}]`,
        message: 'This is not one of the people at the meeting',
      })
  })
  return problems
}

/** Where a person is named in a conference's record, so they are not removed from under it. */
function whereNamed(meeting: ConferenceMeeting, personId: string): string | null {
  const record = meeting.record
  if (record.scaling.scores.some((score) => score.personId === personId)) return 'safety scale'
  if (record.planActions.some((action) => action.ownerId === personId)) return 'plan'
  if (
    record.decisions.some((decision) =>
      decision.recommendations.some(
        (item) => item.personId === personId && (item.outcome !== null || item.rationale.trim() !== ''),
      ),
    )
  )
    return 'recommendations'
  return null
}

/** The record with a person taken out of its empty recommendations, the plan's lead and the core group. */
function withoutPerson(record: ConferenceRecord, personId: string): ConferenceRecord {
  return {
    ...record,
    decisions: record.decisions.map((decision) => ({
      ...decision,
      recommendations: decision.recommendations.filter((item) => item.personId !== personId),
    })),
    planFrame: {
      ...record.planFrame,
      leadSocialWorkerId:
        record.planFrame.leadSocialWorkerId === personId ? null : record.planFrame.leadSocialWorkerId,
      coreGroupIds: record.planFrame.coreGroupIds.filter((id) => id !== personId),
    },
  }
}

/** The documents of a conference: both copies of the minutes; a decision letter where it decides; the plan. */
function documents(meeting: ConferenceMeeting): ReadonlyArray<DocumentSpec> {
  const info = conferenceKindInfo[meeting.kind as keyof typeof conferenceKindInfo] ?? conferenceKindInfo.icpc
  const date = formatBritishDate(meeting.date)
  const specs: DocumentSpec[] = [
    {
      kind: 'minutes-full',
      audience: professionalAudience,
      title: `${info.label} minutes, ${date}`,
      fileStem: 'minutes',
    },
    {
      kind: 'minutes-family',
      audience: familyAudience,
      title: `${info.label} minutes, ${date} (family's copy)`,
      fileStem: 'minutes-family-copy',
    },
  ]
  if (rulesFor(meeting.kind).outcomes !== null)
    specs.push({
      kind: 'decision-letter',
      audience: familyAudience,
      title: `${info.label} decision letter, ${date}`,
      fileStem: 'decision-letter',
    })
  specs.push({
    kind: 'outline-plan',
    audience: familyAudience,
    title: `${info.label} outline plan, ${date}`,
    fileStem: 'outline-plan',
  })
  return specs
}

/**
 * What the checklist still lists, as a sign-off keeps it: each item at most 500 characters, and at most 50
 * (the last saying how many more), so a long checklist never stops the chair signing.
 */
export function openItemsOf(labels: ReadonlyArray<string>): string[] {
  const clipped = labels.map((label) => (label.length > 500 ? `${label.slice(0, 499)}…` : label))
  return clipped.length > 50 ? [...clipped.slice(0, 49), `and ${clipped.length - 49} more`] : clipped
}

/** Child protection conferences: initial, review, and the core groups between them. */
export const conferenceModule: KindModule<ConferenceRecord, ConferenceCommand> = {
  family: 'conference',
  caseLabel: 'Child protection',
  chairTitle: 'Chair',
  preview: null,
  kinds: conferenceKindInfo,
  recordSchema: ConferenceRecordSchema,
  blankRecord: blankConferenceRecord,
  commands,
  prepare: (meeting, command, environment) =>
    command.type === 'sign-off'
      ? { ...command, openItems: openItemsOf(readiness(meeting, environment).map((item) => item.label)) }
      : command,
  referenceProblems,
  whereNamed,
  withoutPerson,
  signedMessage:
    'These minutes are signed and locked. To change them, start a correction: it makes a new version.',
  isSigned: (meeting) => meeting.record.signOff !== null,
  signedVersions: (meeting) => meeting.record.signedVersions,
  fromElsewhere: (meeting) =>
    withRecord(meeting, {
      signedVersions: meeting.record.signedVersions.map((version) => ({ ...version, signedElsewhere: true })),
    }),
  withoutVersions: (meeting) => withRecord(meeting, { signedVersions: [], correction: null }),
  versionsKeptOut: (meeting) =>
    withRecord(meeting, {
      signedVersions: meeting.record.signedVersions.map(({ snapshot: _snapshot, ...version }) => version),
    }),
  restoreSnapshot: (snapshot) => {
    const record = snapshot['record']
    // Schema 5 snapshots held the versions at the top; from schema 6 they are in the record.
    return typeof record === 'object' && record !== null
      ? { ...snapshot, record: { ...record, signedVersions: [], correction: null } }
      : { ...snapshot, signedVersions: [], correction: null }
  },
  readiness,
  summaryFacts: conferenceFacts,
  keyDates: (meeting, facts, environment) => {
    const parsed = ConferenceFactsSchema.safeParse(facts)
    return parsed.success
      ? keyDates({ ...meeting, facts: parsed.data }, environment.timescales, environment.calendar)
      : []
  },
  projectRecord: projectConferenceRecord,
  documents,
  hasRoomView: true,
  sectionKinds: ['notes', 'childs-voice', 'scaling', 'plan-progress'],
  followOns: followOnsOf,
  previousMeetingId: (meeting) => meeting.record.previousConference?.meetingId ?? null,
  carryOver,
  // A child protection case's stage is its newest meeting's; every conference may be held in it.
  caseRules: {
    parties: everyFamilyMember,
    stage: () => null,
    startProblem: () => null,
    cautions: () => [],
    watches: new Set(),
    commandProblem: () => null,
    settle: (meeting) => meeting,
  },
}
