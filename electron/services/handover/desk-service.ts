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

  /** The pack for a sending, to save in a folder the administrator picks. */
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
    // Not logged: what counts is what was sent, which the administrator records once it has gone.
    return files
  }

  /**
   * Records that a sending went to these people on a day (Convene sent nothing: the administrator says what
   * they sent), each with the copy and the way the list says. Checked on the record as saved, in one
   * change: someone not owed it, a day to come or before the meeting, or the same send recorded twice on
   * the same day, is refused and nothing is written.
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
    if (on > today) return fail('invalid-argument', 'A send cannot be recorded for a day still to come.')
    const at = this.now().toISOString()
    const saved = await kept.change(handoverId, (before) => {
      if (on < before.meeting.date)
        return fail('invalid-argument', 'This is before the meeting was held. Check the date it was sent.')
      const owed = new Map(owedThe(what, before.distribution).map((each) => [each.id, each]))
      const chosen = recipientIds.map((id) => owed.get(id))
      if (chosen.length === 0) return fail('invalid-argument', 'Choose who it was sent to.')
      if (chosen.some((each) => each === undefined))
        return fail(
          'invalid-argument',
          'Someone chosen is not on the list for this, or no longer gets it. Open the list again and choose again.',
        )
      const recipients = chosen.filter((each) => each !== undefined)
      const twice = recipients.filter((recipient) =>
        before.log.some(
          (entry) =>
            entry.type === 'sent' &&
            entry.what === what &&
            entry.version === before.signedVersion &&
            entry.recipientId === recipient.id &&
            entry.on === on,
        ),
      )
      if (twice.length > 0)
        return fail(
          'invalid-argument',
          `Already recorded as sent on that day: ${twice.map((each) => each.name).join(', ')}. Untick them to record the others.`,
        )
      return ok({
        ...before,
        log: [
          ...before.log,
          ...recipients.map((recipient) => ({
            type: 'sent' as const,
            at,
            by,
            version: before.signedVersion,
            what,
            recipientId: recipient.id,
            recipient: recipient.name,
            copy: recipient.copy,
            how: recipient.how,
            on,
          })),
        ],
      })
    })
    return saved.ok ? ok(this.recordOf(saved.value, environment, today)) : saved
  }

  /** Records a correction asked for: who, when it came, and what they asked. */
  async recordCorrection(handoverId: string, request: CorrectionReceived): Promise<Result<DeskRecord>> {
    const context = this.context()
    if (!context.ok) return context
    const { kept, environment, by, today } = context.value
    if (request.receivedOn > today)
      return fail('invalid-argument', 'A request cannot have come on a day still to come.')
    const at = this.now().toISOString()
    const saved = await kept.change(handoverId, (before) => {
      if (request.receivedOn < before.meeting.date)
        return fail(
          'invalid-argument',
          'This is before the meeting was held. Check the day the request came.',
        )
      if (
        request.recipientId !== null &&
        !before.distribution.some((each) => each.id === request.recipientId)
      )
        return fail('invalid-argument', 'The person who asked is not on the list. Choose them again.')
      return ok({
        ...before,
        log: [
          ...before.log,
          {
            type: 'correction-received',
            at,
            by,
            correctionId: randomUUID(),
            from: request.from,
            recipientId: request.recipientId,
            receivedOn: request.receivedOn,
            request: request.request,
            version: before.signedVersion,
          },
        ],
      })
    })
    return saved.ok ? ok(this.recordOf(saved.value, environment, today)) : saved
  }

  /** Accepts or declines a correction, with the reason; decided once, checked on the record as saved. */
  async decideCorrection(
    handoverId: string,
    correctionId: string,
    accepted: boolean,
    reason: string,
  ): Promise<Result<DeskRecord>> {
    const context = this.context()
    if (!context.ok) return context
    const { kept, environment, by, today } = context.value
    const at = this.now().toISOString()
    const saved = await kept.change(handoverId, (before) => {
      const log = before.log
      if (!log.some((entry) => entry.type === 'correction-received' && entry.correctionId === correctionId))
        return fail('not-found', 'That correction request is not on this record.')
      if (log.some((entry) => entry.type === 'correction-decided' && entry.correctionId === correctionId))
        return fail(
          'invalid-argument',
          'This request has already been decided. The log keeps what was decided.',
        )
      return ok({
        ...before,
        log: [...log, { type: 'correction-decided', at, by, correctionId, accepted, reason }],
      })
    })
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
