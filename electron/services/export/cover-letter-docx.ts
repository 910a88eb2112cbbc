import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'
import { heading, pageFrame, para } from './docx-parts.ts'
import { properties } from './minutes-docx.ts'

/** What a cover letter for a copy sent by post or by hand says. */
export type CoverLetterContent = {
  /** The council's letterhead, line by line. */
  readonly letterhead: ReadonlyArray<string>
  /** The addressee's name and address, line by line. */
  readonly addressBlock: ReadonlyArray<string>
  /** '29/11/2026'. */
  readonly date: string
  /** 'Initial child protection conference, 24/11/2026: Kowalski family'. */
  readonly subject: string
  /** The covering message, filled in for this person. */
  readonly message: string
  /** The documents enclosed, each with its version. */
  readonly enclosed: ReadonlyArray<string>
  /** Who it is from: the administrator, then the service. */
  readonly from: ReadonlyArray<string>
}

const lines = (text: ReadonlyArray<string>, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  text.map((line) => new Paragraph({ alignment, children: [new TextRun({ text: line })] }))

/**
 * A cover letter on the council's letterhead, addressed to one person, for the copy that goes to them by
 * post or by hand (issue 17). It carries only that person's address: no one else's is on it.
 */
export async function renderCoverLetter(content: CoverLetterContent, title: string): Promise<Buffer> {
  const document = new Document({
    ...properties(title),
    sections: [
      {
        ...pageFrame(title),
        children: [
          ...lines(content.letterhead, AlignmentType.RIGHT),
          new Paragraph({ children: [] }),
          ...lines(content.addressBlock),
          new Paragraph({ children: [] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: content.date })] }),
          heading(content.subject, 2),
          ...content.message.split(/\r?\n\r?\n/).map((block) => para(block)),
          heading('Enclosed', 3),
          ...content.enclosed.map(
            (each) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(each)] }),
          ),
          new Paragraph({ children: [] }),
          para('Yours sincerely,'),
          ...lines(content.from),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
