import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import { useEffect, useState } from 'react'
import { formatBritishDateTime } from '../../shared/dates/british-date.ts'
import { localNumbersMissing } from '../../shared/settings/safeguarding-contacts.ts'
import { convene } from '../api/convene.ts'
import type { Route } from '../app/router.ts'
import { useSafeguardingDue } from '../safeguarding/use-safeguarding-due.ts'

/**
 * What is due in the safeguarding concerns, first on the home screen: passed or due at once in red, due
 * within two hours in amber; each opens its concern. Until each step is recorded as done.
 */
export function SafeguardingAlerts({ navigate }: { readonly navigate: (route: Route) => void }) {
  const due = useSafeguardingDue()
  const [numbersMissing, setNumbersMissing] = useState(false)
  useEffect(() => {
    void convene()
      .settings.get()
      .then(
        (result) => result.ok && setNumbersMissing(localNumbersMissing(result.value.safeguardingContacts)),
      )
  }, [])
  // Every step still to do, soonest first: passed in red, near in amber, the rest for information.
  const shown = due
  if (shown.length === 0 && !numbersMissing) return null

  return (
    <Box
      role="region"
      aria-label="Safeguarding steps due"
      id="safeguarding-due"
      sx={{ display: 'grid', gap: 1, mb: 3 }}
    >
      {numbersMissing && (
        <Alert
          severity="info"
          role="status"
          id="fill-local-numbers"
          action={
            <Button
              color="inherit"
              sx={{ whiteSpace: 'nowrap' }}
              onClick={() => navigate({ screen: 'settings', section: 'safeguarding' })}
            >
              Add the numbers
            </Button>
          }
        >
          Fill in your local safeguarding numbers (the children’s services duty team above all) in Settings,
          so the safeguarding flow shows them when they are needed.
        </Alert>
      )}
      {shown.map((item) => (
        <Alert
          key={`${item.concernId}-${item.step}`}
          severity={item.passed ? 'error' : item.near ? 'warning' : 'info'}
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
            {item.now ? 'due now' : item.passed ? 'the time has passed' : item.near ? 'due soon' : 'to do'}
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
