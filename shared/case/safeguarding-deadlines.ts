import type { WorkingDayCalendar } from '../calendar/bank-holidays.ts'
import { addWorkingDays, isWorkingDay } from '../calendar/working-days.ts'
import { formatBritishDateTime, ukDateOf, ukInstant, ukTimeOf } from '../dates/british-date.ts'
import type { Concern, ConcernStep } from './safeguarding.ts'

/** When the working day ends, for a parent's own referral ('within that working day'). */
export const endOfWorkingDay = '17:00'
/** Said after this on a working day, too little of the day is left: the parent has until 10:00 next day. */
export const lateInTheDay = '16:00'
/** 'By 10 am the next morning at the latest' (seed 001), on the next working day. */
export const nextMorning = '10:00'

/**
 * By when a parent who raised a concern may refer themselves to children's services before the mediator
 * does (seed 001): the end of the same working day, when it was said on a working day with time left in
 * it; otherwise 10:00 on the next working day (after a weekend or a bank holiday, from the calendar).
 */
export function selfReferralDeadline(disclosedAt: Date, calendar: WorkingDayCalendar): Date {
  const day = ukDateOf(disclosedAt)
  if (isWorkingDay(day, calendar) && ukTimeOf(disclosedAt) < lateInTheDay)
    return ukInstant(day, endOfWorkingDay)
  return ukInstant(addWorkingDays(day, 1, calendar), nextMorning)
}

/**
 * Whether an instant falls in children's services' office hours (09:00 to 17:00 on a working day, UK
 * time): outside them, the out-of-hours team takes a referral.
 */
export function inOfficeHours(instant: Date, calendar: WorkingDayCalendar): boolean {
  const time = ukTimeOf(instant)
  return isWorkingDay(ukDateOf(instant), calendar) && time >= '09:00' && time < endOfWorkingDay
}

/** A telephone referral is followed in writing within 24 hours (seed 003), by the clock. */
export function writtenFollowUpDeadline(referredAt: Date): Date {
  return new Date(referredAt.getTime() + 24 * 60 * 60 * 1000)
}

/** A step of a concern that is due: at once ('now'), or by a deadline. */
export type ConcernDue = {
  readonly concernId: string
  readonly step: ConcernStep
  /** What to do, in a few words: 'Refer to the children's services duty team'. */
  readonly label: string
  /** When it is due, as an instant; for a step due at once, when it became due. */
  readonly due: string
  readonly now: boolean
}

/**
 * What a concern still needs by when, until each step is recorded: the duty team at once for immediate
 * harm; the parent's own referral by its deadline, then the mediator's; the written follow-up within 24
 * hours of a telephone referral. Nothing once the concern is assessed below the threshold.
 */
export function concernDeadlines(
  concern: Concern,
  calendar: WorkingDayCalendar,
  family = 'mediation',
): ReadonlyArray<ConcernDue> {
  const assessment = concern.assessment
  const due: ConcernDue[] = []
  const add = (step: ConcernStep, label: string, at: string | Date, now: boolean) =>
    due.push({ concernId: concern.id, step, label, due: new Date(at).toISOString(), now })
  const { steps } = concern
  if (concern.withdrawn) return due
  // A concern left before its risk was assessed is never forgotten.
  if (!assessment) {
    add(
      'no-tip-off',
      concern.disclosure
        ? 'Finish the concern: assess the risk'
        : 'Finish the concern: record what was said and assess the risk',
      concern.raisedAt,
      true,
    )
    return due
  }
  // A telephone referral made is followed in writing, whatever the risk is later judged to be.
  const phoned = [steps['duty-team'], steps['mediator-referral']].find((step) => step?.outcome === 'done')
  const followUp = () => {
    // Owed whatever was recorded of it before the call ('not needed', then a call after all).
    if (!phoned || steps['written-follow-up']?.outcome === 'done') return
    const deadline = writtenFollowUpDeadline(new Date(phoned.at))
    add(
      'written-follow-up',
      `Follow the telephone referral in writing by ${formatBritishDateTime(deadline)}`,
      deadline,
      false,
    )
  }
  if (assessment.level === 'below') {
    followUp()
    return due
  }
  // Seed 003: speak to the supervisor or professional practice consultant straight away.
  if (!steps.supervisor)
    add('supervisor', 'Speak to your supervisor or professional practice consultant', assessment.at, true)
  if (assessment.level === 'immediate' && !steps['duty-team'])
    add('duty-team', 'Contact the children’s services duty team now', assessment.at, true)
  if (assessment.level === 'significant' && !steps['mediator-referral'] && family !== 'mediation')
    add('mediator-referral', 'Refer to the children’s services duty team', assessment.at, true)
  if (assessment.level === 'significant' && !steps['mediator-referral'] && family === 'mediation') {
    const offer = steps['self-referral']
    if (!offer) add('self-referral', 'Offer the parent the chance to refer themselves', assessment.at, true)
    else if (offer.outcome === 'offered') {
      const deadline = selfReferralDeadline(new Date(concern.raisedAt), calendar)
      add(
        'mediator-referral',
        `Unless the parent has referred themselves by ${formatBritishDateTime(deadline)}, refer to the duty team`,
        deadline,
        false,
      )
    } else if (offer.outcome === 'parent-declined')
      add(
        'mediator-referral',
        'The parent will not refer themselves: refer to the duty team now',
        offer.at,
        true,
      )
  }
  followUp()
  return due
}
