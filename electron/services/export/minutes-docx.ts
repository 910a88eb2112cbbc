import { Document, ImageRun, Packer, Paragraph, TextRun, type FileChild } from 'docx'
import { formatBritishDateTime } from '../../../shared/dates/british-date.ts'
import type { MinutesContent } from '../../../shared/kinds/conference/documents/minutes-content.ts'
import type { SignatureBlock } from '../../../shared/model/signature-block.ts'
import type { SectionKind } from '../../../shared/model/agenda.ts'
import { assertNever } from '../../../shared/util/assert-never.ts'
import type { GlossaryEntry } from '../../../shared/language/glossary.ts'
import { documentStyles, heading, labelled, pageFrame, para, table } from './docx-parts.ts'

const withheldNotice =
  'Some of what was discussed was heard while the family were not in the room, or is information that cannot be shared with the family. It is not included in this copy.'

/**
 * The signature block: the drawn signature (with its alternative text) or the typed name, role and time;
 * unsigned, the line that says the document is a draft.
 */
export function signatureBlock(
  signature: SignatureBlock | null,
  unsigned: string,
  title = 'Signature',
): FileChild[] {
  if (!signature) return [heading(title, 2), para(unsigned, { italics: true })]
  const signedAt = formatBritishDateTime(new Date(signature.signedAt))
  return [
    heading(title, 2),
    signature.image
      ? new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: signature.image,
              transformation: { width: 240, height: 80 },
              altText: {
                name: 'Signature',
                title: 'Signature',
                description: `The signature of ${signature.name}, ${signature.role}`,
              },
            }),
          ],
        })
      : new Paragraph({ children: [new TextRun({ text: signature.name, italics: true, size: 32 })] }),
    labelled('Signed by', signature.name),
    labelled('Role', signature.role),
    labelled('Signed on', signedAt),
    ...(signature.version ? [labelled('Version', signature.version)] : []),
  ]
}

/** Each child's voice under its own heading: how it was gathered, their words, who brought them. */
function childVoice(content: MinutesContent): FileChild[] {
  return content.childVoice.flatMap((child) => [
    heading(child.child, 3),
    labelled('How their views were gathered', child.how),
    ...(child.words ? [para(`“${child.words}”`, { italics: true })] : []),
    ...(child.conveyedBy ? [labelled('Brought to the meeting by', child.conveyedBy)] : []),
    ...(!child.words && child.reasonNoView ? [labelled('Why there is no view', child.reasonNoView)] : []),
  ])
}

const hasScaling = (content: MinutesContent): boolean =>
  content.scaling.scores.length > 0 || content.scaling.dangerStatements.length > 0

/** The safety scale's scores as a table, then each danger statement with its safety goal. */
/**
 * What a section of the agenda adds to its notes from the record, by its kind, and whether anything was
 * recorded there: the children's views, the safety scale; progress on the plan is written with the plan.
 */
function sectionRecords(
  kind: SectionKind,
  content: MinutesContent,
): { readonly blocks: FileChild[]; readonly recorded: boolean } {
  switch (kind) {
    case 'notes':
    case 'plan-progress':
      return { blocks: [], recorded: false }
    case 'childs-voice':
      return { blocks: childVoice(content), recorded: content.childVoice.length > 0 }
    case 'scaling':
      return hasScaling(content)
        ? { blocks: scaling(content), recorded: true }
        : { blocks: [], recorded: false }
    default:
      return assertNever(kind, 'section kind')
  }
}

function scaling(content: MinutesContent): FileChild[] {
  return [
    ...(content.scaling.scores.length > 0
      ? [
          table(
            ['Who', 'Score (0 to 10)', 'Why'],
            content.scaling.scores.map((row) => [row.name, row.score, row.why]),
          ),
        ]
      : []),
    ...content.scaling.dangerStatements.flatMap((statement, index) => [
      heading(`Danger statement ${index + 1}`, 3),
      para(statement.danger),
      labelled('Safety goal', statement.safetyGoal || 'Not recorded'),
    ]),
  ]
}

/** The body of the minutes, in the order of docs/practice.md's 'The minutes'. */
export function minutesBody(content: MinutesContent): FileChild[] {
  const body: FileChild[] = [
    heading(content.title, 1),
    para(content.copy === 'family' ? "The family's copy of the minutes" : 'Minutes', { bold: true }),
    ...content.details.map(([label, value]) => labelled(label, value)),
  ]
  if (content.purpose) body.push(heading('Why we met', 2), para(content.purpose))
  body.push(
    heading('Who was there', 2),
    table(
      ['Name', 'Role or relationship', 'Agency', 'Attendance'],
      content.attendance.map((row) => [row.name, row.role, row.agency, row.attendance]),
    ),
    heading('Reports', 2),
    content.reports.length === 0
      ? para('No written reports were recorded.')
      : table(
          ['Agency', 'Written by', 'Received', 'Shared with the parents'],
          content.reports.map((row) => [row.agency, row.author, row.received, row.shared]),
        ),
  )
  if (content.withheld) body.push(para(withheldNotice, { italics: true }))
  for (const section of content.sections) {
    body.push(heading(section.heading, 2))
    const own = sectionRecords(section.kind, content)
    if (section.notes.length === 0 && !own.recorded)
      body.push(para('Nothing was recorded under this heading.', { italics: true }))
    for (const note of section.notes)
      body.push(
        new Paragraph({
          children: [
            ...(note.closed
              ? [new TextRun({ text: '[Closed part, not shared with the family] ', bold: true })]
              : []),
            ...(note.speaker ? [new TextRun({ text: `${note.speaker}: `, bold: true })] : []),
            new TextRun({ text: note.verbatim ? `“${note.text}”` : note.text, italics: note.verbatim }),
          ],
        }),
      )
    body.push(...own.blocks)
  }
  const kinds = new Set(content.sections.map((section) => section.kind))
  if (!kinds.has('childs-voice')) body.push(heading("The child's voice", 2), ...childVoice(content))
  if (!kinds.has('scaling') && hasScaling(content)) body.push(heading('Safety scale', 2), ...scaling(content))
  if (content.decides) body.push(...decisionsBody(content))
  body.push(...planBody(content))
  if (content.nextDates.length > 0)
    body.push(heading('Next meetings', 2), ...content.nextDates.map(([label, date]) => labelled(label, date)))
  body.push(...glossaryBody(content.glossaries.minutes, 'these minutes'))
  body.push(
    heading('Who receives these minutes', 2),
    table(
      ['Name', 'Role or relationship'],
      content.distribution.map((row) => [row.name, row.role]),
    ),
    ...signatureBlock(content.signature, 'Not signed yet. These minutes are a draft.'),
  )
  return body
}

/**
 * The recommendations, the views on the decision, the chair's analysis and the decision with its reasons
 * and dissent: once where one decision stands for every child, and for each child where they differ.
 */
function decisionsBody(content: MinutesContent): FileChild[] {
  const body: FileChild[] = []
  const separate = content.decisions.some((decision) => decision.children !== null)
  const forWhom = (children: string | null): string => (separate && children ? ` for ${children}` : '')
  for (const decision of content.decisions)
    body.push(
      heading(`Recommendations${forWhom(decision.children)}`, 2),
      decision.recommendations.length === 0
        ? para('No recommendations were recorded.')
        : table(
            ['Who', 'Recommended', 'Why'],
            decision.recommendations.map((row) => [row.name, row.recommendation, row.rationale]),
          ),
    )
  body.push(heading("The parents' views", 2), para(content.parentsView || 'Not recorded'))
  for (const decision of content.decisions)
    if (decision.childView)
      body.push(
        heading(`The child's view on the decision${forWhom(decision.children)}`, 3),
        para(decision.childView),
      )
  body.push(heading(separate ? 'The decisions' : 'The decision', 2))
  if (content.analysis) body.push(heading("The chair's analysis", 3), para(content.analysis))
  for (const decision of content.decisions) {
    if (separate && decision.children) body.push(heading(`For ${decision.children}`, 3))
    body.push(labelled('Decision', decision.outcome))
    if (decision.category) body.push(labelled('Category', decision.category))
    if (decision.otherCategories) body.push(labelled('Other categories considered', decision.otherCategories))
    body.push(heading('Reasons', separate ? 4 : 3), para(decision.reasons || 'Not recorded'))
    body.push(heading('Dissent', separate ? 4 : 3))
    if (decision.dissent.length === 0)
      body.push(para('Everyone who made a recommendation agreed with the decision.'))
    for (const line of decision.dissent) body.push(new Paragraph({ text: line, bullet: { level: 0 } }))
    if (decision.dissentNote) body.push(para(decision.dissentNote))
  }
  return body
}

/**
 * The words and letters a document uses that a family may not know, each once, with what they mean. A
 * document with none says so in the minutes, and leaves the heading out elsewhere.
 */
export function glossaryBody(entries: ReadonlyArray<GlossaryEntry>, where: string): FileChild[] {
  const title = heading(`Words and letters used in ${where}`, 2)
  if (entries.length === 0) return where === 'these minutes' ? [title, para('No acronyms were used.')] : []
  return [
    title,
    table(
      ['Word or short form', 'What it means'],
      entries.map((entry) => [entry.term, entry.expansion]),
    ),
  ]
}

/** The outline plan: who leads it, the actions as a table, and the contingency. Shared by every document. */
export function planBody(content: MinutesContent): FileChild[] {
  return [
    heading('The outline plan', 2),
    labelled('Lead social worker', content.plan.lead),
    labelled('Core group', content.plan.coreGroup),
    content.plan.actions.length === 0
      ? para('No actions were recorded.')
      : table(
          ['What will happen', 'Who', 'By when', 'How we will know', 'Which worry it addresses'],
          content.plan.actions.map((row) => [row.what, row.who, row.when, row.measure, row.addresses]),
        ),
    ...(content.plan.dueRule ? [para(`Working days: ${content.plan.dueRule}`, { italics: true })] : []),
    heading('If the plan is not achieved', 3),
    para(content.plan.contingency || 'Not recorded'),
  ]
}

/** Document properties: a title, and no personal data beyond it. */
export const properties = (title: string) => ({
  title,
  creator: 'Convene',
  lastModifiedBy: 'Convene',
  description: '',
  styles: documentStyles,
})

/** The minutes as a .docx file. */
export async function renderMinutes(content: MinutesContent, documentTitle: string): Promise<Buffer> {
  const document = new Document({
    ...properties(documentTitle),
    sections: [{ ...pageFrame(documentTitle), children: minutesBody(content) }],
  })
  return Packer.toBuffer(document)
}
