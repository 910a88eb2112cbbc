import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import { formatBritishDateTime } from '../../shared/dates/british-date.ts'
import type { Route } from '../app/router.ts'
import { useSafeguardingDue } from '../safeguarding/use-safeguarding-due.ts'

/**
 * What is due in the safeguarding concerns, first on the home screen: passed or due at once in red, due
 * within two hours in amber; each opens its concern. Until each step is recorded as done.
 */
export function SafeguardingAlerts({ navigate }: { readonly navigate: (route: Route) => void }) {
  const due = useSafeguardingDue()
  const shown = due.filter((item) => item.passed || item.near)
  if (shown.length === 0) return null
  return (
    <Box
      role="region"
      aria-label="Safeguarding steps due"
      id="safeguarding-due"
      sx={{ display: 'grid', gap: 1, mb: 3 }}
    >
      {shown.map((item) => (
        <Alert
          key={`${item.concernId}-${item.step}`}
          severity={item.passed ? 'error' : 'warning'}
          action={
            <Button
              color="inherit"
              onClick={() => navigate({ screen: 'case', caseId: item.caseId, concernId: item.concernId })}
            >
              Open the concern
            </Button>
          }
        >
          <AlertTitle>
            Safeguarding, the <bdi>{item.familyName}</bdi> family:{' '}
            {item.now ? 'due now' : item.passed ? 'the time has passed' : 'due soon'}
          </AlertTitle>
          {item.label}
          {!item.now && !item.label.includes(' by ')
            ? ` (by ${formatBritishDateTime(new Date(item.due))})`
            : ''}
        </Alert>
      ))}
    </Box>
  )
}
