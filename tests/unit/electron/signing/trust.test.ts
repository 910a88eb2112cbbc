import { generateKeyPairSync, X509Certificate } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import forge from 'node-forge'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../../electron/cli/convene.ts'
import { renderDocuments } from '../../../helpers/render-documents.ts'
import { createSelfSigned, type SigningIdentity } from '../../../../electron/services/signing/certificate.ts'
import { signDocx } from '../../../../electron/services/signing/ooxml-signature.ts'
import { certificatesInFile } from '../../../../electron/services/signing/trust.ts'
import { verifyDocx } from '../../../../electron/services/signing/verify-docx.ts'
import { CouncilSettingsSchema, defaultSettings } from '../../../../shared/settings/settings.ts'
import { verifyVerdict } from '../../../../shared/model/verify-verdict.ts'
import { conferenceMeeting } from '../../../helpers/conference-meeting.ts'

const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class

/** A certificate made with forge: issued by `issuer` (or self-signed), a CA or an end certificate. */
function certificate(
  name: string,
  options: { readonly issuer?: SigningIdentity; readonly authority?: boolean } = {},
): SigningIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const made = forge.pki.createCertificate()
  made.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString())
  made.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(8))}`
  made.validity.notBefore = new Date(Date.now() - 60_000)
  made.validity.notAfter = new Date(Date.now() + 365 * 86_400_000)
  made.setSubject([{ shortName: 'CN', value: name, valueTagClass: utf8 }])
  made.setIssuer(
    options.issuer
      ? forge.pki.certificateFromPem(options.issuer.certificatePem).subject.attributes.map((item) => ({
          ...item,
          value: Buffer.from(String(item.value), 'binary').toString('utf8'),
        }))
      : [{ shortName: 'CN', value: name, valueTagClass: utf8 }],
  )
  made.setExtensions(
    options.authority
      ? [
          { name: 'basicConstraints', cA: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true },
        ]
      : [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
        ],
  )
  made.sign(
    forge.pki.privateKeyFromPem(options.issuer?.privateKeyPem ?? privateKeyPem),
    forge.md.sha256.create(),
  )
  return { certificatePem: forge.pki.certificateToPem(made), privateKeyPem }
}

let folder = ''
let minutes: Buffer
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'convene-trust-'))
  const [first] = await renderDocuments(conferenceMeeting(), { signature: null })
  if (!first) throw new Error('no minutes')
  minutes = first.data
})
afterAll(() => rm(folder, { recursive: true, force: true }))

const signed = (identity: SigningIdentity) => signDocx(minutes, identity, new Date('2026-12-02T15:30:00Z'))

async function cli(args: ReadonlyArray<string>) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { code, out, err }
}

describe('a genuine signature and a forged one in the same name', () => {
  it('read differently: the genuine one known, the forged one valid but unknown, with different fingerprints', async () => {
    const genuine = createSelfSigned({ name: 'Helen Okafor', role: 'Chair', organisation: 'Portsmouth' })
    const forged = createSelfSigned({ name: 'Helen Okafor', role: 'Chair', organisation: 'Portsmouth' })
    const anchors = { own: [], listed: [genuine.certificatePem] }
    const real = await verifyDocx(await signed(genuine), anchors)
    const fake = await verifyDocx(await signed(forged), anchors)
    expect(real).toMatchObject({
      status: 'valid',
      signer: 'Helen Okafor, Chair, Portsmouth',
      trust: { kind: 'listed' },
    })
    expect(fake).toMatchObject({
      status: 'valid',
      signer: 'Helen Okafor, Chair, Portsmouth',
      trust: { kind: 'unknown' },
    })
    expect(real.status === 'valid' && fake.status === 'valid' && real.fingerprint !== fake.fingerprint).toBe(
      true,
    )
    expect(verifyVerdict(real, 'app')).toMatchObject({
      headline:
        'Valid, signed by Helen Okafor, Chair, Portsmouth (known: a certificate trusted in Settings).',
      severity: 'success',
    })
    expect(verifyVerdict(fake, 'app')).toMatchObject({
      headline: 'Valid, but signed with a certificate Convene does not know.',
      severity: 'warning',
    })
    expect(verifyVerdict(fake, 'app').detail).toContain('anyone can make a certificate in any name')
  })

  it("knows a certificate issued by the council's authority, and not one from an authority no one listed", async () => {
    const council = certificate('Portsmouth City Council Certificate Authority', { authority: true })
    const other = certificate('Portsmouth City Council Certificate Authority', { authority: true })
    const chair = certificate('Helen Okafor', { issuer: council })
    const impostor = certificate('Helen Okafor', { issuer: other })
    const anchors = { own: [], listed: [council.certificatePem] }
    expect(await verifyDocx(await signed(chair), anchors)).toMatchObject({
      status: 'valid',
      trust: { kind: 'issued', authority: 'Portsmouth City Council Certificate Authority' },
    })
    expect(await verifyDocx(await signed(impostor), anchors)).toMatchObject({
      status: 'valid',
      trust: { kind: 'unknown' },
    })
    // A chair's own certificate on the list does not make it an authority for others.
    const listedChair = { own: [], listed: [chair.certificatePem] }
    expect(
      await verifyDocx(await signed(certificate('Someone', { issuer: chair })), listedChair),
    ).toMatchObject({
      trust: { kind: 'unknown' },
    })

    await writeFile(join(folder, 'council-ca.pem'), `\uFEFF${council.certificatePem}`)
    await writeFile(join(folder, 'chair.docx'), await signed(chair))
    const result = await cli([
      'verify',
      join(folder, 'chair.docx'),
      '--trust',
      join(folder, 'council-ca.pem'),
    ])
    expect(result).toMatchObject({
      code: 0,
      out: expect.stringContaining(
        'Valid, signed by Helen Okafor (known: issued by Portsmouth City Council Certificate Authority, a certificate authority in the --trust file).',
      ),
    })
  })
})

describe('certificate files for the trust list', () => {
  const chair = createSelfSigned({ name: 'Siobhán Ní Bhriain', role: 'Chair', organisation: 'Cork' })
  it('reads PEM (with a byte-order mark, several in one file) and DER', () => {
    const fingerprints = (read: ReturnType<typeof certificatesInFile>) =>
      read.ok ? read.pems.map((pem) => new X509Certificate(pem).fingerprint256) : read.problem
    const fingerprint = new X509Certificate(chair.certificatePem).fingerprint256
    const two = certificatesInFile(Buffer.from(`\uFEFF${chair.certificatePem}\n${chair.certificatePem}`))
    expect(fingerprints(two)).toEqual([fingerprint, fingerprint])
    const der = forge.asn1.toDer(
      forge.pki.certificateToAsn1(forge.pki.certificateFromPem(chair.certificatePem)),
    )
    expect(fingerprints(certificatesInFile(Buffer.from(der.getBytes(), 'binary')))).toEqual([fingerprint])
  })

  it('refuses a private key, a damaged certificate and anything else, plainly', () => {
    expect(certificatesInFile(Buffer.from(`${chair.certificatePem}${chair.privateKeyPem}`))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('This file holds a private key.'),
    })
    expect(
      certificatesInFile(Buffer.from(chair.certificatePem.replace(/\n[^\n]+\n[^\n]+\n/, '\n'))),
    ).toMatchObject({
      ok: false,
    })
    expect(certificatesInFile(Buffer.from('hello'))).toEqual({
      ok: false,
      problem: 'This is not a certificate file Convene can read (a .cer, .crt or .pem certificate).',
    })
  })

  it('settings saved before the trust list existed read as an empty list', () => {
    const { trustedCertificates: _none, ...older } = defaultSettings()
    expect(CouncilSettingsSchema.parse(older).trustedCertificates).toEqual([])
  })
})
