import { X509Certificate } from 'node:crypto'
import JSZip from 'jszip'
import { moduleOf } from '../../shared/kinds/registry.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { readDocumentIdentity } from '../../shared/meeting/version-words.ts'
import type {
  ExportedDocument,
  IdentitySummary,
  LaptopRole,
  ReplacedBy,
  SignatureMark,
  VerifyOutcome,
} from '../../shared/model/identity.ts'
import type { TrustedCertificate } from '../../shared/settings/trusted-certificates.ts'
import { fail, ok, type Result } from '../../shared/util/result.ts'
import { publishDocuments, type Signer } from './publishing/publish-documents.ts'
import {
  createSelfSigned,
  fingerprintOf,
  readPkcs12,
  signerName,
  stillUsable,
  type SigningIdentity,
} from './signing/certificate.ts'
import { certificatesInFile } from './signing/trust.ts'
import { verifyDocx } from './signing/verify-docx.ts'
import type { ConveneSession } from './session.ts'
import type { Identity, IdentityStore } from './store/identity-store.ts'

/**
 * What the renderer may see of the identity: the mark and who the certificate names, never the key. A
 * self-signed certificate an earlier version wrote unreadably is shown as none: the next export makes a new one.
 */
function summary(identity: Identity): IdentitySummary {
  const certificate = identity.certificate && stillUsable(identity.certificate)
  return {
    signature: identity.signature,
    certificate: certificate
      ? {
          signer: signerName(certificate.certificatePem),
          source: certificate.source,
          validUntil: new Date(new X509Certificate(certificate.certificatePem).validTo).toISOString(),
          fingerprint: fingerprintOf(certificate.certificatePem),
          certificatePem: new X509Certificate(certificate.certificatePem).toString(),
        }
      : null,
    receivesHandovers: identity.handoverKey !== null,
    role: identity.role,
  }
}

/**
 * The chair as signer: their typed or drawn mark and the role they chaired in; signed with the chair's own
 * certificate (or the organisation's), made on first use where there is none.
 */
export function chairSigner(identities: IdentityStore, now: () => Date): Signer {
  return async (version, signedAt) => {
    const identity = identities.get()
    const chair = version.participants.find((person) => person.id === version.chairId)
    let key: SigningIdentity | null = identity.certificate && stillUsable(identity.certificate)
    if (!key) {
      key = createSelfSigned(
        { name: chair?.name ?? 'The chair', role: chair?.role ?? 'Chair', organisation: chair?.agency ?? '' },
        now(),
      )
      const saved = await identities.update({ certificate: { ...key, source: 'self-signed' } })
      if (!saved.ok) return saved
    }
    return ok({
      key,
      block: {
        name: identity.signature?.kind === 'typed' ? identity.signature.text : (chair?.name ?? 'The chair'),
        role: chair?.role ?? 'Chair',
        signedAt,
        image: identity.signature?.kind === 'drawn' ? Buffer.from(identity.signature.png, 'base64') : null,
      },
    })
  }
}

/** Exporting, signing and verifying documents, and the chair's signature and certificate: the use cases. */
export class DocumentService {
  private readonly session: ConveneSession
  private readonly now: () => Date

  constructor(session: ConveneSession, now: () => Date) {
    this.session = session
    this.now = now
  }

  /** The chair's signing identity, as the renderer may see it. */
  async identity(): Promise<Result<IdentitySummary>> {
    const store = this.session.identity()
    return store.ok ? ok(summary(store.value.get())) : store
  }

  /** Keeps the chair's drawn or typed signature. */
  async saveSignature(mark: SignatureMark): Promise<Result<IdentitySummary>> {
    const store = this.session.identity()
    if (!store.ok) return store
    const saved = await store.value.update({ signature: mark })
    return saved.ok ? ok(summary(saved.value)) : saved
  }

  /**
   * Sets who uses this laptop: a chair or mediator, an administrator or a service lead. The last two hold
   * no meetings of their own (their screens would not show them, and their names would stay on the
   * laptop), so neither is set while the laptop holds any.
   */
  setRole(role: LaptopRole): Promise<Result<IdentitySummary>> {
    return this.session.roleGate.run(() => this.setRoleNow(role))
  }

  private async setRoleNow(role: LaptopRole): Promise<Result<IdentitySummary>> {
    const store = this.session.identity()
    if (!store.ok) return store
    const meetings = this.session.meetings()
    const held = meetings.ok ? meetings.value.list().length : 0
    const cases = meetings.ok && role !== 'chair' ? (await meetings.value.caseFile.ids()).length : 0
    if (role !== 'chair' && (held > 0 || cases > 0))
      return fail(
        'invalid-argument',
        `This laptop holds ${held === 0 ? 'cases' : held === 1 ? 'a meeting' : `${held} meetings`} of its own, so it stays a chair’s or mediator’s: ${role === 'service-lead' ? 'a service lead’s' : 'an administrator’s'} laptop keeps no meetings, and their names would stay on it unseen. Use another laptop, or export the meetings to their chair and delete them here first.`,
      )
    // Records handed over to an administrator stay an administrator's: a service lead's screens show none.
    const handovers = this.session.handovers()
    if (role === 'service-lead' && handovers.ok && (await handovers.value.list()).length > 0)
      return fail(
        'invalid-argument',
        'This laptop holds records chairs handed over to an administrator, so it stays an administrator’s: a service lead’s laptop keeps none, and the records would stay on it unseen.',
      )
    const saved = await store.value.update({ role })
    return saved.ok ? ok(summary(saved.value)) : saved
  }

  /** Takes an organisation's certificate from a PKCS#12 file. */
  async useOrganisationCertificate(file: string, password: string): Promise<Result<IdentitySummary>> {
    const store = this.session.identity()
    if (!store.ok) return store
    const read = readPkcs12(Buffer.from(file, 'base64'), password, this.now())
    if (!read.ok) return read
    const saved = await store.value.update({ certificate: { ...read.value, source: 'pkcs12' } })
    return saved.ok ? ok(summary(saved.value)) : saved
  }

  /** Checks a signed document; known here are this laptop's own certificate and the council's trust list. */
  async verify(file: string): Promise<Result<VerifyOutcome>> {
    const settings = this.session.settings()
    const store = this.session.identity()
    const own = store.ok ? store.value.get().certificate?.certificatePem : undefined
    const listed = settings.ok
      ? settings.value.get().trustedCertificates.map((item) => item.certificatePem)
      : []
    const bytes = Buffer.from(file, 'base64')
    const outcome = await verifyDocx(bytes, { own: own ? [own] : [], listed })
    if (outcome.status !== 'valid') return ok(outcome)
    const replacedBy = await this.laterVersion(bytes)
    return ok(replacedBy ? { ...outcome, replacedBy } : outcome)
  }

  /**
   * A later signed version of the record a valid signed document is of, where this laptop knows one: the
   * chair's own meeting, or a record handed over to this administrator. Read from the identifier every
   * signed copy carries in its core properties (checked as part of the signed package).
   */
  private async laterVersion(docx: Buffer): Promise<ReplacedBy | null> {
    const core = await (await JSZip.loadAsync(docx)).file('docProps/core.xml')?.async('string')
    const identifier = core ? /<dc:identifier>([^<]{1,200})<\/dc:identifier>/.exec(core)?.[1] : undefined
    const named = identifier ? readDocumentIdentity(identifier) : null
    if (!named) return null
    const candidates: Meeting[] = []
    const meetings = this.session.meetings()
    if (meetings.ok) {
      const loaded = await meetings.value.get(named.meetingId)
      if (loaded.ok) candidates.push(loaded.value.meeting)
    }
    const handovers = this.session.handovers()
    if (handovers.ok)
      for (const kept of await handovers.value.list())
        if (kept.meeting.id === named.meetingId) candidates.push(kept.meeting)
    let latest: { readonly number: number; readonly signedAt: string } | null = null
    for (const meeting of candidates)
      for (const version of moduleOf(meeting.kind).signedVersions(meeting))
        if (version.number > named.number && (!latest || version.number > latest.number)) latest = version
    return latest ? { version: named.number, number: latest.number, signedAt: latest.signedAt } : null
  }

  /** The certificates in a .cer, .crt or .pem file, for the trust list. */
  async readCertificate(file: string): Promise<Result<ReadonlyArray<TrustedCertificate>>> {
    const read = certificatesInFile(Buffer.from(file, 'base64'))
    if (!read.ok) return fail('invalid-file', read.problem)
    return ok(
      read.pems.map((certificatePem) => {
        const certificate = new X509Certificate(certificatePem)
        return {
          certificatePem,
          name: signerName(certificatePem),
          fingerprint: certificate.fingerprint256,
          authority: certificate.ca,
          validUntil: new Date(certificate.validTo).toISOString(),
        }
      }),
    )
  }

  /** A meeting's documents (a signed version's, signed; else drafts), through the publishing service. */
  async exportDocuments(id: string, number: number | null): Promise<Result<ReadonlyArray<ExportedDocument>>> {
    const meetings = this.session.meetings()
    const settings = this.session.settings()
    const identities = this.session.identity()
    if (!meetings.ok) return meetings
    if (!settings.ok) return settings
    if (!identities.ok) return identities
    const loaded = await meetings.value.get(id)
    if (!loaded.ok) return loaded
    const journal = await meetings.value.journal(id)
    if (!journal.ok) return journal
    const published = await publishDocuments(loaded.value.meeting, {
      council: settings.value.get(),
      version: number,
      journal: journal.value,
      signer: chairSigner(identities.value, this.now),
    })
    if (!published.ok) return published
    return ok(
      published.value.map((document) => ({
        fileName: document.fileName,
        base64: document.data.toString('base64'),
      })),
    )
  }
}
