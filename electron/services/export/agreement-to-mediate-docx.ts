import { Document, ImageRun, Packer, Paragraph, TextRun, type FileChild } from 'docx'
import type {
  AgreementSignature,
  AgreementToMediateContent,
} from '../../../shared/kinds/mediation/documents/agreement-to-mediate-content.ts'
import { formatBritishDateTime } from '../../../shared/dates/british-date.ts'
import { heading, labelled, pageFrame, para } from './docx-parts.ts'
import { properties, signatureBlock } from './minutes-docx.ts'

/** A parent's signature: their drawn mark as they drew it, or their typed name, with who and when. */
function parentSignature(signed: AgreementSignature): FileChild[] {
  const mark = signed.drawnPng
    ? new ImageRun({
        type: 'png',
        data: Buffer.from(signed.drawnPng, 'base64'),
        transformation: { width: 240, height: 80 },
        altText: { name: 'Signature', title: 'Signature', description: `The signature of ${signed.name}` },
      })
    : new TextRun({ text: signed.typed ?? signed.name, italics: true, size: 32 })
  return [
    heading(`Signed by ${signed.name}`, 3),
    new Paragraph({ children: [mark] }),
    labelled('Role', signed.role),
    labelled('Signed on', formatBritishDateTime(new Date(signed.signedAt))),
  ]
}

/** The agreement to mediate: what the parents agree to, each parent's signature, then the mediator's. */
export async function renderAgreementToMediate(
  content: AgreementToMediateContent,
  documentTitle: string,
): Promise<Buffer> {
  const document = new Document({
    ...properties(documentTitle),
    sections: [
      {
        ...pageFrame(documentTitle),
        children: [
          heading('Agreement to mediate', 1),
          labelled('This copy is for', content.forWhom),
          labelled('Parents', content.parents.join(', ') || 'Not named'),
          ...(content.children.length > 0 ? [labelled('Children', content.children.join(', '))] : []),
          labelled('Signed at the mediation session on', content.date),
          labelled('Mediator', content.mediator),
          heading('What we agree to', 2),
          ...content.terms.map((term, index) => para(`${index + 1}. ${term}`)),
          heading('Each parent’s signature', 2),
          ...(content.parentSignatures.length > 0
            ? content.parentSignatures.flatMap(parentSignature)
            : [para('Not signed yet.', { italics: true })]),
          ...signatureBlock(
            content.mediatorSignature,
            'The mediator has not signed yet.',
            'The mediator’s signature',
          ),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
