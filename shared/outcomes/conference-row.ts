import { z } from 'zod'
import type { KindEnvironment } from '../kinds/kind-module.ts'
import { moduleOf } from '../kinds/registry.ts'
import type { Meeting } from '../meeting/meeting.ts'
import { summarise } from '../meeting/meeting-summary.ts'

/** Whether something statutory happened on time: yes, no, or not known (no date to judge by). */
export const OnTimeSchema = z.enum(['on-time', 'late', 'not-known'])
/** Whether something happened on time. */
export type OnTime = z.infer<typeof OnTimeSchema>

/** A conference's timeliness, as an outcomes row carries it: no dates, only on time or late. */
export type ConferenceTimeliness = {
  /** The initial conference within its working days of the strategy discussion. */
  readonly conference: OnTime
  /** The minutes sent within the council's working days. */
  readonly minutes: OnTime
}

const judged = (happened: string | null, due: string | undefined): OnTime =>
  happened === null || due === undefined ? 'not-known' : happened <= due ? 'on-time' : 'late'

/**
 * Whether a conference met its statutory dates (DOMAIN.md), from its own record: the conference against
 * the strategy discussion, the minutes against the day they were sent. Working days are the council's
 * (bank holidays, Christmas, skipped), through the conference module's key dates, so the dashboard and the
 * due views count alike.
 */
export function conferenceTimeliness(
  meeting: Meeting,
  environment: Omit<KindEnvironment, 'language'>,
  minutesSent: string | null,
): ConferenceTimeliness {
  const summary = summarise(meeting)
  const dates = moduleOf(meeting.kind).keyDates(summary, summary.facts, environment)
  const due = (key: string) => dates.find((date) => date.key === key)?.due
  return {
    conference: judged(meeting.status === 'planned' ? null : meeting.date, due('icpc-due')),
    minutes: judged(minutesSent, due('minutes-distributed')),
  }
}
