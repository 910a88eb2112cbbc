import { Document, Packer } from 'docx'
import type { ConcernLetterContent } from '../../../shared/case/concern-letter-content.ts'
import type { SignatureBlock } from '../../../shared/model/signature-block.ts'
import { heading, labelled, pageFrame, para, table } from './docx-parts.ts'
import { properties, signatureBlock } from './minutes-docx.ts'

/** The written follow-up of a referral: to the duty team, from the mediator, signed. */
export async function renderConcernLetter(
  content: ConcernLetterContent,
  signature: SignatureBlock | null,
  documentTitle: string,
): Promise<Buffer> {
  const document = new Document({
    ...properties(documentTitle),
    sections: [
      {
        ...pageFrame(documentTitle),
        children: [
          heading('Safeguarding referral: written follow-up', 1),
          labelled('To', content.to),
          labelled('From', content.from),
          labelled('Family', content.familyName),
          labelled('Child', content.child),
          para(content.opening),
          heading('What was said', 2),
          ...(content.disclosure
            ? [
                labelled('Said by', content.disclosure.saidBy),
                labelled('When', content.disclosure.at),
                para(`“${content.disclosure.words}”`, { italics: true }),
              ]
            : [para('Not recorded.', { italics: true })]),
          heading('My assessment', 2),
          ...(content.assessment
            ? [
                labelled('Risk', content.assessment.level),
                ...(content.assessment.reason ? [para(content.assessment.reason)] : []),
              ]
            : [para('Not recorded.', { italics: true })]),
          heading('What I have done', 2),
          table(
            ['Step', 'When', 'Note'],
            content.steps.map((step) => [step.what, step.at, step.note]),
          ),
          ...(content.notToldParents
            ? [para('I have not told the parents about this referral, as that could put the child at risk.')]
            : []),
          ...signatureBlock(signature, 'Not signed.', 'Signed'),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
