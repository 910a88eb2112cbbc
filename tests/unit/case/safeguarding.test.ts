import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { bundledCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { appendCaseEntry, replayCase, type CaseEntry } from '../../../shared/case/case-journal.ts'
import type { CaseCommand } from '../../../shared/case/case-commands.ts'
import { stepsFor } from '../../../shared/case/safeguarding.ts'
import { withoutOverrides } from '../../../shared/case/concern-letter-content.ts'
import {
  concernDeadlines,
  inOfficeHours,
  selfReferralDeadline,
  writtenFollowUpDeadline,
} from '../../../shared/case/safeguarding-deadlines.ts'

const calendar = bundledCalendar('england-and-wales')
/** What is due besides speaking to the supervisor (due at once for every referral: checked on its own). */
const besidesSupervisor = <T extends { readonly step: string }>(items: ReadonlyArray<T>) =>
  items.filter((item) => item.step !== 'supervisor')
const deadline = (instant: string) => selfReferralDeadline(new Date(instant), calendar).toISOString()

describe('the deadline for a parent to refer themselves', () => {
  it('said at 16:55 on the Friday before a bank holiday Monday: 10:00 on the Tuesday (summer time)', () => {
    // Friday 28 August 2026, 16:55 in the UK (15:55 GMT); Monday 31 August is the summer bank holiday.
    expect(deadline('2026-08-28T15:55:00.000Z')).toBe('2026-09-01T09:00:00.000Z')
  })

  it('said at 09:30 on a Tuesday: the end of that working day', () => {
    expect(deadline('2026-12-01T09:30:00.000Z')).toBe('2026-12-01T17:00:00.000Z')
  })

  it('said at 23:00 on a Sunday: 10:00 on the Monday', () => {
    expect(deadline('2026-11-29T23:00:00.000Z')).toBe('2026-11-30T10:00:00.000Z')
  })

  it('said late on Christmas Eve: 10:00 after Christmas Day and the Boxing Day holiday', () => {
    // Boxing Day 2026 is a Saturday: its bank holiday is Monday 28 December.
    expect(deadline('2026-12-24T16:30:00.000Z')).toBe('2026-12-29T10:00:00.000Z')
  })

  it('gives a telephone referral 24 hours, by the clock, to be followed in writing', () => {
    expect(writtenFollowUpDeadline(new Date('2026-12-04T16:30:00.000Z')).toISOString()).toBe(
      '2026-12-05T16:30:00.000Z',
    )
  })
})

describe('office hours, for whom a referral goes to', () => {
  it('are 09:00 to 17:00 UK time on a working day; a Sunday, a bank holiday and the evening are out of hours', () => {
    expect(inOfficeHours(new Date('2026-12-01T09:30:00.000Z'), calendar)).toBe(true)
    expect(inOfficeHours(new Date('2026-12-01T17:00:00.000Z'), calendar)).toBe(false)
    expect(inOfficeHours(new Date('2026-11-29T06:04:00.000Z'), calendar)).toBe(false)
    expect(inOfficeHours(new Date('2026-12-28T11:00:00.000Z'), calendar)).toBe(false)
    // Summer time: 08:30 UTC is 09:30 in London.
    expect(inOfficeHours(new Date('2026-07-01T08:30:00.000Z'), calendar)).toBe(true)
  })
})

describe('a safeguarding concern in the case’s journal', () => {
  const concernId = randomUUID()
  function run(commands: ReadonlyArray<readonly [CaseCommand, string]>): ReadonlyArray<CaseEntry> {
    let journal: ReadonlyArray<CaseEntry> = []
    for (const [command, at] of commands) {
      const next = appendCaseEntry(journal, command, at)
      if (!next.ok) throw new Error(`${command.type}: ${next.error.message}`)
      journal = next.value.journal
    }
    return journal
  }
  const raised: ReadonlyArray<readonly [CaseCommand, string]> = [
    [{ type: 'raise-concern', concernId, meetingId: null }, '2026-12-01T09:30:00.000Z'],
    [
      {
        type: 'record-disclosure',
        concernId,
        words: 'He said Dad hit him with a belt last night.',
        saidBy: 'Anna Byrne',
        aboutChild: 'Tomás',
      },
      '2026-12-01T09:34:00.000Z',
    ],
    [{ type: 'assess-risk', concernId, level: 'significant', reason: '' }, '2026-12-01T09:40:00.000Z'],
  ]

  it('keeps what is due by when until each step is recorded, each with its time', () => {
    const offered = run([
      ...raised,
      [
        { type: 'record-step', concernId, step: 'self-referral', outcome: 'offered', note: '' },
        '2026-12-01T09:45:00.000Z',
      ],
    ])
    const [concern] = replayCase(offered).record.concerns
    expect(besidesSupervisor(concernDeadlines(concern!, calendar))).toEqual([
      expect.objectContaining({ step: 'mediator-referral', due: '2026-12-01T17:00:00.000Z', now: false }),
    ])
    const referred = run([
      ...raised,
      [
        { type: 'record-step', concernId, step: 'self-referral', outcome: 'offered', note: '' },
        '2026-12-01T09:45:00.000Z',
      ],
      [
        {
          type: 'record-step',
          concernId,
          step: 'mediator-referral',
          outcome: 'done',
          note: 'Duty team, J. Okoye',
        },
        '2026-12-01T17:05:00.000Z',
      ],
    ])
    const after = replayCase(referred).record.concerns[0]!
    expect(after.steps['mediator-referral']).toEqual({
      outcome: 'done',
      at: '2026-12-01T17:05:00.000Z',
      note: 'Duty team, J. Okoye',
      earlier: [],
    })
    expect(besidesSupervisor(concernDeadlines(after, calendar))).toEqual([
      expect.objectContaining({ step: 'written-follow-up', due: '2026-12-02T17:05:00.000Z' }),
    ])
  })

  it('in a conference, asks the chair to refer at once: no self-referral to offer, no mediation to end', () => {
    const [concern] = replayCase(run(raised)).record.concerns
    expect(besidesSupervisor(concernDeadlines(concern!, calendar, 'conference'))).toEqual([
      expect.objectContaining({ step: 'mediator-referral', now: true }),
    ])
    expect(stepsFor('significant', 'conference')).not.toContain('end-mediation')
    expect(stepsFor('significant', 'mediation')).toContain('self-referral')
  })

  it('asks for the duty team at once for immediate harm, and nothing for a concern below the threshold', () => {
    const immediate = run([
      ...raised.slice(0, 2),
      [{ type: 'assess-risk', concernId, level: 'immediate', reason: '' }, '2026-12-01T09:40:00.000Z'],
    ])
    expect(concernDeadlines(replayCase(immediate).record.concerns[0]!, calendar)).toEqual([
      expect.objectContaining({ step: 'supervisor', now: true }),
      expect.objectContaining({ step: 'duty-team', now: true }),
    ])
    expect(() =>
      run([
        ...raised.slice(0, 2),
        [{ type: 'assess-risk', concernId, level: 'below', reason: '' }, '2026-12-01T09:40:00.000Z'],
      ]),
    ).toThrow('Give your reason')
  })

  it('takes the steps in order, only those of the level, and ending the mediation stops the case', () => {
    expect(() =>
      run([
        raised[0]!,
        [{ type: 'assess-risk', concernId, level: 'immediate', reason: '' }, '2026-12-01T09:40:00.000Z'],
      ]),
    ).toThrow('Record what was said')
    expect(() =>
      run([
        ...raised,
        [
          { type: 'record-step', concernId, step: 'duty-team', outcome: 'done', note: '' },
          '2026-12-01T10:00:00.000Z',
        ],
      ]),
    ).toThrow('not one for the risk')
    const ended = run([
      ...raised,
      [
        {
          type: 'record-step',
          concernId,
          step: 'end-mediation',
          outcome: 'suspended',
          note: '',
          on: '2026-12-01',
        },
        '2026-12-01T10:00:00.000Z',
      ],
    ])
    expect(replayCase(ended).record.suspended).toEqual({ on: '2026-12-01', at: '2026-12-01T10:00:00.000Z' })
  })

  it('never moves a step’s time, never drops a follow-up owed, and never forgets a concern left unassessed', () => {
    const called = run([
      ...raised.slice(0, 2),
      [{ type: 'assess-risk', concernId, level: 'immediate', reason: '' }, '2026-12-01T09:40:00.000Z'],
      [
        { type: 'record-step', concernId, step: 'duty-team', outcome: 'done', note: '' },
        '2026-12-01T10:05:00.000Z',
      ],
    ])
    const again = (command: CaseCommand) => appendCaseEntry(called, command, '2026-12-02T09:00:00.000Z')
    expect(
      again({ type: 'record-step', concernId, step: 'duty-team', outcome: 'done', note: '' }),
    ).toMatchObject({
      ok: false,
      error: { message: 'This step is already recorded, with its time.' },
    })
    expect(
      again({ type: 'record-step', concernId, step: 'written-follow-up', outcome: 'not-needed', note: '' }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('followed in writing') } })
    // Judged below the threshold after the call: the call is still followed in writing.
    const below = run([
      ...raised.slice(0, 2),
      [{ type: 'assess-risk', concernId, level: 'immediate', reason: '' }, '2026-12-01T09:40:00.000Z'],
      [
        { type: 'record-step', concernId, step: 'duty-team', outcome: 'done', note: '' },
        '2026-12-01T10:05:00.000Z',
      ],
      [
        { type: 'assess-risk', concernId, level: 'below', reason: 'Duty team found no concern.' },
        '2026-12-01T11:00:00.000Z',
      ],
    ])
    expect(concernDeadlines(replayCase(below).record.concerns[0]!, calendar)).toEqual([
      expect.objectContaining({ step: 'written-follow-up', due: '2026-12-02T10:05:00.000Z' }),
    ])
    const unassessed = run(raised.slice(0, 1))
    expect(concernDeadlines(replayCase(unassessed).record.concerns[0]!, calendar)).toEqual([
      expect.objectContaining({ label: expect.stringContaining('Finish the concern'), now: true }),
    ])
    // What was said recorded: only the assessment is asked for.
    expect(concernDeadlines(replayCase(run(raised.slice(0, 2))).record.concerns[0]!, calendar)).toEqual([
      expect.objectContaining({ label: 'Finish the concern: assess the risk' }),
    ])
    expect(withoutOverrides({ words: 'He said \u202Ertl\u202C it', list: ['\u202Dx'] })).toEqual({
      words: 'He said rtl it',
      list: ['x'],
    })
    const ended = run([
      ...raised,
      [
        {
          type: 'record-step',
          concernId,
          step: 'end-mediation',
          outcome: 'ended',
          note: '',
          on: '2026-12-01',
        },
        '2026-12-01T10:00:00.000Z',
      ],
    ])
    expect(
      appendCaseEntry(
        ended,
        {
          type: 'record-step',
          concernId,
          step: 'end-mediation',
          outcome: 'suspended',
          note: '',
          on: '2026-12-01',
        },
        '2026-12-01T11:00:00.000Z',
      ),
    ).toMatchObject({ ok: false })
  })

  it('keeps an offer when the parent’s answer is recorded, never takes an answer back, and owes a follow-up for a call made after all', () => {
    const step = (stepName: string, outcome: string, at: string): readonly [CaseCommand, string] => [
      { type: 'record-step', concernId, step: stepName, outcome, note: '' } as CaseCommand,
      at,
    ]
    const declined = run([
      ...raised,
      step('self-referral', 'offered', '2026-12-01T09:45:00.000Z'),
      step('self-referral', 'parent-declined', '2026-12-01T09:50:00.000Z'),
    ])
    const offer = replayCase(declined).record.concerns[0]!.steps['self-referral']!
    expect(offer).toMatchObject({
      outcome: 'parent-declined',
      at: '2026-12-01T09:50:00.000Z',
      earlier: [{ outcome: 'offered', at: '2026-12-01T09:45:00.000Z' }],
    })
    const later = (command: readonly [CaseCommand, string]) => appendCaseEntry(declined, ...command)
    expect(later(step('self-referral', 'offered', '2026-12-01T10:00:00.000Z'))).toMatchObject({ ok: false })
    // 'Not needed: the parent referred themselves' when they will not: refused, so the referral stays due.
    expect(later(step('mediator-referral', 'not-needed', '2026-12-01T10:00:00.000Z'))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('unless the parent has referred themselves') },
    })
    // Immediate: 'no telephone referral' first, then the call after all: the follow-up is owed again.
    const calledAfterAll = run([
      ...raised.slice(0, 2),
      [{ type: 'assess-risk', concernId, level: 'immediate', reason: '' }, '2026-12-01T09:40:00.000Z'],
      step('written-follow-up', 'not-needed', '2026-12-01T09:41:00.000Z'),
      step('duty-team', 'done', '2026-12-01T09:55:00.000Z'),
    ])
    expect(concernDeadlines(replayCase(calledAfterAll).record.concerns[0]!, calendar)).toContainEqual(
      expect.objectContaining({ step: 'written-follow-up', due: '2026-12-02T09:55:00.000Z' }),
    )
    // The mediation cannot end on a day before the concern was raised.
    expect(
      appendCaseEntry(
        run(raised),
        {
          type: 'record-step',
          concernId,
          step: 'end-mediation',
          outcome: 'ended',
          note: '',
          on: '1900-01-01',
        },
        '2026-12-01T10:00:00.000Z',
      ),
    ).toMatchObject({ ok: false })
  })

  it('withdraws a concern raised by mistake before any step, with a reason, and then it asks nothing more', () => {
    const opened = run(raised.slice(0, 1))
    const withdraw = (journal: ReadonlyArray<CaseEntry>, reason: string) =>
      appendCaseEntry(journal, { type: 'withdraw-concern', concernId, reason }, '2026-12-01T09:31:00.000Z')
    expect(withdraw(opened, '')).toMatchObject({ ok: false })
    const withdrawn = withdraw(opened, 'Pressed the shortcut by mistake')
    if (!withdrawn.ok) throw new Error(withdrawn.error.message)
    const concern = withdrawn.value.record.concerns[0]!
    expect(concern.withdrawn).toEqual({
      at: '2026-12-01T09:31:00.000Z',
      reason: 'Pressed the shortcut by mistake',
    })
    expect(concernDeadlines(concern, calendar)).toEqual([])
    expect(
      appendCaseEntry(
        withdrawn.value.journal,
        { type: 'record-disclosure', concernId, words: 'Something after all', saidBy: '', aboutChild: '' },
        '2026-12-01T09:32:00.000Z',
      ),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('raise a new one') } })
    // Once a step is taken, it stands.
    const stepped = run([
      ...raised,
      [
        { type: 'record-step', concernId, step: 'no-tip-off', outcome: 'done', note: '' },
        '2026-12-01T09:45:00.000Z',
      ],
    ])
    expect(withdraw(stepped, 'Raised by mistake')).toMatchObject({ ok: false })
  })

  it('takes a suspended mediation up again from a date, never before it was suspended', () => {
    const suspended = run([
      ...raised,
      [
        {
          type: 'record-step',
          concernId,
          step: 'end-mediation',
          outcome: 'suspended',
          note: '',
          on: '2026-12-01',
        },
        '2026-12-01T10:00:00.000Z',
      ],
    ])
    expect(replayCase(suspended).record.suspended).toMatchObject({ on: '2026-12-01' })
    const resume = (journal: ReadonlyArray<CaseEntry>, on: string) =>
      appendCaseEntry(journal, { type: 'resume-mediation', on }, '2026-12-20T10:00:00.000Z')
    expect(resume(suspended, '2026-11-30')).toMatchObject({ ok: false })
    const resumed = resume(suspended, '2026-12-20')
    expect(resumed.ok && resumed.value.record.suspended).toBeNull()
    expect(resume(run(raised), '2026-12-20')).toMatchObject({
      ok: false,
      error: { message: 'The mediation is not suspended.' },
    })
  })
})
