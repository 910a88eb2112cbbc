import { Document, Packer } from 'docx'
import { letterDetailCount, type MinutesContent } from '../../../shared/export/minutes-content.ts'
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
          heading(`The decision of the ${content.title.replace(/:.*/, '').toLocaleLowerCase('en-GB')}`, 1),
          ...content.details.slice(0, letterDetailCount).map(([label, value]) => labelled(label, value)),
          heading('What was decided', 2),
          labelled('Decision', content.decision.outcome),
          ...(content.decision.category ? [labelled('Category', content.decision.category)] : []),
          heading('Why', 2),
          para(content.decision.reasons || 'Not recorded'),
          ...planBody(content),
          heading('Next meetings', 2),
          ...(content.nextDates.length > 0
            ? content.nextDates.map(([label, date]) => labelled(label, date))
            : [para('No further meetings were set.')]),
          para(
            'The full minutes will follow. If anything in them is wrong, tell the chair within 10 working days of receiving them.',
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
          heading(`Outline plan: ${content.title.replace(/^.*: /, '')}`, 1),
          ...content.details.slice(0, letterDetailCount).map(([label, value]) => labelled(label, value)),
          ...planBody(content),
          ...glossaryBody(content.glossaries.plan, 'this plan'),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
