import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderDocuments, type RenderedDocument } from '../../../helpers/render-documents.ts'
import { closedNoteText, conferenceMeeting } from '../../../helpers/conference-meeting.ts'

const meeting = conferenceMeeting()
let folder = ''
let documents: RenderedDocument[] = []
const find = (prefix: string): RenderedDocument => {
  const found = documents.find((document) => document.fileName.startsWith(prefix))
  if (!found) throw new Error(`No document ${prefix}`)
  return found
}
const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0

/** The text of a document as pandoc reads it (an independent reader of .docx). */
function pandoc(document: RenderedDocument): string {
  return execFileSync(
    'pandoc',
    ['--from', 'docx', '--to', 'plain', '--wrap=none', join(folder, document.fileName)],
    {
      encoding: 'utf8',
    },
  )
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'convene-export-'))
  documents = await renderDocuments(meeting, {
    signature: { name: 'Helen Okafor', role: 'Chair', signedAt: '2026-12-02T15:30:00.000Z', image: null },
  })
  for (const document of documents) await writeFile(join(folder, document.fileName), document.data)
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('the exported Word documents', () => {
  it('are the minutes, the family copy, the decision letter and the outline plan, named without names', () => {
    expect(documents.map((document) => document.fileName.replace(/-[0-9a-f]{8}\.docx$/, ''))).toEqual([
      'minutes-icpc-2026-12-02',
      'minutes-family-copy-icpc-2026-12-02',
      'decision-letter-icpc-2026-12-02',
      'outline-plan-icpc-2026-12-02',
    ])
    for (const document of documents) expect(document.fileName).not.toMatch(/Kowal/i)
  })

  it.runIf(has('pandoc'))(
    'read back with pandoc, have every section, the plan table, the glossary and the signature',
    () => {
      const text = pandoc(find('minutes-icpc'))
      for (const section of meeting.agenda) expect(text).toContain(section.heading)
      for (const wanted of [
        'Who was there',
        "The child's voice",
        'I like reading with Mum',
        'Safety scale',
        'Recommendations',
        'Mohammed Rahman recommended a child in need plan',
        'Category: Neglect',
        'The outline plan',
        'School confirms breakfast on 9 days out of 10',
        'If the plan is not achieved',
        'Words and letters used in these minutes',
        'child and adolescent mental health services',
        'Who receives these minutes',
        'Signed by',
        'Helen Okafor',
        `[Closed part, not shared with the family] ${closedNoteText}`,
      ])
        expect(text, wanted).toContain(wanted)
      // The plan is a real table, with its header row.
      expect(text).toMatch(/What will happen\s+Who\s+By when\s+How we will know/)
    },
  )

  it.runIf(has('pandoc'))(
    "leave every closed-part note out of the family's copy, and say that something was withheld",
    () => {
      const family = pandoc(find('minutes-family-copy'))
      expect(family).not.toContain(closedNoteText)
      expect(family).not.toContain('Mr Q')
      expect(family).toContain('It is not included in this copy')
      expect(pandoc(find('minutes-icpc'))).not.toContain('It is not included in this copy')
      for (const prefix of ['decision-letter', 'outline-plan'])
        expect(pandoc(find(prefix))).not.toContain('Mr Q')
    },
  )

  it('read back with mammoth, with Word heading styles the navigation pane uses', async () => {
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: find('minutes-icpc').data })
    expect(messages.filter((message) => message.type === 'error')).toEqual([])
    expect(html).toContain('<h1>Initial child protection conference: the Kowalski family</h1>')
    expect(html).toContain('<h2>The outline plan</h2>')
    expect(html).toContain('<h2>Words and letters used in these minutes</h2>')
    expect(html).toMatch(/<table>.*What will happen.*<\/table>/s)
  })

  it('carry the marking top and bottom, Page X of Y, repeating table headers, and no names in the properties', async () => {
    const zip = await JSZip.loadAsync(find('minutes-icpc').data)
    const read = (path: string): Promise<string> => zip.file(path)?.async('string') ?? Promise.resolve('')
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((path) => /^word\/(header|footer)\d*\.xml$/.test(path))
        .map(read),
    )
    expect(headers.filter((xml) => xml.includes('OFFICIAL-SENSITIVE')).length).toBeGreaterThanOrEqual(2)
    const footer = headers.join('')
    expect(footer).toMatch(/PAGE/)
    expect(footer).toMatch(/NUMPAGES/)
    const document = await read('word/document.xml')
    expect(document).toContain('<w:tblHeader')
    expect(document).toMatch(/w:pStyle w:val="Heading1"/)
    const core = await read('docProps/core.xml')
    expect(core).toContain('<dc:title>Initial child protection conference minutes, 02/12/2026</dc:title>')
    expect(core).not.toMatch(/Kowal|Okafor|Reid/)
  })

  it.runIf(has('soffice'))(
    'open in LibreOffice and convert to PDF without error',
    async () => {
      const result = spawnSync(
        'soffice',
        [
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          folder,
          ...documents.map((document) => join(folder, document.fileName)),
        ],
        { encoding: 'utf8', timeout: 180_000, env: { ...process.env, HOME: folder } },
      )
      expect(result.status, result.stderr).toBe(0)
      for (const document of documents) {
        const pdf = await readFile(join(folder, document.fileName.replace(/\.docx$/, '.pdf')))
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      }
      const pages = execFileSync(
        'pdfinfo',
        [join(folder, find('minutes-icpc').fileName.replace(/\.docx$/, '.pdf'))],
        {
          encoding: 'utf8',
        },
      )
      expect(Number(/Pages:\s+(\d+)/.exec(pages)?.[1])).toBeGreaterThanOrEqual(3)
    },
    200_000,
  )
})

describe('the signature block', () => {
  it('carries a drawn signature as an image with alternative text, or the typed name', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    )
    const [drawn] = await renderDocuments(meeting, {
      signature: { name: 'Helen Okafor', role: 'Chair', signedAt: '2026-12-02T15:30:00.000Z', image: png },
    })
    const zip = await JSZip.loadAsync(drawn?.data ?? Buffer.alloc(0))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(xml).toContain('descr="The signature of Helen Okafor, Chair"')
    expect(
      Object.keys(zip.files).some((path) => path.startsWith('word/media/') && path.endsWith('.png')),
    ).toBe(true)
    const { value } = await mammoth.extractRawText({ buffer: find('minutes-icpc').data })
    expect(value).toContain('Signed by: Helen Okafor')
    expect(value).toContain('Signed on: 02/12/2026 at 15:30')
  })
})
