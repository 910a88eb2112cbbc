import { carryOver, settleDistribution } from '../../../shared/handover/distribution-rules.ts'
import type { KeptHandover } from '../../../shared/handover/desk-log.ts'
import type { Handover } from '../../../shared/handover/handover.ts'
import { formatBritishDate } from '../../../shared/dates/british-date.ts'
import { projectFor } from '../../../shared/meeting/project.ts'
import { administratorAudience } from '../../../shared/model/visibility.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import type { HandoverTransaction } from '../store/handover-files.ts'

const isReplaced = (kept: KeptHandover) => kept.log.some((entry) => entry.type === 'superseded')

/**
 * Takes a handover just opened onto the desk, in one change (HandoverFiles.transaction):
 *
 * - the same file, or the same version of the same record, opened again: the one already here, as it is
 *   (the administrator's list and log kept);
 * - any version of a record already here that came from another laptop than the one that handed the
 *   record over (or from none it can name): refused, since anyone with the administrator's card can seal a
 *   file, and only the chair's own laptop may add to the chair's record;
 * - a later version: it takes over the list (carried over: see carryOver) and the log of the one it
 *   replaces, which is marked replaced;
 * - an earlier version than one already here: kept, marked replaced at once.
 *
 * The meeting is put through the administrator's projection again on the way in, and the list settled
 * against the meeting's own people (settleDistribution): whatever a file says, nothing but that
 * projection is kept here, and no family member is on the full minutes.
 */
export async function admitHandover(
  files: HandoverTransaction,
  handover: Handover,
  by: string,
  at: string,
): Promise<Result<KeptHandover>> {
  const same = await files.get(handover.id)
  if (same.ok) return ok(same.value)
  const meeting = projectFor(handover.meeting, administratorAudience).meeting
  const distribution = settleDistribution(meeting, handover.distribution)
  const record = (await files.list()).filter((each) => each.meeting.id === meeting.id)
  // Only the laptop that handed a record over may add to it: its key came with the first version.
  const from = record.find((each) => each.replyTo !== handover.replyTo || handover.replyTo === null)
  if (from)
    return fail(
      'invalid-argument',
      `This file says it is version ${handover.signedVersion} of the ${meeting.familyName} family's record of ${formatBritishDate(meeting.date)}, but it was not handed over from the laptop that handed over version ${from.signedVersion}. It has not been opened. Ask the chair which is right.`,
    )
  const sameVersion = record.find((each) => each.signedVersion === handover.signedVersion)
  if (sameVersion) return ok(sameVersion)
  const opened = { type: 'opened' as const, at, by, version: handover.signedVersion, from: handover.from }
  const current = record.find((each) => !isReplaced(each))
  if (current && current.signedVersion > handover.signedVersion)
    return files.write({
      ...handover,
      meeting,
      distribution: [...distribution],
      log: [
        opened,
        { type: 'superseded', at, by, version: handover.signedVersion, byVersion: current.signedVersion },
      ],
    })
  if (!current) return files.write({ ...handover, meeting, distribution: [...distribution], log: [opened] })
  const saved = await files.write({
    ...handover,
    meeting,
    distribution: [...settleDistribution(meeting, carryOver(current.distribution, distribution))],
    log: [...current.log, opened],
  })
  if (!saved.ok) return saved
  const replaced = await files.write({
    ...current,
    log: [
      ...current.log,
      { type: 'superseded', at, by, version: current.signedVersion, byVersion: handover.signedVersion },
    ],
  })
  return replaced.ok ? saved : replaced
}
