import { randomUUID } from 'node:crypto'
import {
  AdministratorCardSchema,
  fingerprintOf,
  normaliseFingerprint,
  type AdministratorCard,
} from '../../../shared/handover/administrator-card.ts'
import {
  distributionFor,
  HandoverSchema,
  summariseHandover,
  type Handover,
  type HandoverSummary,
  type Recipient,
  type TrustedAdministrator,
} from '../../../shared/handover/handover.ts'
import { kindInfo, moduleOf } from '../../../shared/kinds/registry.ts'
import { projectFor } from '../../../shared/meeting/project.ts'
import type { ExportedDocument } from '../../../shared/model/identity.ts'
import { administratorAudience } from '../../../shared/model/visibility.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import type { DocumentService } from '../document-service.ts'
import type { ConveneSession } from '../session.ts'
import { verifyDocx } from '../signing/verify-docx.ts'
import type { KeptHandover } from '../../../shared/handover/desk-log.ts'
import {
  CorrectionRequestSchema,
  type CorrectionRequest,
} from '../../../shared/handover/correction-request.ts'
import { checkDistribution } from '../../../shared/handover/distribution-rules.ts'
import { admitHandover } from './admit-handover.ts'
import { newHandoverKeyPair, openSealedJson, sealHandover } from './sealed-handover.ts'

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'))

/**
 * The sealed handover between a chair's laptop and an administrator's (issue 17): the administrator's key
 * pair and card; the administrators a chair has added; a signed meeting sealed for one of them; and, on
 * the administrator's laptop, a handover opened and kept.
 */
export class HandoverService {
  private readonly session: ConveneSession
  private readonly documents: DocumentService
  private readonly now: () => Date

  constructor(session: ConveneSession, documents: DocumentService, now: () => Date) {
    this.session = session
    this.documents = documents
    this.now = now
  }

  /**
   * This laptop's card for chairs to add (made, with its key pair, the first time it is asked for), and its
   * fingerprint to read aloud to them.
   */
  async card(name: string): Promise<Result<{ readonly text: string; readonly fingerprint: string }>> {
    const identity = this.session.identity()
    if (!identity.ok) return identity
    let key = identity.value.get().handoverKey
    const deskName = name.trim() || 'Administrator'
    if (!key || identity.value.get().deskName !== deskName) {
      const pair = key ? null : await newHandoverKeyPair()
      const saved = await identity.value.update({
        ...(pair
          ? { handoverKey: { publicKey: base64(pair.publicKey), privateKey: base64(pair.privateKey) } }
          : {}),
        deskName,
      })
      if (!saved.ok) return saved
      key = saved.value.handoverKey
    }
    if (!key) return fail('internal', 'The handover key could not be made.')
    const card: AdministratorCard = {
      format: 'convene-administrator',
      version: 1,
      name: deskName,
      publicKey: key.publicKey,
    }
    return ok({ text: JSON.stringify(card, null, 2), fingerprint: fingerprintOf(bytesOf(key.publicKey)) })
  }

  /**
   * Adds an administrator from their card, once the fingerprint they read aloud matches it: a card swapped
   * on its way would not.
   */
  async addAdministrator(
    cardText: string,
    heardFingerprint: string,
  ): Promise<Result<ReadonlyArray<TrustedAdministrator>>> {
    const identity = this.session.identity()
    if (!identity.ok) return identity
    let raw: unknown
    try {
      raw = cardText.length <= 10_000 ? JSON.parse(cardText) : null
    } catch {
      raw = null
    }
    const card = AdministratorCardSchema.safeParse(raw)
    if (!card.success)
      return fail(
        'invalid-argument',
        'This is not an administrator’s card. Ask the administrator for the card their Convene makes (Settings, Handovers).',
      )
    const fingerprint = fingerprintOf(bytesOf(card.data.publicKey))
    if (normaliseFingerprint(heardFingerprint) !== fingerprint)
      return fail(
        'invalid-argument',
        `The fingerprint you heard does not match this card. Do not add it: ask the administrator to read theirs again, and to send the card again if it still differs.`,
      )
    const others = identity.value.get().administrators.filter((each) => each.fingerprint !== fingerprint)
    const saved = await identity.value.update({
      administrators: [
        ...others,
        {
          name: card.data.name,
          publicKey: card.data.publicKey,
          fingerprint,
          addedAt: this.now().toISOString(),
        },
      ],
    })
    return saved.ok ? ok(saved.value.administrators) : saved
  }

  /** The administrators this chair has added. */
  administrators(): Result<ReadonlyArray<TrustedAdministrator>> {
    const identity = this.session.identity()
    return identity.ok ? ok(identity.value.get().administrators) : identity
  }

  /** Stops handing over to an administrator (they left, or their laptop was lost): added again by card. */
  async removeAdministrator(fingerprint: string): Promise<Result<ReadonlyArray<TrustedAdministrator>>> {
    const identity = this.session.identity()
    if (!identity.ok) return identity
    const saved = await identity.value.update({
      administrators: identity.value.get().administrators.filter((each) => each.fingerprint !== fingerprint),
    })
    return saved.ok ? ok(saved.value.administrators) : saved
  }

  /**
   * A signed meeting sealed for one administrator: its newest signed version in the administrator's
   * projection, its signed documents, and its distribution list. Only that administrator's Convene opens it.
   */
  async handOver(meetingId: string, fingerprint: string): Promise<Result<ExportedDocument>> {
    const store = this.session.meetings()
    const identity = this.session.identity()
    if (!store.ok) return store
    if (!identity.ok) return identity
    const administrator = identity.value.get().administrators.find((each) => each.fingerprint === fingerprint)
    if (!administrator)
      return fail(
        'not-found',
        'Add the administrator first (Settings, Handovers), after hearing their fingerprint.',
      )
    const loaded = await store.value.get(meetingId)
    if (!loaded.ok) return loaded
    const meeting = loaded.value.meeting
    if (!moduleOf(meeting.kind).isSigned(meeting))
      return fail(
        'invalid-argument',
        'Sign the record before handing it over: the administrator sends what was signed.',
      )
    const documents = await this.documents.exportDocuments(meetingId, null)
    if (!documents.ok) return documents
    const replyTo = await this.replyKey()
    if (!replyTo.ok) return replyTo
    // Signed, the record is locked: as it stands, it is its newest signed version (a correction unsigns it).
    const signed = meeting
    const number = moduleOf(meeting.kind).signedVersions(meeting).at(-1)?.number ?? 1
    const chair = signed.participants.find((person) => person.id === signed.chairId)
    const sealedAt = this.now()
    const handover: Handover = {
      format: 'convene-handover',
      version: 1,
      id: randomUUID(),
      sealedAt: sealedAt.toISOString(),
      from: chair?.name ?? 'The chair',
      signedVersion: number,
      meeting: projectFor(signed, administratorAudience).meeting,
      documents: [...documents.value],
      distribution: [...distributionFor(signed)],
      replyTo: replyTo.value.publicKey,
    }
    const sealed = await sealHandover(
      new TextEncoder().encode(JSON.stringify(handover)),
      bytesOf(administrator.publicKey),
      sealedAt,
    )
    return ok({
      fileName: `${signed.date} ${kindInfo(signed.kind).label.toLocaleLowerCase('en-GB')} - version ${handover.signedVersion} - handover.convene-handover`,
      base64: sealed.toString('base64'),
    })
  }

  /** This laptop's key for correction requests sealed back to it: made the first time it hands over. */
  private async replyKey(): Promise<Result<{ readonly publicKey: string; readonly privateKey: string }>> {
    const identity = this.session.identity()
    if (!identity.ok) return identity
    const kept = identity.value.get().replyKey
    if (kept) return ok(kept)
    const pair = await newHandoverKeyPair()
    const replyKey = { publicKey: base64(pair.publicKey), privateKey: base64(pair.privateKey) }
    const saved = await identity.value.update({ replyKey })
    return saved.ok ? ok(replyKey) : saved
  }

  /**
   * Opens a correction request the administrator sealed back to this laptop, for one of its own signed
   * meetings: what was asked, by whom, and why it was accepted, for the chair to start the correction.
   */
  async openCorrection(file: string): Promise<Result<CorrectionRequest>> {
    const identity = this.session.identity()
    const store = this.session.meetings()
    if (!identity.ok) return identity
    if (!store.ok) return store
    const key = identity.value.get().replyKey
    if (!key)
      return fail(
        'invalid-argument',
        'This laptop has handed nothing over, so no correction request can be for it.',
      )
    const request = await openSealedJson(
      bytesOf(file),
      { publicKey: bytesOf(key.publicKey), privateKey: bytesOf(key.privateKey) },
      'correction',
      CorrectionRequestSchema,
    )
    if (!request.ok) return request
    const meeting = await store.value.get(request.value.meetingId)
    if (!meeting.ok)
      return fail(
        'not-found',
        `The ${request.value.familyName} family's meeting this request is about is not on this laptop.`,
      )
    // A request about a version already corrected was dealt with by that correction.
    const latest =
      moduleOf(meeting.value.meeting.kind).signedVersions(meeting.value.meeting).at(-1)?.number ?? 1
    if (request.value.signedVersion < latest)
      return fail(
        'invalid-argument',
        `This request is about version ${request.value.signedVersion}, and version ${latest} has been signed since: it has been dealt with. If something is still wrong, start a new correction.`,
      )
    return ok(request.value)
  }

  /**
   * Opens a handover sealed for this laptop, checks every document in it still verifies, and keeps it;
   * or says in plain words why not (another administrator's, changed on the way, not a handover).
   */
  open(file: string): Promise<Result<KeptHandover>> {
    // One at a time with a change of the laptop's role: a record let in as the laptop became a service
    // lead's would stay on it unseen.
    return this.session.roleGate.run(() => this.openNow(file))
  }

  private async openNow(file: string): Promise<Result<KeptHandover>> {
    const identity = this.session.identity()
    const kept = this.session.handovers()
    if (!identity.ok) return identity
    if (!kept.ok) return kept
    if (identity.value.get().role === 'service-lead')
      return fail(
        'invalid-argument',
        'This laptop is a service lead’s: it keeps no records, so it opens no handovers (they would stay on it unseen). Open the handover on the administrator’s laptop it was sealed for.',
      )
    const key = identity.value.get().handoverKey
    if (!key)
      return fail(
        'invalid-argument',
        'This laptop has no handover key yet, so nothing can have been sealed for it. Make your card first (Settings, Handovers) and give it to the chair.',
      )
    const handover = await openSealedJson(
      bytesOf(file),
      { publicKey: bytesOf(key.publicKey), privateKey: bytesOf(key.privateKey) },
      'handover',
      HandoverSchema,
    )
    if (!handover.ok) return handover
    for (const document of handover.value.documents) {
      const verdict = await verifyDocx(Buffer.from(document.base64, 'base64'), { own: [], listed: [] })
      if (verdict.status !== 'valid')
        return fail(
          'invalid-file',
          `${document.fileName} in this handover does not verify, so it is not opened. Ask the chair to hand it over again.`,
        )
    }
    const by = identity.value.get().deskName || 'Administrator'
    const at = this.now().toISOString()
    return kept.value.transaction((files) => admitHandover(files, handover.value, by, at))
  }

  /** Opens and keeps a handover, for the desk: a line saying what it is. */
  async openForDesk(file: string): Promise<Result<HandoverSummary>> {
    const opened = await this.open(file)
    return opened.ok ? ok(summariseHandover(opened.value)) : opened
  }

  /** A handover kept here: what the desk shows of it (its documents stay in the file until the pack). */
  async distribution(handoverId: string): Promise<Result<ReadonlyArray<Recipient>>> {
    const kept = this.session.handovers()
    if (!kept.ok) return kept
    const handover = await kept.value.get(handoverId)
    return handover.ok ? ok(handover.value.distribution) : handover
  }

  /**
   * The distribution list as the administrator has edited it (someone added: a GP, a school, a solicitor;
   * the copy each gets and how; their addresses). Kept whole, however far it is filled in.
   */
  async updateDistribution(
    handoverId: string,
    recipients: ReadonlyArray<Recipient>,
  ): Promise<Result<ReadonlyArray<Recipient>>> {
    const kept = this.session.handovers()
    if (!kept.ok) return kept
    const saved = await kept.value.change(handoverId, (before) => {
      const checked = checkDistribution(before.meeting, recipients)
      return checked.ok ? ok({ ...before, distribution: [...checked.value] }) : checked
    })
    return saved.ok ? ok(saved.value.distribution) : saved
  }

  /** The handovers opened on this laptop, newest first: a version replaced by a later one is left out. */
  async list(): Promise<Result<ReadonlyArray<HandoverSummary>>> {
    const kept = this.session.handovers()
    if (!kept.ok) return kept
    const current = (await kept.value.list()).filter(
      (each) => !each.log.some((entry) => entry.type === 'superseded'),
    )
    return ok(current.map(summariseHandover))
  }
}
