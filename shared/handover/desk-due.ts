import { z } from 'zod'
import { IdSchema, IsoDateSchema, NameSchema } from '../model/primitives.ts'
import type { KeyDate, KindEnvironment } from '../kinds/kind-module.ts'
import { moduleOf } from '../kinds/registry.ts'
import { summarise } from '../meeting/meeting-summary.ts'
import {
  correctionsOf,
  deskStatus,
  sentToAllOn,
  type CorrectionView,
  type DeskEntry,
  type DeskStatus,
  type KeptHandover,
} from './desk-log.ts'
import { addWorkingDays } from '../calendar/working-days.ts'
import { countdown } from '../kinds/conference/rules/timescales.ts'

/** A date on the due view: what, by when, and whether it is done. */
export type DeskDate = {
  readonly key: string
  readonly label: string
  readonly due: string
  readonly done: boolean
  /** Overdue: past its day and not done. */
  readonly overdue: boolean
  /** Due today and not done (by main's clock: the screen's may differ). */
  readonly dueToday: boolean
  /** Where it stands in words: 'Done', 'Due today', 'In 3 working days', '2 working days overdue'. */
  readonly words: string
}

/** One handed-over record on the due view. */
export type DeskRow = {
  readonly handoverId: string
  readonly meetingId: string
  readonly familyName: string
  readonly kind: string
  readonly date: string
  readonly version: number
  readonly status: DeskStatus
  /** What is owed, soonest first, done ones included so the row reads whole. */
  readonly dates: ReadonlyArray<DeskDate>
  readonly corrections: ReadonlyArray<CorrectionView>
  /** The day the window for corrections closes, while it is open. */
  readonly correctionsOpenUntil: string | null
}

/** The meetings the chair sets after a conference: the administrator books them. */
const toBook = new Set(['first-core-group', 'first-review', 'next-review'])

/**
 * A handed-over record as the due view shows it: its statutory dates (DOMAIN.md) from the meeting, each
 * sending cleared by the administrator's log rather than by the chair's record (the decision letter is
 * done when everyone owed it has been sent it; the minutes likewise), the meetings to book, and the
 * corrections window, which runs from the day the minutes reached everyone.
 */
export function deskRow(
  kept: KeptHandover,
  environment: Omit<KindEnvironment, 'language'>,
  today: string,
): DeskRow {
  const meeting = kept.meeting
  const summary = summarise(meeting)
  const decisionSent = sentToAllOn(kept, 'decision-letter')
  const minutesSent = sentToAllOn(kept, 'minutes')
  const keyDates: ReadonlyArray<KeyDate> = moduleOf(meeting.kind).keyDates(
    summary,
    summary.facts,
    environment,
  )
  const dates: DeskDate[] = []
  for (const date of keyDates) {
    const done =
      date.key === 'decision-to-attendees'
        ? decisionSent !== null
        : date.key === 'minutes-distributed'
          ? minutesSent !== null
          : toBook.has(date.key)
            ? date.done
            : null
    if (done === null) continue
    dates.push({
      key: date.key,
      label: date.label,
      due: date.due,
      done,
      overdue: !done && date.due < today,
      dueToday: !done && date.due === today,
      words: done
        ? toBook.has(date.key)
          ? 'Booked'
          : 'Done'
        : countdown(date.due, today, environment.calendar),
    })
  }
  dates.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
  const corrections = correctionsOf(kept, environment.timescales, environment.calendar)
  const closes = minutesSent
    ? addWorkingDays(minutesSent, environment.timescales.correctionsWorkingDays, environment.calendar)
    : null
  return {
    handoverId: kept.id,
    meetingId: meeting.id,
    familyName: meeting.familyName,
    kind: meeting.kind,
    date: meeting.date,
    version: kept.signedVersion,
    status: deskStatus(kept, corrections),
    dates,
    corrections,
    correctionsOpenUntil: closes !== null && today <= closes ? closes : null,
  }
}

/** What the home screen counts: overdue, due today, and corrections waiting for a decision. */
export type DeskCounts = { readonly overdue: number; readonly dueToday: number; readonly corrections: number }

/** The counts across the records in hand (replaced ones left out). */
export function deskCounts(rows: ReadonlyArray<DeskRow>): DeskCounts {
  let overdue = 0
  let dueToday = 0
  let corrections = 0
  for (const row of rows) {
    if (row.status === 'replaced') continue
    for (const date of row.dates) {
      if (date.overdue) overdue += 1
      if (date.dueToday) dueToday += 1
    }
    corrections += row.corrections.filter((each) => each.decision === null).length
  }
  return { overdue, dueToday, corrections }
}

/** A handed-over record as its page on the desk shows it. */
export type DeskRecord = {
  readonly row: DeskRow
  readonly from: string
  readonly sealedAt: string
  readonly log: ReadonlyArray<DeskEntry>
  readonly distribution: KeptHandover['distribution']
}

/** A correction request as the administrator records it: who asked, when it came, and what they asked. */
export const CorrectionReceivedSchema = z.object({
  recipientId: IdSchema.nullable(),
  from: NameSchema,
  receivedOn: IsoDateSchema,
  request: z.string().trim().min(1, { error: 'Say what they asked to be corrected' }).max(4000),
})
/** A correction request as the administrator records it. */
export type CorrectionReceived = z.infer<typeof CorrectionReceivedSchema>
