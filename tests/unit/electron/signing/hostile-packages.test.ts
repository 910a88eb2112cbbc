import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../../electron/cli/convene.ts'
import { renderDocuments } from '../../../helpers/render-documents.ts'
import { createSelfSigned } from '../../../../electron/services/signing/certificate.ts'
import { signDocx } from '../../../../electron/services/signing/ooxml-signature.ts'
import { verifyDocx } from '../../../../electron/services/signing/verify-docx.ts'
import { conferenceMeeting } from '../../../helpers/conference-meeting.ts'
import { bombEntry, deflatedEntry, zipOf, type RawZipEntry } from '../../../helpers/zip-writer.ts'

let folder = ''
let parts: RawZipEntry[] = []
let texts = new Map<string, string>()

/** The signed minutes' parts with one replaced (or more added), zipped again by hand. */
const withPart = (replacement: RawZipEntry, ...extra: RawZipEntry[]): Buffer =>
  zipOf([...parts.map((part) => (part.name === replacement.name ? replacement : part)), ...extra])

async function cli(args: ReadonlyArray<string>) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { code, out, err }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'convene-hostile-'))
  const [minutes] = await renderDocuments(conferenceMeeting(), { signature: null })
  if (!minutes) throw new Error('no minutes')
  const identity = createSelfSigned({ name: 'Helen Okafor', role: 'Chair', organisation: 'Portsmouth' })
  const zip = await JSZip.loadAsync(await signDocx(minutes.data, identity, new Date('2026-12-02T15:30:00Z')))
  parts = []
  texts = new Map()
  for (const name of Object.keys(zip.files).filter((path) => !zip.files[path]?.dir)) {
    const data = Buffer.from((await zip.file(name)?.async('uint8array')) ?? new Uint8Array())
    parts.push(deflatedEntry(name, data))
    texts.set(name, data.toString('utf8'))
  }
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('a signed document zipped again by hand', () => {
  it('is still valid (the hand-made zip is a fair stand-in)', async () => {
    expect(await verifyDocx(zipOf(parts))).toMatchObject({ status: 'valid' })
  })
})

describe('zip bombs and floods are refused before they exhaust the laptop', () => {
  it('a main document that unpacks to 120 MB, its size told honestly', async () => {
    const bomb = withPart(await bombEntry('word/document.xml', 120 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(await verifyDocx(bomb)).toEqual({
      status: 'refused',
      problem:
        'Part of this document (word/document.xml) unpacks to 120 MB, more than Convene will unpack (100 MB), so it is not checked.',
    })
  })

  it('a main document that unpacks to 120 MB while its headers claim a few kilobytes', async () => {
    const claim = parts.find((part) => part.name === 'word/document.xml')?.size ?? 0
    const bomb = withPart(await bombEntry('word/document.xml', 120 * 1024 * 1024, claim))
    expect(await verifyDocx(bomb)).toEqual({
      status: 'refused',
      problem: 'Part of this document (word/document.xml) is damaged and cannot be unpacked.',
    })
  })

  it.each(['_xmlsignatures/sig1.xml', '[Content_Types].xml'])(
    'the signature part or the content types (%s) unpacking to 40 MB, told or hidden',
    async (name) => {
      const told = await verifyDocx(withPart(await bombEntry(name, 40 * 1024 * 1024)))
      expect(told).toMatchObject({
        status: 'refused',
        problem: expect.stringContaining(`(${name}) unpacks to 40 MB`),
      })
      const hidden = await verifyDocx(withPart(await bombEntry(name, 40 * 1024 * 1024, 1000)))
      expect(hidden).toMatchObject({ status: 'refused', problem: expect.stringContaining(`(${name})`) })
    },
  )

  it('parts that claim 300 MB between them, refused before any is unpacked', async () => {
    const claims = ['word/media/a.png', 'word/media/b.png', 'word/media/c.png'].map((name) => ({
      ...deflatedEntry(name, 'tiny'),
      size: 90 * 1024 * 1024,
    }))
    expect(await verifyDocx(zipOf([...parts, ...claims]))).toEqual({
      status: 'refused',
      problem:
        'This document unpacks to more than 250 MB, more than Convene will unpack, so it is not checked.',
    })
  })

  it('5,000 extra parts: a short message, not a list of them all', async () => {
    const empty = deflatedEntry('x', '')
    const flood = Array.from({ length: 5_000 }, (_, index) => ({ ...empty, name: `word/extra-${index}.xml` }))
    const outcome = await verifyDocx(zipOf([...parts, ...flood]))
    expect(outcome).toEqual({
      status: 'refused',
      problem: `This document holds ${(parts.length + 5_000).toLocaleString('en-GB')} parts, far more than a Word document has (Convene checks up to 2,000), so it is not checked.`,
    })
    const some = await verifyDocx(zipOf([...parts, ...flood.slice(0, 300)]))
    expect(some).toMatchObject({ status: 'broken', problem: expect.stringContaining('and 295 more') })
    expect(some.status === 'broken' && some.problem.length).toBeLessThan(300)
  })
})

describe("a 'valid' that would mislead", () => {
  it('two parts named word/document.xml (the first one altered) are refused', async () => {
    const document = texts.get('word/document.xml') ?? ''
    const altered = deflatedEntry(
      'word/document.xml',
      document.replace('Zosia needs a plan', 'Zosia needs no plan'),
    )
    const twice = zipOf([altered, ...parts])
    expect(await verifyDocx(twice)).toEqual({
      status: 'refused',
      problem:
        'This document holds two parts named word/document.xml. Word and other programs may show either one, so it is not checked: treat it as altered.',
    })
    const cased = zipOf([...parts, { ...altered, name: 'Word/Document.xml' }])
    expect(await verifyDocx(cased)).toMatchObject({ status: 'refused' })
  })

  it('a changed content type of the main part is noticed, though [Content_Types].xml is not signed', async () => {
    const types = (texts.get('[Content_Types].xml') ?? '').replace(
      'wordprocessingml.document.main+xml',
      'wordprocessingml.template.main+xml',
    )
    expect(types).toContain('template.main+xml')
    expect(await verifyDocx(withPart(deflatedEntry('[Content_Types].xml', types)))).toMatchObject({
      status: 'broken',
      problem: 'The document has been changed since it was signed (the type of word/document.xml).',
    })
  })
})

describe('damaged files get a plain answer, never an exception', () => {
  it('a damaged certificate inside the signature part', async () => {
    const signature = (texts.get('_xmlsignatures/sig1.xml') ?? '').replace(
      /<X509Certificate>([^<]{40})/,
      '<X509Certificate>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    )
    const damaged = withPart(deflatedEntry('_xmlsignatures/sig1.xml', signature))
    expect(await verifyDocx(damaged)).toMatchObject({
      status: 'broken',
      problem: 'The certificate inside the signature is damaged, so the signature cannot be checked.',
    })
    await writeFile(join(folder, 'damaged-certificate.docx'), damaged)
    const result = await cli(['verify', join(folder, 'damaged-certificate.docx')])
    expect(result).toMatchObject({
      code: 1,
      out: expect.stringContaining('NOT valid. The certificate inside'),
    })
    expect(`${result.out}${result.err}`).not.toMatch(/\n\s+at /)
  })

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))],
    [
      'the first half of a signed document',
      () => zipOf(parts).subarray(0, Math.floor(zipOf(parts).length / 2)),
    ],
    [
      'a zip whose entry is not deflate data',
      () =>
        zipOf([
          ...parts.filter((part) => part.name !== 'word/document.xml'),
          { ...deflatedEntry('word/document.xml', 'x'), stored: Buffer.from('not deflate at all') },
        ]),
    ],
  ])('%s', async (_name, make) => {
    const data = typeof make === 'function' ? make() : make
    const outcome = await verifyDocx(data)
    expect(outcome.status).toBe('refused')
    const file = join(folder, 'bad.docx')
    await writeFile(file, data)
    const result = await cli(['verify', file])
    expect(result.code).toBe(1)
    expect(`${result.out}${result.err}`).toMatch(/^.*bad\.docx: Not checked\. \S.*\n$/)
  })
})
