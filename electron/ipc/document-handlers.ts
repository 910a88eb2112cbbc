import { X509Certificate } from 'node:crypto'
import type { IdentitySummary } from '../../shared/model/identity.ts'
import { MeetingSchema, type Meeting } from '../../shared/model/meeting.ts'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { refuseDocuments } from '../../shared/rules/kind-offers.ts'
import { fail, ok, type Result } from '../../shared/util/result.ts'
import { renderDocuments } from '../services/export/documents.ts'
import {
  createSelfSigned,
  fingerprintOf,
  readPkcs12,
  signerName,
  stillUsable,
  type SigningIdentity,
} from '../services/signing/certificate.ts'
import { signDocx } from '../services/signing/ooxml-signature.ts'
import { certificatesInFile } from '../services/signing/trust.ts'
import { verifyDocx } from '../services/signing/verify-docx.ts'
import type { ConveneSession } from '../services/session.ts'
import type { Identity } from '../services/store/identity-store.ts'
import type { Handlers } from './dispatch.ts'

type DocumentHandlers = Pick<
  Handlers,
  | 'meetings.exportDocuments'
  | 'identity.get'
  | 'identity.saveSignature'
  | 'identity.importCertificate'
  | 'documents.verify'
  | 'documents.readCertificate'
>

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
  }
}

/**
 * The meeting as a signed version locked it; with no number, the record as it stands: the latest signed
 * version while the minutes are signed, else a draft.
 */
function versionOf(
  meeting: Meeting,
  number: number | null,
): Result<{ meeting: Meeting; signedAt: string | null }> {
  if (number === null && meeting.signOff === null) return ok({ meeting, signedAt: null })
  const version =
    number === null
      ? meeting.signedVersions.at(-1)
      : meeting.signedVersions.find((candidate) => candidate.number === number)
  if (!version) return fail('not-found', 'That signed version of the minutes is not kept here.')
  const parsed = MeetingSchema.safeParse({
    ...JSON.parse(version.snapshot),
    signedVersions: [],
    correction: null,
  })
  if (!parsed.success) return fail('invalid-file', 'That signed version could not be read back.')
  return ok({ meeting: parsed.data, signedAt: version.signedAt })
}

/** Exporting, signing and verifying documents, and the chair's signature and certificate. */
export function documentHandlers(session: ConveneSession, now: () => Date): DocumentHandlers {
  const identityStore = () => session.identity()
  return {
    'identity.get': async () => {
      const store = identityStore()
      return store.ok ? ok(summary(store.value.get())) : store
    },
    'identity.saveSignature': async (mark) => {
      const store = identityStore()
      if (!store.ok) return store
      const saved = await store.value.update({ signature: mark })
      return saved.ok ? ok(summary(saved.value)) : saved
    },
    'identity.importCertificate': async ({ file, password }) => {
      const store = identityStore()
      if (!store.ok) return store
      const read = readPkcs12(Buffer.from(file, 'base64'), password, now())
      if (!read.ok) return read
      const saved = await store.value.update({ certificate: { ...read.value, source: 'pkcs12' } })
      return saved.ok ? ok(summary(saved.value)) : saved
    },
    'documents.verify': async (file) => {
      // Known here: this laptop's own signing certificate, and the council's trust list in Settings.
      const settings = session.settings()
      const store = identityStore()
      const own = store.ok ? store.value.get().certificate?.certificatePem : undefined
      const listed = settings.ok
        ? settings.value.get().trustedCertificates.map((item) => item.certificatePem)
        : []
      return ok(await verifyDocx(Buffer.from(file, 'base64'), { own: own ? [own] : [], listed }))
    },
    'documents.readCertificate': async (file) => {
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
    },
    'meetings.exportDocuments': async (id, number) => {
      const meetings = session.meetings()
      const settings = session.settings()
      const store = identityStore()
      if (!meetings.ok) return meetings
      if (!settings.ok) return settings
      if (!store.ok) return store
      const loaded = await meetings.value.get(id)
      if (!loaded.ok) return loaded
      const refused = refuseDocuments(loaded.value.meeting.kind)
      if (refused) return refused
      const chosen = versionOf(loaded.value.meeting, number)
      if (!chosen.ok) return chosen
      const { meeting, signedAt } = chosen.value
      const council = settings.value.get()
      const identity = store.value.get()
      const chair = meeting.participants.find((person) => person.id === meeting.chairId)
      const documents = await renderDocuments(meeting, {
        timescales: council.timescales,
        calendar: councilCalendar(council),
        acronyms: council.language.acronyms,
        signature: signedAt
          ? {
              name:
                identity.signature?.kind === 'typed' ? identity.signature.text : (chair?.name ?? 'The chair'),
              role: chair?.role ?? 'Chair',
              signedAt,
              image:
                identity.signature?.kind === 'drawn' ? Buffer.from(identity.signature.png, 'base64') : null,
            }
          : null,
      })
      if (!signedAt)
        return ok(
          documents.map((document) => ({
            fileName: document.fileName.replace(/\.docx$/, '-draft.docx'),
            base64: document.data.toString('base64'),
          })),
        )
      let key: SigningIdentity | null = identity.certificate && stillUsable(identity.certificate)
      if (!key) {
        key = createSelfSigned(
          {
            name: chair?.name ?? 'The chair',
            role: chair?.role ?? 'Chair',
            organisation: chair?.agency ?? '',
          },
          now(),
        )
        const saved = await store.value.update({ certificate: { ...key, source: 'self-signed' } })
        if (!saved.ok) return saved
      }
      const signing = key
      const signed = await Promise.all(
        documents.map(async (document) => ({
          fileName: document.fileName,
          base64: (await signDocx(document.data, signing, new Date(signedAt))).toString('base64'),
        })),
      )
      return ok(signed)
    },
  }
}
