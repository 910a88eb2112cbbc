import { everyFamilyMember } from '../../../../shared/case/case-parties.ts'
import { z } from 'zod'
import { commandTable } from '../../../../shared/commands/command-table.ts'
import type { KindModule } from '../../../../shared/kinds/kind-module.ts'
import type { KindMeeting } from '../../../../shared/model/meeting-core.ts'
import { LongTextSchema } from '../../../../shared/model/primitives.ts'
import { fail, ok } from '../../../../shared/util/result.ts'

/**
 * A kind of meeting Convene does not have, written only from docs/adding-a-kind.md: a short safety
 * check-in with a family between meetings. Its record holds what the family said worries them, the
 * worker's own view (for the worker alone), and when it was signed.
 */
export const CheckInRecordSchema = z.object({
  family: z.literal('check-in'),
  worries: LongTextSchema,
  workerView: LongTextSchema,
  signedAt: z.string().nullable(),
})
export type CheckInRecord = z.infer<typeof CheckInRecordSchema>

const CheckInCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set-worries'), worries: LongTextSchema }),
  z.object({ type: z.literal('set-worker-view'), workerView: LongTextSchema }),
  z.object({ type: z.literal('sign-check-in') }),
])
type CheckInCommand = z.infer<typeof CheckInCommandSchema>
type CheckInMeeting = KindMeeting<CheckInRecord>

const commands = commandTable<CheckInMeeting, CheckInCommand>(
  CheckInCommandSchema,
  { 'set-worries': 'refused', 'set-worker-view': 'refused', 'sign-check-in': 'refused' },
  (meeting, command, context) => {
    switch (command.type) {
      case 'set-worries':
        return ok({ ...meeting, record: { ...meeting.record, worries: command.worries } })
      case 'set-worker-view':
        return ok({ ...meeting, record: { ...meeting.record, workerView: command.workerView } })
      case 'sign-check-in':
        return meeting.record.worries.trim() === ''
          ? fail('invalid-argument', 'Write what the family said before signing.')
          : ok({ ...meeting, record: { ...meeting.record, signedAt: context.now.toISOString() } })
    }
  },
)

export const checkInModule: KindModule<CheckInRecord, CheckInCommand> = {
  family: 'check-in',
  caseLabel: 'Check-in',
  chairTitle: 'Chair',
  preview: null,
  kinds: {
    'check-in': {
      label: 'Safety check-in',
      article: 'a',
      defaultAgenda: [{ key: 'how-things-are', heading: 'How things are', prompt: '', kind: 'notes' }],
      reportDeadlineWorkingDays: 0,
      tabs: ['setup', 'live'],
    },
  },
  recordSchema: CheckInRecordSchema,
  blankRecord: () => ({ family: 'check-in', worries: '', workerView: '', signedAt: null }),
  commands,
  prepare: (_meeting, command) => command,
  referenceProblems: () => [],
  whereNamed: () => null,
  withoutPerson: (record) => record,
  signedMessage: 'This check-in is closed.',
  isSigned: (meeting) => meeting.record.signedAt !== null,
  signedVersions: () => [],
  fromElsewhere: (meeting) => meeting,
  withoutVersions: (meeting) => meeting,
  versionsKeptOut: (meeting) => meeting,
  restoreSnapshot: (snapshot) => snapshot,
  readiness: (meeting) =>
    meeting.record.worries.trim() === ''
      ? [{ id: 'worries', label: 'What the family said', fix: { tab: 'live', anchor: 'worries' } }]
      : [],
  summaryFacts: (meeting) => ({ signed: meeting.record.signedAt !== null }),
  keyDates: () => [],
  projectRecord: (record, audience) =>
    audience.kind === 'chair'
      ? { record, withheld: 0 }
      : { record: { ...record, workerView: '' }, withheld: record.workerView.trim() === '' ? 0 : 1 },
  documents: () => [],
  hasRoomView: true,
  sectionKinds: ['notes'],
  followOns: () => [],
  previousMeetingId: () => null,
  carryOver: (_previous, next) => next,
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
