import { Document, Packer } from 'docx'
import {
  letterDetailCount,
  type MinutesContent,
} from '../../../shared/kinds/conference/documents/minutes-content.ts'
import { heading, labelled, pageFrame, para } from './docx-parts.ts'
import { glossaryBody, planBody, properties } from './minutes-docx.ts'

/**
 * The decision letter sent within one working day: the decision, its reasons and category, the outline
 * plan, the lead social worker and the next dates. Built from the family's copy of the content, as it goes
 * to everyone invited, parents included.
 */
export async function renderDecisionLetter(content: MinutesContent, documentTitle: string): Promise<Buffer> {
  const document = new Document({
    ...properties(documentTitle),
    sections: [
      {
        ...pageFrame(documentTitle),
        children: [
          heading(`The decision of the ${content.kindLabel.toLocaleLowerCase('en-GB')}`, 1),
          ...content.details.slice(0, letterDetailCount).map(([label, value]) => labelled(label, value)),
          ...content.decisions.flatMap((decision) => {
            const forWhom = decision.children ? ` for ${decision.children}` : ''
            return [
              heading(`What was decided${forWhom}`, 2),
              labelled('Decision', decision.outcome),
              ...(decision.category ? [labelled('Category', decision.category)] : []),
              heading(`Why${forWhom}`, 3),
              para(decision.reasons || 'Not recorded'),
            ]
          }),
          ...planBody(content),
          heading('Next meetings', 2),
          ...(content.nextDates.length > 0
            ? content.nextDates.map(([label, date]) => labelled(label, date))
            : [para('No further meetings were set.')]),
          para(
            `The full minutes will follow. If anything in them is wrong, tell the chair within ${content.correctionsWorkingDays} working ${content.correctionsWorkingDays === 1 ? 'day' : 'days'} of receiving them.`,
          ),
          ...glossaryBody(content.glossaries.letter, 'this letter'),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

/** The outline plan on its own. */
export async function renderOutlinePlan(content: MinutesContent, documentTitle: string): Promise<Buffer> {
  const document = new Document({
    ...properties(documentTitle),
    sections: [
      {
        ...pageFrame(documentTitle),
        children: [
          heading(`Outline plan: the ${content.familyName} family`, 1),
          ...content.details.slice(0, letterDetailCount).map(([label, value]) => labelled(label, value)),
          ...planBody(content),
          ...glossaryBody(content.glossaries.plan, 'this plan'),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
