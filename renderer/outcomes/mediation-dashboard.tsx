import Box from '@mui/material/Box'
import type { MediationFigures } from '../../shared/outcomes/dashboard.ts'
import { countHeadline, figureHeadline, HeadlineCards } from './figure-cards.tsx'
import { CountChart, PairedRatingsChart } from './outcome-charts.tsx'

/** The mediation pilot's figures for the period: headlines, outcomes, ratings paired, sessions. */
export function MediationDashboard({ figures }: { readonly figures: MediationFigures }) {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <HeadlineCards
        label="Mediation in the period"
        headlines={[
          countHeadline('Cases referred', figures.cases, 'in the period'),
          figureHeadline(
            'Reached agreement, whole or in part',
            figures.agreement,
            'cases ended in mediation',
          ),
          figureHeadline(
            'Weeks from referral to outcome (median)',
            figures.weeksToOutcome,
            'cases with an outcome',
          ),
          figureHeadline('Communication skills coaching given', figures.coaching, 'cases'),
          figureHeadline('A child consulted', figures.childConsulted, 'cases'),
          figureHeadline('Went (back) to court', figures.court, 'cases where it is known'),
        ]}
      />
      <PairedRatingsChart conflict={figures.conflict} communication={figures.communication} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { lg: '1fr 1fr' } }}>
        <CountChart title="How the cases ended" counts={figures.outcomes} what="Outcome" unit="Cases" />
        <CountChart
          title="Sessions held, by format"
          counts={figures.sessions}
          what="Format"
          unit="Sessions"
        />
      </Box>
    </Box>
  )
}
