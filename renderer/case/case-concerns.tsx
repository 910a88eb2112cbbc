import Box from '@mui/material/Box'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { riskLevelLabels } from '../../shared/case/safeguarding.ts'
import { formatBritishDateTime } from '../../shared/dates/british-date.ts'
import type { CaseView } from '../../shared/meeting/case-view.ts'
import type { Route } from '../app/router.ts'

/** The case's safeguarding concerns, each opening its flow where it was left. For the mediator alone. */
export function CaseConcerns({
  view,
  navigate,
}: {
  readonly view: CaseView
  readonly navigate: (route: Route) => void
}) {
  if (view.record.concerns.length === 0) return null
  return (
    <Paper component="section" aria-labelledby="case-concerns-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="case-concerns-heading" sx={{ mb: 1 }}>
        Safeguarding concerns
      </Typography>
      <Box component="ul" sx={{ pl: 2.5, m: 0 }}>
        {view.record.concerns.map((concern) => (
          <li key={concern.id}>
            <Link
              component="button"
              onClick={() => navigate({ screen: 'case', caseId: view.id, concernId: concern.id })}
            >
              Raised {formatBritishDateTime(new Date(concern.raisedAt))}
            </Link>
            <Typography component="span" color="text.secondary">
              {' '}
              ·{' '}
              {concern.withdrawn
                ? `withdrawn: ${concern.withdrawn.reason}`
                : `${concern.assessment ? riskLevelLabels[concern.assessment.level] : 'not assessed yet'} · ${stepsRecorded(Object.keys(concern.steps).length)}`}
            </Typography>
          </li>
        ))}
      </Box>
    </Paper>
  )
}

const stepsRecorded = (count: number): string =>
  count === 0 ? 'No steps recorded yet' : count === 1 ? '1 step recorded' : `${count} steps recorded`
