import JSZip from 'jszip'
import { xmlSafe } from '../../../shared/text/xml-safe.ts'
import { documentIdentity } from '../../../shared/meeting/version-words.ts'
import type { SignatureBlock } from '../../../shared/kinds/conference/documents/minutes-content.ts'
import { refuseDocuments } from '../../../shared/kinds/offers.ts'
import { moduleOf } from '../../../shared/kinds/registry.ts'
import type { JournalEntry } from '../../../shared/meeting/journal-entry.ts'
import type { Meeting } from '../../../shared/meeting/meeting.ts'
import { meetingVersion } from '../../../shared/meeting/versions.ts'
import { versionWords } from '../../../shared/meeting/version-words.ts'
import { kindEnvironment } from '../../../shared/settings/kind-environment.ts'
import type { CouncilSettings } from '../../../shared/settings/settings.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import type { SigningIdentity } from '../signing/certificate.ts'
import { signDocx } from '../signing/ooxml-signature.ts'
import { renderDocument } from './render-documents.ts'

/**
 * Stamps which meeting and signed version a document is (`dc:identifier` in its core properties:
 * 'convene:meeting:<id>:version:<n>', a random identifier, nothing personal), so verifying it later can
 * say whether a later version replaced it, where the laptop knows.
 */
async function stampIdentity(docx: Buffer, meetingId: string, number: number | null): Promise<Buffer> {
  if (number === null) return docx
  const zip = await JSZip.loadAsync(docx)
  const core = await zip.file('docProps/core.xml')?.async('string')
  if (!core || core.includes('<dc:identifier>')) return docx
  zip.file(
    'docProps/core.xml',
    core.replace(
      '</cp:coreProperties>',
      `<dc:identifier>${documentIdentity(meetingId, number)}</dc:identifier></cp:coreProperties>`,
    ),
  )
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** One published document: its file name, its title and its bytes. */
export type PublishedDocument = { readonly fileName: string; readonly title: string; readonly data: Buffer }

/** Who signs, and how the signature block reads: worked out for the version being published. */
export type Signer = (
  version: Meeting,
  signedAt: string,
) => Promise<Result<{ readonly key: SigningIdentity; readonly block: SignatureBlock }>>

/** What publishing needs besides the meeting. */
export type PublishOptions = {
  readonly council: CouncilSettings
  /** A signed version's number; null for the record as it stands (its latest version, or a draft). */
  readonly version: number | null
  /** The meeting's journal, oldest first: a signed version is rebuilt from it. */
  readonly journal?: ReadonlyArray<JournalEntry>
  /** Signs the documents of a signed version; null to leave every document unsigned. */
  readonly signer: Signer | null
  /**
   * For the command line: sign as of this time with an organisation's certificate (--sign-with), the record
   * as it stands even where it was never signed in Convene. A version signed in Convene is signed again now,
   * never as of when the chair signed it: a signature made today must not say it was made before.
   */
  readonly signAt?: Date
}

/**
 * The one way documents are made, for the app and `convene render` alike: the version chosen, the documents
 * its kind produces, each built from its reader's projection with the council's numbers, named by what it
 * is and never by whom, and signed where the version is signed. A draft is named as one.
 */
export async function publishDocuments(
  meeting: Meeting,
  options: PublishOptions,
): Promise<Result<ReadonlyArray<PublishedDocument>>> {
  const refused = refuseDocuments(meeting)
  if (refused) return refused
  const chosen = meetingVersion(meeting, options.version, options.journal ?? [])
  if (!chosen.ok) return chosen
  if (chosen.value.signedElsewhere)
    return fail(
      'forbidden',
      `Version ${chosen.value.number} of these minutes was signed on another laptop, and this meeting was read from a file: its documents can only come from the laptop that signed them. Ask for the documents that were sent, or check one with Verify a document.`,
    )
  const version = chosen.value.meeting
  const specs = moduleOf(version.kind).documents(version)
  const signedAt = options.signAt?.toISOString() ?? chosen.value.signedAt ?? null
  const signing = signedAt && options.signer ? await options.signer(version, signedAt) : null
  if (signing && !signing.ok) return signing
  const environment = kindEnvironment(options.council)
  const number = chosen.value.number
  // Every signed copy says which version it is, and what a corrected version corrects.
  const versionLine =
    number !== null ? versionWords(moduleOf(meeting.kind).signedVersions(meeting), number) : null
  const block = signing ? { ...signing.value.block, ...(versionLine ? { version: versionLine } : {}) } : null
  const stem = `${version.kind}-${version.date}-${version.id.slice(0, 8)}${number !== null && number > 1 ? `-version-${number}` : ''}`
  const documents: PublishedDocument[] = []
  for (const spec of specs) {
    const data = await renderDocument(version, spec, {
      // The block names the signer from their certificate and the meeting: made safe for XML like the rest.
      signature: block ? xmlSafe(block) : null,
      timescales: environment.timescales,
      calendar: environment.calendar,
      acronyms: options.council.language.acronyms,
    })
    documents.push({
      fileName: `${spec.fileStem}-${stem}${signing ? '' : '-draft'}.docx`,
      title: spec.title,
      data:
        signing && signedAt
          ? await signDocx(
              await stampIdentity(data, version.id, number),
              signing.value.key,
              new Date(signedAt),
            )
          : data,
    })
  }
  return ok(documents)
}
