import type { ReadinessItem } from '../kind-module.ts'
import { explainedItems, explainedLabels } from './miam.ts'
import type { MediationMeeting } from './miam-commands.ts'

const atScreening = (anchor: string) => ({ tab: 'screening' as const, anchor })

/**
 * What is missing before a MIAM with a parent who attended can be closed: the parent, everything the
 * mediator must explain, every screening question, and the decision with its reason.
 */
export function miamReadiness(meeting: MediationMeeting): ReadinessItem[] {
  const miam = meeting.record.miam
  if (meeting.kind !== 'miam') return []
  const items: ReadinessItem[] = [...mediatorNamed(meeting)]
  if (!miam || miam.partyId === null)
    items.push({ id: 'party', label: 'Choose the parent this MIAM is with', fix: atScreening('miam-party') })
  for (const item of explainedItems)
    if (!miam || miam.explained[item] === null)
      items.push({
        id: `explained-${item}`,
        label: `Explain: ${explainedLabels[item].charAt(0).toLocaleLowerCase('en-GB')}${explainedLabels[item].slice(1)}`,
        fix: atScreening(`explained-${item}`),
      })
  // Before the screening has begun (no record yet) its questions are not counted: none is 'the last'.
  const unanswered = miam
    ? miam.questionSet.questions.filter((question) => miam.answers[question.id] === undefined).length
    : null
  if (unanswered !== 0)
    items.push({
      id: 'screening',
      label:
        unanswered === null
          ? 'Answer the screening questions'
          : unanswered === 1
            ? 'Answer the last screening question'
            : `Answer the ${unanswered} screening questions left`,
      fix: atScreening('miam-screening'),
    })
  if (!miam || miam.decision.suitability === null)
    items.push({
      id: 'suitability',
      label: 'Decide whether mediation is suitable',
      fix: atScreening('miam-decision'),
    })
  // A reason in words: '.' or an invisible character is not one.
  if (!miam || !/\p{L}.*\p{L}.*\p{L}/su.test(miam.decision.reason))
    items.push({ id: 'reason', label: 'Give the reason for your decision', fix: atScreening('miam-reason') })
  return items
}

/**
 * The mediator named (Before the meeting: the person in the chair), so that what is signed says who the
 * mediator was: a court reads the MIAM's outcome, the parents their plan.
 */
export function mediatorNamed(meeting: MediationMeeting): ReadinessItem[] {
  return meeting.chairId === null
    ? [
        {
          id: 'mediator',
          label:
            'Name yourself as the mediator (Before the meeting: add yourself, then choose yourself as chair)',
          fix: { tab: 'setup', anchor: 'chair' },
        },
      ]
    : []
}
