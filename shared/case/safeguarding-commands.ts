import type { z } from 'zod'
import { ukDateOf } from '../dates/british-date.ts'
import { fail, ok, type Result } from '../util/result.ts'
import type { CaseRecord } from './case-record.ts'
import {
  stepsForLevel,
  type Concern,
  type ConcernCommandSchemas,
  type ConcernStep,
  type StepOutcome,
} from './safeguarding.ts'

/** A command of the safeguarding flow. */
export type ConcernCommand = z.infer<(typeof ConcernCommandSchemas)[number]>

const concernTypes: ReadonlySet<string> = new Set([
  'raise-concern',
  'record-disclosure',
  'assess-risk',
  'record-step',
  'withdraw-concern',
])

/** True for a command of the safeguarding flow. */
export function isConcernCommand(command: { readonly type: string }): command is ConcernCommand {
  return concernTypes.has(command.type)
}

/** How each step may go. */
const outcomesOf: Readonly<Record<ConcernStep, ReadonlyArray<StepOutcome>>> = {
  'duty-team': ['done'],
  police: ['done', 'not-needed'],
  'no-tip-off': ['done'],
  'self-referral': ['offered', 'parent-referred', 'parent-declined'],
  'mediator-referral': ['done', 'not-needed'],
  supervisor: ['done'],
  'written-follow-up': ['done', 'not-needed'],
  'end-mediation': ['ended', 'suspended'],
}

// Letters and the marks that make them up: a Hindi word's vowel signs are marks.
const letters = (text: string) => (text.match(/[\p{L}\p{M}]/gu) ?? []).length

/**
 * A case's record after one step of a concern, or why it cannot be taken. Steps follow the flow: what was
 * said before the assessment, the assessment before its steps, and only the steps of its level. A step
 * recorded again supersedes the one before (the journal keeps both).
 */
export function applyConcernCommand(
  record: CaseRecord,
  command: ConcernCommand,
  at: string,
): Result<CaseRecord> {
  const existing = record.concerns.find((concern) => concern.id === command.concernId)
  const withConcern = (concern: Concern): CaseRecord => ({
    ...record,
    concerns: record.concerns.map((each) => (each.id === concern.id ? concern : each)),
  })
  if (command.type === 'raise-concern') {
    if (existing) return fail('invalid-argument', 'This concern is already raised.')
    const concern: Concern = {
      id: command.concernId,
      raisedAt: at,
      meetingId: command.meetingId,
      disclosure: null,
      assessment: null,
      steps: {},
      withdrawn: null,
    }
    return ok({ ...record, concerns: [...record.concerns, concern] })
  }
  if (!existing) return fail('invalid-argument', 'No such concern in this case.')
  if (existing.withdrawn)
    return fail('invalid-argument', 'This concern was withdrawn as raised by mistake: raise a new one.')
  switch (command.type) {
    case 'withdraw-concern':
      if (Object.keys(existing.steps).length > 0)
        return fail(
          'invalid-argument',
          'Steps have been taken for this concern, so it stands: record below the threshold, with your reason, if it proved not to be one.',
        )
      if (letters(command.reason) < 3) return fail('invalid-argument', 'Say why it is withdrawn.')
      return ok(withConcern({ ...existing, withdrawn: { at, reason: command.reason } }))
    case 'record-disclosure':
      if (letters(command.words) < 3)
        return fail('invalid-argument', 'Write what was said or seen, in the person’s own words.')
      return ok(
        withConcern({
          ...existing,
          disclosure: { words: command.words, saidBy: command.saidBy, aboutChild: command.aboutChild, at },
        }),
      )
    case 'assess-risk':
      if (!existing.disclosure)
        return fail('invalid-argument', 'Record what was said before assessing the risk.')
      if (command.level === 'below' && letters(command.reason) < 3)
        return fail('invalid-argument', 'Give your reason for judging it below the threshold.')
      return ok(
        withConcern({ ...existing, assessment: { level: command.level, reason: command.reason, at } }),
      )
    case 'record-step': {
      const level = existing.assessment?.level
      if (!level) return fail('invalid-argument', 'Assess the risk before taking the steps for it.')
      if (!stepsForLevel[level].includes(command.step))
        return fail('invalid-argument', 'That step is not one for the risk you assessed.')
      if (!outcomesOf[command.step].includes(command.outcome))
        return fail('invalid-argument', 'That is not how this step can go.')
      // A step recorded is a fact with its time: recording it the same way again would move its time (and
      // the deadline that runs from it).
      const before = existing.steps[command.step]
      if (command.step === 'end-mediation' && before)
        return fail(
          'invalid-argument',
          'The mediation is already ended or suspended: that is recorded, with its date.',
        )
      if (before?.outcome === command.outcome)
        return fail('invalid-argument', 'This step is already recorded, with its time.')
      const phoned = [existing.steps['duty-team'], existing.steps['mediator-referral']].some(
        (step) => step?.outcome === 'done',
      )
      const answer = existing.steps['self-referral']?.outcome
      // An answer once heard is not taken back to an offer (that would move the parent's deadline).
      if (command.step === 'self-referral' && command.outcome === 'offered' && answer && answer !== 'offered')
        return fail('invalid-argument', 'The parent’s answer is recorded: the offer cannot be made again.')
      if (
        command.step === 'mediator-referral' &&
        command.outcome === 'not-needed' &&
        answer !== 'parent-referred'
      )
        return fail(
          'invalid-argument',
          'Your referral is needed unless the parent has referred themselves: record that first.',
        )
      if (command.step === 'written-follow-up' && command.outcome === 'not-needed' && phoned)
        return fail(
          'invalid-argument',
          'A telephone referral was made: it is followed in writing within 24 hours.',
        )
      const concern = withConcern({
        ...existing,
        steps: {
          ...existing.steps,
          [command.step]: {
            outcome: command.outcome,
            at,
            note: command.note,
            earlier: before
              ? [...before.earlier, { outcome: before.outcome, at: before.at, note: before.note }]
              : [],
          },
        },
      })
      if (command.step !== 'end-mediation') return ok(concern)
      const on = command.on
      if (!on) return fail('invalid-argument', 'Say the date the mediation ends or is suspended.')
      if (on < ukDateOf(new Date(existing.raisedAt)))
        return fail(
          'invalid-argument',
          'The mediation cannot end or be suspended before the concern was raised: give the date it does.',
        )
      return ok(
        command.outcome === 'ended'
          ? { ...concern, withdrawal: concern.withdrawal ?? { by: 'mediator', on, at } }
          : { ...concern, suspended: { on, at } },
      )
    }
  }
}
