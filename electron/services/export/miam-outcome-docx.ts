import { Document, Packer } from 'docx'
import type { MiamOutcomeContent } from '../../../shared/kinds/mediation/documents/miam-outcome-content.ts'
import { heading, labelled, pageFrame, para } from './docx-parts.ts'
import { properties, signatureBlock } from './minutes-docx.ts'

/**
 * A MIAM's outcome, for the parent it was with: who attended, when, with which mediator, about which
 * children, and the outcome in the court form's terms, signed. It never says what was said.
 */
export async function renderMiamOutcome(content: MiamOutcomeContent, documentTitle: string): Promise<Buffer> {
  const document = new Document({
    ...properties(documentTitle),
    sections: [
      {
        ...pageFrame(documentTitle),
        children: [
          heading('Mediation Information and Assessment Meeting (MIAM): outcome', 1),
          labelled('Attended by', content.partyName),
          labelled('Date of the MIAM', content.date),
          labelled('Mediator', content.mediator),
          ...(content.children.length > 0 ? [labelled('About', content.children.join(', '))] : []),
          heading('Outcome', 2),
          para(content.statement),
          para(
            'This confirms the outcome of the MIAM only. What was said in it is confidential and is not included.',
          ),
          ...signatureBlock(content.signature, 'Not signed yet: this is a draft, and is not a confirmation.'),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
