import { Document, Packer } from 'docx'
import type { ParentingPlanContent } from '../../../shared/kinds/mediation/documents/parenting-plan-content.ts'
import { heading, labelled, pageFrame, para } from './docx-parts.ts'
import { properties, signatureBlock } from './minutes-docx.ts'

/**
 * The parenting plan the parents own: what they reached, part by part, in their words, with who made it
 * and when; or the record that no agreement was reached. One copy for each parent, each from their own
 * projection.
 */
export async function renderParentingPlan(
  content: ParentingPlanContent,
  documentTitle: string,
): Promise<Buffer> {
  const document = new Document({
    ...properties(documentTitle),
    sections: [
      {
        ...pageFrame(documentTitle),
        children: [
          heading(content.reached ? 'Our parenting plan' : 'Mediation: no agreement reached', 1),
          labelled('This copy is for', content.forWhom),
          labelled('Parents', content.parents.join(', ') || 'Not named'),
          ...(content.children.length > 0 ? [labelled('Children', content.children.join(', '))] : []),
          labelled('Mediation session on', content.date),
          labelled('Mediator', content.mediator),
          labelled('How it ended', content.outcome),
          ...(content.reached
            ? [
                para(
                  'These are the proposals you reached together in mediation. They are not a court order. You decide whom to share them with, and each of you may take advice on them.',
                ),
                ...content.parts.flatMap(([label, words]) => [heading(label, 2), para(words)]),
              ]
            : [
                para(
                  'You did not reach an agreement in mediation. What was said in mediation stays confidential. You can come back to mediation, or look at other ways to settle things.',
                ),
              ]),
          ...(content.childMessage
            ? [
                heading(`What ${content.childMessage.child} asked us to tell you both`, 2),
                para(`“${content.childMessage.words}”`, { italics: true }),
              ]
            : []),
          ...signatureBlock(content.signature, 'Not signed yet: this is a draft.'),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
