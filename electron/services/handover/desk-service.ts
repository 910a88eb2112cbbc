import { randomUUID } from 'node:crypto'
import { ukDateOf } from '../../../shared/dates/british-date.ts'
import {
  deskRow,
  type CorrectionReceived,
  type DeskRecord,
  type DeskRow,
} from '../../../shared/handover/desk-due.ts'
import { correctionsOf, owedThe, type KeptHandover, type Sending } from '../../../shared/handover/desk-log.ts'
import type { KindEnvironment } from '../../../shared/kinds/kind-module.ts'
import { kindEnvironment } from '../../../shared/settings/kind-environment.ts'
import type { LetterSettings } from '../../../shared/settings/letter-settings.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import type { ConveneSession } from '../session.ts'
import type { HandoverFiles } from '../store/handover-files.ts'
import type { FileToSave } from '../user-files.ts'
import { buildPack, fileSafe, shortKind } from './handover-pack.ts'
import { sealHandover } from './sealed-handover.ts'
import type { CorrectionRequest } from '../../../shared/handover/correction-request.ts'

/**
 * The administrator's desk (issue 17): the pack for a sending, the log of what went to whom (a journal only
 * added to), the corrections asked for and how each was decided, and the due view across every record
 * handed over.
 */
export class DeskService {
  private readonly session: ConveneSession
  private readonly now: () => Date

  constructor(session: ConveneSession, now: () => Date) {
    this.session = session
    this.now = now
  }

  private context(): Result<{
    readonly kept: HandoverFiles
    readonly environment: Omit<KindEnvironment, 'language'>
    readonly letters: LetterSettings
    readonly by: string
    readonly today: string
  }> {
    const kept = this.session.handovers()
    const settings = this.session.settings()
    const identity = this.session.identity()
    if (!kept.ok) return kept
    if (!settings.ok) return settings
    if (!identity.ok) return identity
    const council = settings.value.get()
    return ok({
      kept: kept.value,
      environment: kindEnvironment(council),
      letters: council.letters,
      by: identity.value.get().deskName || 'Administrator',
      today: ukDateOf(this.now()),
    })
  }

  /** One handed-over record: where it stands, its dates, its list and its log. */
  async record(handoverId: string): Promise<Result<DeskRecord>> {
    const context = this.context()
    if (!context.ok) return context
    const kept = await context.value.kept.get(handoverId)
    if (!kept.ok) return kept
    return ok(this.recordOf(kept.value, context.value.environment, context.value.today))
  }

  private recordOf(
    kept: KeptHandover,
    environment: Omit<KindEnvironment, 'language'>,
    today: string,
  ): DeskRecord {
    return {
      row: deskRow(kept, environment, today),
      from: kept.from,
      sealedAt: kept.sealedAt,
      log: kept.log,
      distribution: kept.distribution,
    }
  }

  /** The due view: every record in hand (replaced versions left out), soonest owed first. */
  async due(): Promise<Result<ReadonlyArray<DeskRow>>> {
    const context = this.context()
    if (!context.ok) return context
    const { kept, environment, today } = context.value
    const rows = (await kept.list())
      .filter((each) => !each.log.some((entry) => entry.type === 'superseded'))
      .map((each) => deskRow(each, environment, today))
    const firstOwed = (row: DeskRow) => row.dates.find((date) => !date.done)?.due ?? '9999-12-31'
    return ok(
      [...rows].sort((a, b) => (firstOwed(a) < firstOwed(b) ? -1 : firstOwed(a) > firstOwed(b) ? 1 : 0)),
    )
  }

  /** The pack for a sending, to save in a folder the administrator picks; the log notes it was made. */
  async pack(handoverId: string, what: Sending): Promise<Result<ReadonlyArray<FileToSave>>> {
    const context = this.context()
    if (!context.ok) return context
    const { kept, environment, letters, by, today } = context.value
    const handover = await kept.get(handoverId)
    if (!handover.ok) return handover
    const files = await buildPack(handover.value, what, {
      letters,
      timescales: environment.timescales,
      calendar: environment.calendar,
      today,
      now: this.now(),
      by,
    })
    if (!files.ok) return files
    const noted = await kept.append(handoverId, [
      {
        type: 'pack-made',
        at: this.now().toISOString(),
        by,
        version: handover.value.signedVersion,
        what,
        files: files.value.length,
      },
    ])
    return noted.ok ? files : noted
  }

  /**
   * Records that a sending went to these people on a day (Convene sent nothing: the administrator says what
   * they sent), each with the copy and the way the list says.
   */
  async recordSent(
    handoverId: string,
    what: Sending,
    recipientIds: ReadonlyArray<string>,
    on: string,
  ): Promise<Result<DeskRecord>> {
    const context = this.context()
    if (!context.ok) return context
    const { kept, environment, by, today } = context.value
    const handover = await kept.get(handoverId)
    if (!handover.ok) return handover
    if (on > today) return fail('invalid-argument', 'A send cannot be recorded for a day still to come.')
    if (on < handover.value.meeting.date)
      return fail('invalid-argument', 'This is before the meeting was held. Check the date it was sent.')
    const owed = new Map(owedThe(what, handover.value.distribution).map((each) => [each.id, each]))
    const chosen = recipientIds.flatMap((id) => {
      const recipient = owed.get(id)
      return recipient ? [recipient] : []
    })
    if (chosen.length === 0) return fail('invalid-argument', 'Choose who it was sent to.')
    const at = this.now().toISOString()
    const saved = await kept.append(
      handoverId,
      chosen.map((recipient) => ({
        type: 'sent' as const,
        at,
        by,
        version: handover.value.signedVersion,
        what,
        recipientId: recipient.id,
        recipient: recipient.name,
        copy: recipient.copy,
        how: recipient.how,
        on,
      })),
    )
    return saved.ok ? ok(this.recordOf(saved.value, environment, today)) : saved
  }

  /** Records a correction asked for: who, when it came, and what they asked. */
  async recordCorrection(handoverId: string, request: CorrectionReceived): Promise<Result<DeskRecord>> {
    const context = this.context()
    if (!context.ok) return context
    const { kept, environment, by, today } = context.value
    const handover = await kept.get(handoverId)
    if (!handover.ok) return handover
    if (request.receivedOn > today)
      return fail('invalid-argument', 'A request cannot have come on a day still to come.')
    const saved = await kept.append(handoverId, [
      {
        type: 'correction-received',
        at: this.now().toISOString(),
        by,
        correctionId: randomUUID(),
        from: request.from,
        recipientId: request.recipientId,
        receivedOn: request.receivedOn,
        request: request.request,
        version: handover.value.signedVersion,
      },
    ])
    return saved.ok ? ok(this.recordOf(saved.value, environment, today)) : saved
  }

  /** Accepts or declines a correction, with the reason; decided once. */
  async decideCorrection(
    handoverId: string,
    correctionId: string,
    accepted: boolean,
    reason: string,
  ): Promise<Result<DeskRecord>> {
    const context = this.context()
    if (!context.ok) return context
    const { kept, environment, by, today } = context.value
    const handover = await kept.get(handoverId)
    if (!handover.ok) return handover
    const log = handover.value.log
    if (!log.some((entry) => entry.type === 'correction-received' && entry.correctionId === correctionId))
      return fail('not-found', 'That correction request is not on this record.')
    if (log.some((entry) => entry.type === 'correction-decided' && entry.correctionId === correctionId))
      return fail(
        'invalid-argument',
        'This request has already been decided. The log keeps what was decided.',
      )
    const saved = await kept.append(handoverId, [
      { type: 'correction-decided', at: this.now().toISOString(), by, correctionId, accepted, reason },
    ])
    return saved.ok ? ok(this.recordOf(saved.value, environment, today)) : saved
  }

  /**
   * An accepted correction sealed back to the laptop that handed the record over (its key came in the
   * handover), for the chair to start the correction from; the log notes it was sent.
   */
  async correctionForChair(handoverId: string, correctionId: string): Promise<Result<FileToSave>> {
    const context = this.context()
    if (!context.ok) return context
    const { kept, environment, by } = context.value
    const handover = await kept.get(handoverId)
    if (!handover.ok) return handover
    const replyTo = handover.value.replyTo
    if (!replyTo)
      return fail(
        'invalid-argument',
        'This record was handed over by a version of Convene that cannot take corrections back. Tell the chair about the correction yourself.',
      )
    const correction = correctionsOf(handover.value, environment.timescales, environment.calendar).find(
      (each) => each.id === correctionId,
    )
    if (!correction) return fail('not-found', 'That correction request is not on this record.')
    if (!correction.decision?.accepted)
      return fail('invalid-argument', 'Only an accepted correction goes to the chair. Accept it first.')
    const meeting = handover.value.meeting
    const now = this.now()
    const request: CorrectionRequest = {
      format: 'convene-correction-request',
      version: 1,
      id: randomUUID(),
      sealedAt: now.toISOString(),
      from: by,
      meetingId: meeting.id,
      familyName: meeting.familyName,
      kind: meeting.kind,
      date: meeting.date,
      signedVersion: correction.version,
      askedBy: correction.from,
      receivedOn: correction.receivedOn,
      request: correction.request,
      late: correction.late,
      reason: correction.decision.reason,
    }
    const sealed = await sealHandover(
      new TextEncoder().encode(JSON.stringify(request)),
      new Uint8Array(Buffer.from(replyTo, 'base64')),
      now,
      'correction',
    )
    const noted = await kept.append(handoverId, [
      { type: 'correction-sent', at: now.toISOString(), by, correctionId },
    ])
    if (!noted.ok) return noted
    return ok({
      fileName: `${meeting.date} ${shortKind(meeting.kind)} - correction asked for by ${fileSafe(correction.from)}.convene-correction`,
      base64: sealed.toString('base64'),
    })
  }
}
