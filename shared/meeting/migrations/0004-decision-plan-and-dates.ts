import type { Migration } from './migration.ts'

/**
 * Version 4 adds the decision (analysis, recommendations, views, outcome, category, reasons), the outline
 * plan's frame (lead social worker, core group, contingency), the dates the timescales run from, the
 * conference a review follows, and the sign-off. Each plan action gains 'within N working days' and the
 * worry it addresses. A meeting from before has none of these recorded.
 */
export const addDecisionPlanAndDates: Migration = {
  from: 3,
  to: 4,
  name: 'add decision, plan frame and dates',
  migrate: (meeting) => ({
    decision: {
      analysis: '',
      recommendations: [],
      parentsView: '',
      childView: '',
      outcome: null,
      category: null,
      otherCategoriesConsidered: '',
      reasons: '',
      dissentNote: '',
    },
    planFrame: { leadSocialWorkerId: null, coreGroupIds: [], contingency: '' },
    dates: { strategyDiscussion: null, firstCoreGroup: null, nextReview: null, minutesSent: null },
    previousConference: null,
    signOff: null,
    ...meeting,
    planActions: Array.isArray(meeting['planActions'])
      ? meeting['planActions'].map((action: unknown) =>
          typeof action === 'object' && action !== null
            ? { dueWithinWorkingDays: null, addresses: '', ...action }
            : action,
        )
      : meeting['planActions'],
    schemaVersion: 4,
  }),
}
