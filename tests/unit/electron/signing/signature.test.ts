import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import forge from 'node-forge'
import { X509Certificate } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../../electron/cli/convene.ts'
import { renderDocuments } from '../../../helpers/render-documents.ts'
import {
  createSelfSigned,
  holderOf,
  readPkcs12,
  type SigningIdentity,
} from '../../../../electron/services/signing/certificate.ts'
import { signDocx } from '../../../../electron/services/signing/ooxml-signature.ts'
import { verifyDocx } from '../../../../electron/services/signing/verify-docx.ts'
import { writeInterchange } from '../../../../shared/meeting/interchange.ts'
import { conferenceMeeting } from '../../../helpers/conference-meeting.ts'
import { libreOfficeSignatures, requireLibreOffice } from '../../../helpers/libreoffice-signatures.ts'

/**
 * The checker that may sit beside a checkout in ../shared/tools: an optional second opinion. The repository's
 * own LibreOffice check (tests/helpers/libreoffice-signatures.py) is the one the tests rely on.
 */
const sharedTool = join(import.meta.dirname, '../../../../../shared/tools/verify-docx-signature')
const chair = { name: 'Helen Okafor', role: 'Chair', organisation: 'Portsmouth City Council' }

let folder = ''
let identity: SigningIdentity
let minutes: Buffer
let signed: Buffer

/** The optional second opinion's verdict on a file, through ../shared/tools/verify-docx-signature. */
function sharedChecker(file: string): { readonly code: number; readonly out: string } {
  const result = spawnSync(sharedTool, [file], { encoding: 'utf8', timeout: 180_000 })
  return { code: result.status ?? 2, out: `${result.stdout}${result.stderr}` }
}

/** The same package with one character of word/document.xml changed, zipped again. */
async function tampered(data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const at = xml.indexOf('Zosia needs a plan')
  zip.file('word/document.xml', `${xml.slice(0, at)}z${xml.slice(at + 1)}`)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

async function cli(args: ReadonlyArray<string>) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { code, out, err }
}

/** A PKCS#12 file holding an identity, as an organisation would issue it. */
function p12(of: SigningIdentity, password: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(of.privateKeyPem),
    [forge.pki.certificateFromPem(of.certificatePem)],
    password,
    { algorithm: '3des' },
  )
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary')
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'convene-sign-'))
  identity = createSelfSigned(chair)
  const [first] = await renderDocuments(conferenceMeeting(), { signature: null })
  if (!first) throw new Error('no minutes')
  minutes = first.data
  signed = await signDocx(minutes, identity, new Date('2026-12-02T15:30:00Z'))
  await writeFile(join(folder, 'signed.docx'), signed)
  await writeFile(join(folder, 'tampered.docx'), await tampered(signed))
  await writeFile(join(folder, 'unsigned.docx'), minutes)
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('the OOXML package signature', () => {
  it('is the structure Word writes: origin, signature part, manifest with the relationship transform, XAdES', async () => {
    const zip = await JSZip.loadAsync(signed)
    expect(await zip.file('[Content_Types].xml')?.async('string')).toContain(
      'digital-signature-xmlsignature+xml',
    )
    expect(await zip.file('_rels/.rels')?.async('string')).toContain('digital-signature/origin')
    const xml = (await zip.file('_xmlsignatures/sig1.xml')?.async('string')) ?? ''
    expect(xml).toContain('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256')
    expect(xml).toContain('http://schemas.openxmlformats.org/package/2006/RelationshipTransform')
    expect(xml).toContain(
      '<Reference URI="/word/document.xml?ContentType=application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">',
    )
    expect(xml).toContain('<xd:SigningTime>2026-12-02T15:30:00Z</xd:SigningTime>')
    expect(xml).toContain('<xd:CertDigest>')
  })

  it('is valid by Convene: signer, time, unchanged, and the certificate by its fingerprint', async () => {
    expect(await verifyDocx(signed)).toEqual({
      status: 'valid',
      signer: 'Helen Okafor, Chair, Portsmouth City Council',
      signedAt: '2026-12-02T15:30:00Z',
      fingerprint: new X509Certificate(identity.certificatePem).fingerprint256,
      trust: { kind: 'unknown' },
    })
    expect(await verifyDocx(signed, { own: [identity.certificatePem], listed: [] })).toMatchObject({
      status: 'valid',
      trust: { kind: 'own' },
    })
    expect(holderOf(identity.certificatePem)).toEqual({ name: 'Helen Okafor', role: 'Chair' })
  })

  it('is broken by one changed character, a removed part or an added one; a plain document is unsigned', async () => {
    expect(await verifyDocx(await tampered(signed))).toMatchObject({
      status: 'broken',
      problem: 'The document has been changed since it was signed (in word/document.xml).',
    })
    const removed = await JSZip.loadAsync(signed)
    removed.remove('word/footnotes.xml')
    expect(await verifyDocx(await removed.generateAsync({ type: 'nodebuffer' }))).toMatchObject({
      status: 'broken',
    })
    const added = await JSZip.loadAsync(signed)
    added.file('word/extra.xml', '<x/>')
    expect(await verifyDocx(await added.generateAsync({ type: 'nodebuffer' }))).toMatchObject({
      status: 'broken',
      problem: expect.stringContaining('added to the document after it was signed'),
    })
    expect(await verifyDocx(minutes)).toEqual({
      status: 'unsigned',
      problem: 'This document has no digital signature.',
    })
    expect(await verifyDocx(Buffer.from('not a zip'))).toEqual({
      status: 'refused',
      problem: 'This is not a Word document (.docx) that can be opened.',
    })
  })

  it('is valid to LibreOffice, and broken once one character of word/document.xml changes', (context) => {
    requireLibreOffice(context)
    const [good, bad, plain] = libreOfficeSignatures(
      ['signed.docx', 'tampered.docx', 'unsigned.docx'].map((name) => join(folder, name)),
    )
    expect(good?.signatures).toEqual([
      expect.objectContaining({ valid: true, subject: expect.stringContaining('CN=Helen Okafor') }),
    ])
    expect(bad?.signatures).toEqual([expect.objectContaining({ valid: false })])
    expect(plain?.signatures).toEqual([])
  }, 240_000)

  it.runIf(existsSync(sharedTool))(
    'agrees with the checker beside the project, where there is one (optional)',
    () => {
      expect(sharedChecker(join(folder, 'signed.docx'))).toMatchObject({
        code: 0,
        out: expect.stringContaining(': valid, signer'),
      })
      expect(sharedChecker(join(folder, 'tampered.docx')).code).toBe(1)
    },
    240_000,
  )

  it('convene verify says the same, with exit code 0 only when valid and by a known certificate', async () => {
    await writeFile(join(folder, 'chair.pem'), identity.certificatePem)
    const good = await cli(['verify', join(folder, 'signed.docx'), '--trust', join(folder, 'chair.pem')])
    expect(good).toMatchObject({
      code: 0,
      out: expect.stringContaining(
        'Valid, signed by Helen Okafor, Chair, Portsmouth City Council (known: a certificate in the --trust file).',
      ),
    })
    const unknown = await cli(['verify', join(folder, 'signed.docx')])
    expect(unknown).toMatchObject({
      code: 1,
      out: expect.stringContaining('Valid, but signed with a certificate Convene does not know.'),
    })
    expect(unknown.out).toContain(new X509Certificate(identity.certificatePem).fingerprint256)
    const bad = await cli(['verify', join(folder, 'tampered.docx')])
    expect(bad).toMatchObject({ code: 1, out: expect.stringContaining('NOT valid.') })
    expect(await cli(['verify', join(folder, 'unsigned.docx')])).toMatchObject({
      code: 1,
      out: expect.stringContaining('Not signed.'),
    })
    expect(await cli(['verify', join(folder, 'missing.docx')])).toMatchObject({ code: 2 })
  })
})

describe('certificates', () => {
  it("reads an organisation's PKCS#12 file, and refuses a wrong password or an expired certificate plainly", () => {
    const file = p12(identity, 'correct horse')
    const read = readPkcs12(file, 'correct horse')
    expect(read.ok && read.value.certificatePem).toBe(identity.certificatePem)
    expect(readPkcs12(file, 'wrong')).toMatchObject({
      ok: false,
      error: { message: 'The password for this certificate file is not right. Check it and try again.' },
    })
    const old = createSelfSigned(chair, new Date('2020-01-01T00:00:00Z'))
    expect(readPkcs12(p12(old, 'pw'), 'pw')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('This certificate expired on') },
    })
    expect(readPkcs12(Buffer.from('nonsense'), 'pw')).toMatchObject({ ok: false })
  })

  it('convene render --sign-with signs every document with the certificate from a PKCS#12 file', async () => {
    const meetingFile = join(folder, 'meeting.json')
    await writeFile(meetingFile, writeInterchange(conferenceMeeting(), new Date('2026-12-02T16:00:00Z')))
    await writeFile(join(folder, 'chair.p12'), p12(identity, 'correct horse'))
    process.env['CONVENE_P12_PASSWORD'] = 'correct horse'
    try {
      const out = join(folder, 'signed-out')
      const result = await cli([
        'render',
        meetingFile,
        '--out',
        out,
        '--sign-with',
        join(folder, 'chair.p12'),
      ])
      expect(result.code, result.err).toBe(0)
      for (const path of result.out.trim().split('\n'))
        expect(await verifyDocx(await readFile(path))).toMatchObject({ status: 'valid' })
      const text = execFileSync(
        'pandoc',
        ['--from', 'docx', '--to', 'plain', result.out.trim().split('\n')[0] ?? ''],
        { encoding: 'utf8' },
      )
      expect(text).toContain('Signed by: Helen Okafor')
      process.env['CONVENE_P12_PASSWORD'] = 'wrong'
      const refused = await cli([
        'render',
        meetingFile,
        '--out',
        out,
        '--sign-with',
        join(folder, 'chair.p12'),
      ])
      expect(refused).toMatchObject({
        code: 2,
        err: expect.stringContaining('password for this certificate file is not right'),
      })
    } finally {
      delete process.env['CONVENE_P12_PASSWORD']
    }
  })
})
