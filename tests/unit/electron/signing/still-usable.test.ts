import { generateKeyPairSync } from 'node:crypto'
import forge from 'node-forge'
import { describe, expect, it } from 'vitest'
import { createSelfSigned, stillUsable } from '../../../../electron/services/signing/certificate.ts'

/** A self-signed certificate as Convene made it before names were UTF-8: forge's default PrintableString. */
function asBefore(name: string): { certificatePem: string; privateKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const made = forge.pki.createCertificate()
  made.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString())
  made.serialNumber = '01ab'
  made.validity.notBefore = new Date()
  made.validity.notAfter = new Date(Date.now() + 86_400_000)
  made.setSubject([{ shortName: 'CN', value: name }])
  made.setIssuer([{ shortName: 'CN', value: name }])
  made.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create())
  return { certificatePem: forge.pki.certificateToPem(made), privateKeyPem }
}

describe('a stored signing certificate', () => {
  it('made by an earlier version for an Arabic or Polish name is made again; a plain or UTF-8 one is kept', () => {
    expect(stillUsable({ ...asBefore('فاطمة الزهراء'), source: 'self-signed' })).toBeNull()
    expect(stillUsable({ ...asBefore('Małgorzata Żółkiewska'), source: 'self-signed' })).toBeNull()
    expect(stillUsable({ ...asBefore('Zoë Brontë'), source: 'self-signed' })).toBeNull()
    const plain = { ...asBefore('Helen Okafor'), source: 'self-signed' as const }
    expect(stillUsable(plain)).toBe(plain)
    const current = {
      ...createSelfSigned({ name: 'فاطمة الزهراء', role: 'Chair', organisation: '' }),
      source: 'self-signed' as const,
    }
    expect(stillUsable(current)).toBe(current)
  })

  it("an organisation's certificate is kept whatever its name", () => {
    const organisation = { ...asBefore('Zoë Brontë'), source: 'pkcs12' as const }
    expect(stillUsable(organisation)).toBe(organisation)
  })
})
