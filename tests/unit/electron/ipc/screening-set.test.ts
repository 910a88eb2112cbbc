import { describe, expect, it } from 'vitest'
import { readQuestionSetFile, type QuestionSet } from '../../../../shared/kinds/mediation/screening.ts'
import { aSession } from '../../../helpers/session.ts'

function value<T>(result: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

const serviceSet: QuestionSet = {
  id: 'north-shire-mediation',
  version: 3,
  name: 'North Shire Family Mediation screening (2026)',
  questions: [
    {
      id: 'q1',
      text: 'Czy boi się Pani drugiego rodzica? (Are you afraid of the other parent?)',
      yesSuggests: 'abuse-lower',
    },
    { id: 'q2', text: 'Has a court order been made to protect you?', yesSuggests: 'abuse-higher' },
  ],
}

describe('a service’s own screening questions', () => {
  it('are asked in MIAMs started after they are loaded; a MIAM keeps the set it started with', async () => {
    const { call } = await aSession()
    value(await call('settings.update', { screeningQuestions: serviceSet }))
    const miam = (kind = 'miam') =>
      call('meetings.create', {
        kind,
        familyName: 'Wiśniewska',
        date: '2026-12-02',
        children: [],
      }).then((result) => value<{ id: string }>(result).id)
    const first = await miam()
    // The window cannot choose the set: what it sends is replaced by the one in Settings.
    const started = value<{ record: { miam: { questionSet: QuestionSet } } }>(
      await call('meetings.apply', first, {
        type: 'answer-screening',
        questionId: 'q2',
        answer: 'yes',
        questionSet: { ...serviceSet, id: 'sent-by-the-window', name: 'Not this one' },
      }),
    )
    expect(started.record.miam.questionSet).toEqual(serviceSet)

    value(await call('settings.update', { screeningQuestions: null }))
    const kept = value<{ meeting: { record: { miam: { questionSet: QuestionSet } } } }>(
      await call('meetings.get', first),
    )
    expect(kept.meeting.record.miam.questionSet.id).toBe('north-shire-mediation')
    const second = await miam()
    const own = value<{ record: { miam: { questionSet: QuestionSet } } }>(
      await call('meetings.apply', second, { type: 'answer-screening', questionId: 'afraid', answer: 'no' }),
    )
    expect(own.record.miam.questionSet.id).toBe('convene-default')
    // A question of the other set is not in this MIAM's.
    expect(
      await call('meetings.apply', second, { type: 'answer-screening', questionId: 'q2', answer: 'yes' }),
    ).toMatchObject({ ok: false, error: { message: 'That question is not in this MIAM’s screening.' } })
  })

  it('are read from a file whole, or refused in plain words with nothing changed', () => {
    expect(readQuestionSetFile(JSON.stringify(serviceSet))).toEqual({ ok: true, value: serviceSet })
    expect(readQuestionSetFile('not json')).toEqual({
      ok: false,
      problem:
        'This is not a question set: Convene cannot read it as one (it is not JSON text). Nothing was changed.',
    })
    const twice = { ...serviceSet, questions: [serviceSet.questions[0], serviceSet.questions[0]] }
    expect(readQuestionSetFile(JSON.stringify(twice))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('Two questions share an id'),
    })
    const wrongLevel = { ...serviceSet, questions: [{ id: 'q', text: 'Anything?', yesSuggests: 'severe' }] }
    // Counted as people count, with the values that would do.
    expect(readQuestionSetFile(JSON.stringify(wrongLevel))).toEqual({
      ok: false,
      problem:
        'This is not a question set Convene can use (question 1, its yesSuggests): This is not one of the values Convene writes here: use one of healthy, harmful-conflict, abuse-lower, abuse-higher. Nothing was changed.',
    })
    expect(readQuestionSetFile(' '.repeat(1_000_001))).toMatchObject({ ok: false })
  })
})
