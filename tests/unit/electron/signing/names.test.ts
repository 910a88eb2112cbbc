import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import forge from 'node-forge'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../../electron/cli/convene.ts'
import { renderDocuments } from '../../../helpers/render-documents.ts'
import {
  createSelfSigned,
  holderOf,
  readPkcs12,
  signerName,
  type SigningIdentity,
} from '../../../../electron/services/signing/certificate.ts'
import { signDocx } from '../../../../electron/services/signing/ooxml-signature.ts'
import { verifyDocx } from '../../../../electron/services/signing/verify-docx.ts'
import { writeInterchange } from '../../../../shared/meeting/interchange.ts'
import { conferenceMeeting } from '../../../helpers/conference-meeting.ts'
import { libreOfficeSignatures, requireLibreOffice } from '../../../helpers/libreoffice-signatures.ts'

/** Chairs' names in the scripts Convene's users write them in, with the punctuation names and councils have. */
const chairs = [
  {
    script: 'Polish',
    name: 'Małgorzata Żółkiewska-Wiśniewska',
    role: 'Przewodnicząca',
    organisation: 'Łódź',
  },
  {
    script: 'Irish',
    name: 'Siobhán Ní Bhriain',
    role: 'Cathaoirleach',
    organisation: 'Comhairle Chathair Bhaile Átha Cliath',
  },
  { script: 'Arabic', name: 'فاطمة الزهراء', role: 'رئيسة المؤتمر', organisation: 'مجلس المدينة' },
  { script: 'Chinese', name: '王秀英', role: '主席', organisation: '市议会' },
  { script: 'Hindi', name: 'प्रिया शर्मा', role: 'अध्यक्ष', organisation: 'नगर परिषद' },
  {
    script: 'apostrophe and ampersand',
    name: "Niamh O'Sullivan",
    role: 'Chair & Reviewing Officer',
    organisation: 'Barking & Dagenham',
  },
] as const

let folder = ''
const signedFiles = new Map<string, string>()
const identities = new Map<string, SigningIdentity>()

async function cli(args: ReadonlyArray<string>) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { code, out, err }
}

/** The document's text as pandoc reads it, on one line. */
const textOf = (file: string): string =>
  execFileSync('pandoc', ['--from', 'docx', '--to', 'plain', '--wrap=none', file], { encoding: 'utf8' })

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'convene-names-'))
  for (const chair of chairs) {
    const identity = createSelfSigned(chair)
    identities.set(chair.script, identity)
    const [minutes] = await renderDocuments(conferenceMeeting(), {
      signature: { ...holderOf(identity.certificatePem), signedAt: '2026-12-02T15:30:00Z', image: null },
    })
    if (!minutes) throw new Error('no minutes')
    const file = join(folder, `${chair.script.replace(/\W+/g, '-')}.docx`)
    await writeFile(file, await signDocx(minutes.data, identity, new Date('2026-12-02T15:30:00Z')))
    signedFiles.set(chair.script, file)
  }
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe.each(chairs)("a chair's own certificate, with a name in $script", (chair) => {
  it('names the chair, role and organisation exactly as typed', () => {
    const identity = identities.get(chair.script)
    if (!identity) throw new Error('not made')
    expect(holderOf(identity.certificatePem)).toEqual({ name: chair.name, role: chair.role })
    expect(signerName(identity.certificatePem)).toBe(`${chair.name}, ${chair.role}, ${chair.organisation}`)
  })

  it("signs, with the name in the document's signature block and in Convene's verdict and convene verify", async () => {
    const file = signedFiles.get(chair.script) ?? ''
    expect(textOf(file)).toContain(`Signed by: ${chair.name}`)
    expect(await verifyDocx(await readFile(file))).toMatchObject({
      status: 'valid',
      signer: `${chair.name}, ${chair.role}, ${chair.organisation}`,
    })
    const pem = join(folder, `${chair.script.replace(/\W+/g, '-')}.pem`)
    await writeFile(pem, identities.get(chair.script)?.certificatePem ?? '')
    const verdict = await cli(['verify', file, '--trust', pem])
    expect(verdict.out).toContain(
      `Valid, signed by ${chair.name}, ${chair.role}, ${chair.organisation} (known:`,
    )
    expect(verdict.code).toBe(0)
  })
})

describe('a chair’s own certificate, with characters a signature cannot hold', () => {
  it('leaves out control characters, U+FFFE and a surrogate without its pair (they showed nothing, and broke the signature)', () => {
    const identity = createSelfSigned({
      name: 'Ann\u0001\uD800e\uFFFE Byrne',
      role: '\u0007',
      organisation: 'Council\uFFFF',
    })
    expect(holderOf(identity.certificatePem)).toEqual({ name: 'Anne Byrne', role: 'Chair' })
    expect(signerName(identity.certificatePem)).toBe('Anne Byrne, Chair, Council')
  })
})

describe("an organisation's PKCS#12 certificate whose subject is UTF-8", () => {
  it.each([chairs[0], chairs[2], chairs[3]])(
    'in $script: convene render --sign-with puts the name in the signature block, and verify reads it',
    async (chair) => {
      const identity = identities.get(chair.script)
      if (!identity) throw new Error('not made')
      const p12 = forge.pkcs12.toPkcs12Asn1(
        forge.pki.privateKeyFromPem(identity.privateKeyPem),
        [forge.pki.certificateFromPem(identity.certificatePem)],
        'council password',
        { algorithm: '3des' },
      )
      const p12File = join(folder, 'organisation.p12')
      await writeFile(p12File, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'))
      const read = readPkcs12(await readFile(p12File), 'council password')
      expect(read.ok && signerName(read.value.certificatePem)).toBe(
        `${chair.name}, ${chair.role}, ${chair.organisation}`,
      )
      const meetingFile = join(folder, 'meeting.json')
      await writeFile(meetingFile, writeInterchange(conferenceMeeting(), new Date('2026-12-02T16:00:00Z')))
      process.env['CONVENE_P12_PASSWORD'] = 'council password'
      try {
        const out = join(folder, `out-${chair.script}`)
        const rendered = await cli(['render', meetingFile, '--out', out, '--sign-with', p12File])
        expect(rendered.code, rendered.err).toBe(0)
        const minutes = rendered.out.split('\n').find((path) => path.includes('/minutes-icpc')) ?? ''
        expect(textOf(minutes)).toContain(`Signed by: ${chair.name}`)
        expect((await cli(['verify', minutes])).out).toContain(
          `The certificate names ${chair.name}, ${chair.role}, ${chair.organisation}, but anyone`,
        )
      } finally {
        delete process.env['CONVENE_P12_PASSWORD']
      }
    },
    60_000,
  )
})

describe('LibreOffice', () => {
  it('finds every signature valid, with the name in the subject as typed', (context) => {
    requireLibreOffice(context)
    const verdicts = libreOfficeSignatures(chairs.map((chair) => signedFiles.get(chair.script) ?? ''))
    for (const [index, chair] of chairs.entries()) {
      const verdict = verdicts[index]
      expect(verdict?.signatures, chair.script).toHaveLength(1)
      expect(verdict?.signatures[0]?.valid, chair.script).toBe(true)
      expect(verdict?.signatures[0]?.subject, chair.script).toContain(chair.name)
    }
  }, 240_000)
})
