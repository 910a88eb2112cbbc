import { z } from 'zod'

/** The statutory timescales (DOMAIN.md), each a setting because councils differ. */
export const TimescaleSettingsSchema = z.object({
  icpcWithinWorkingDays: z.int().min(1).max(60),
  firstCoreGroupWorkingDays: z.int().min(1).max(60),
  firstReviewMonths: z.int().min(1).max(12),
  laterReviewMonths: z.int().min(1).max(12),
  decisionToAttendeesWorkingDays: z.int().min(0).max(20),
  minutesWorkingDays: z.int().min(1).max(60),
  correctionsWorkingDays: z.int().min(1).max(60),
})
/** The statutory timescales. */
export type TimescaleSettings = z.infer<typeof TimescaleSettingsSchema>

/** The timescales of Working Together as DOMAIN.md gives them. */
export const defaultTimescales = (): TimescaleSettings => ({
  icpcWithinWorkingDays: 15,
  firstCoreGroupWorkingDays: 10,
  firstReviewMonths: 3,
  laterReviewMonths: 6,
  decisionToAttendeesWorkingDays: 1,
  minutesWorkingDays: 15,
  correctionsWorkingDays: 10,
})
