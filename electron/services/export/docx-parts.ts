import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx'

/** The protective marking every page carries, top and bottom. */
export const marking = 'OFFICIAL-SENSITIVE'

/** The document's look: Word's own heading styles (so the navigation pane works), a plain readable body. */
export const documentStyles = {
  default: {
    document: {
      run: { font: 'Arial', size: 22 },
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: 'Arial', size: 32, bold: true, color: '1D5A73' },
      paragraph: { spacing: { before: 240, after: 120 } },
    },
    heading2: {
      run: { font: 'Arial', size: 26, bold: true, color: '1D5A73' },
      paragraph: { spacing: { before: 240, after: 80 } },
    },
    heading3: {
      run: { font: 'Arial', size: 23, bold: true },
      paragraph: { spacing: { before: 160, after: 60 } },
    },
  },
} as const

/** The header and footer: the marking on every page, and 'Page X of Y'. */
export function pageFrame(title: string): Pick<ISectionOptions, 'headers' | 'footers' | 'properties'> {
  return {
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: marking, bold: true })],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: marking, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: `${title} · Page ` }),
              new TextRun({ children: [PageNumber.CURRENT] }),
              new TextRun({ text: ' of ' }),
              new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
            ],
          }),
        ],
      }),
    },
  }
}

/** A heading in Word's own style. */
export const heading = (text: string, level: 1 | 2 | 3 | 4): Paragraph =>
  new Paragraph({
    text,
    heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][
      level - 1
    ],
    keepNext: true,
  })

/** A plain paragraph; several lines are kept as line breaks. */
export function para(
  text: string,
  options: { readonly italics?: boolean; readonly bold?: boolean } = {},
): Paragraph {
  const lines = text.split(/\r?\n/)
  return new Paragraph({
    children: lines.map(
      (line, index) =>
        new TextRun({ text: line, break: index > 0 ? 1 : 0, italics: options.italics, bold: options.bold }),
    ),
  })
}

/** A labelled line: 'Label: value'. */
export const labelled = (label: string, value: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })] })

const border = { style: BorderStyle.SINGLE, size: 4, color: 'A6B0B8' }
const borders = { top: border, bottom: border, left: border, right: border }

/** A table with a header row that repeats on every page it runs over. */
export function table(headings: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headings.map(
          (text) =>
            new TableCell({
              borders,
              shading: { type: ShadingType.CLEAR, fill: 'E3EDF1', color: 'auto' },
              children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })],
            }),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map(
              (text) => new TableCell({ borders, children: text.split(/\r?\n/).map((line) => para(line)) }),
            ),
          }),
      ),
    ],
  })
}
