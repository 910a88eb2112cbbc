import Box from '@mui/material/Box'
import { formatMonth } from '../../shared/dates/british-date.ts'
import type { ConferenceFigures } from '../../shared/outcomes/dashboard.ts'
import { countHeadline, figureHeadline, HeadlineCards } from './figure-cards.tsx'
import { CountChart, OnTimeByMonthChart } from './outcome-charts.tsx'

/** The conference service's figures for the period: timeliness by month, the child's voice, who took part. */
export function ConferenceDashboard({ figures }: { readonly figures: ConferenceFigures }) {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <HeadlineCards
        label="Conferences in the period"
        headlines={[
          countHeadline(
            'Conferences held',
            figures.conferences,
            `initial ${figures.initial.shown}, review ${figures.review.shown}`,
          ),
          figureHeadline('Conference on time', figures.conferenceOnTime, 'conferences with the dates known'),
          figureHeadline('Decision sent on time', figures.decisionOnTime, 'conferences with its date known'),
          figureHeadline('Minutes sent on time', figures.minutesOnTime, 'conferences with minutes sent'),
          figureHeadline('The child’s view gathered', figures.childView, 'conferences'),
          figureHeadline('Parents who took part', figures.parentsTookPart, 'parents'),
          figureHeadline('Repeat plans', figures.repeatPlan, 'plans made where it is known'),
        ]}
      />
      <OnTimeByMonthChart
        months={figures.byMonth.map((month) => ({ ...month, label: formatMonth(month.month) }))}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { lg: '1fr 1fr' } }}>
        <CountChart title="Decisions" counts={figures.decisions} what="Decision" unit="Conferences" />
        <CountChart
          title="Categories of plans"
          counts={figures.categories}
          what="Category"
          unit="Conferences"
        />
      </Box>
    </Box>
  )
}
