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
export function SafeguardingAlerts({
  navigate,
  onShown,
}: {
  readonly navigate: (route: Route) => void
  /** Told how many alerts show (the prompt for local numbers among them), once both are known. */
  readonly onShown?: (count: number) => void
}) {
  // Shown once the list has its meetings: asked at once, as the list may be waiting for it.
  const due = useSafeguardingDue(null, { afterFirstScreen: false })
  const [numbersMissing, setNumbersMissing] = useState<boolean | null>(null)
  useEffect(() => {
    void convene()
      .settings.get()
      .then((result) =>
        setNumbersMissing(result.ok ? localNumbersMissing(result.value.safeguardingContacts) : false),
      )
  }, [])
  // Every step still to do, soonest first: passed in red, near in amber, the rest for information.
  const shown = due ?? []
  const count = due === null || numbersMissing === null ? null : shown.length + (numbersMissing ? 1 : 0)
  useEffect(() => {
    if (count !== null) onShown?.(count)
  }, [count, onShown])
  if (shown.length === 0 && !numbersMissing) return null

  return (
    <Box
      role="region"
      aria-label="Safeguarding steps due"
      id="safeguarding-due"
      sx={{ display: 'grid', gap: 1 }}
    >
      {numbersMissing && (
        <Alert severity="info" role="status" id="fill-local-numbers">
          Fill in your local safeguarding numbers (the children’s services duty team above all) in Settings,
          so the safeguarding flow shows them when they are needed.
          <AlertAction onClick={() => navigate({ screen: 'settings', section: 'safeguarding' })}>
            Add the numbers
          </AlertAction>
        </Alert>
      )}
      {shown.map((item) => (
        <Alert
          key={`${item.concernId}-${item.step}`}
          severity={item.passed ? 'error' : item.near ? 'warning' : 'info'}
        >
          <AlertTitle>
            Safeguarding, the <bdi>{item.familyName}</bdi> family:{' '}
            {item.now ? 'due now' : item.passed ? 'the time has passed' : item.near ? 'due soon' : 'to do'}
          </AlertTitle>
          {item.label}
          {!item.now && !item.label.includes(' by ')
            ? ` (by ${formatBritishDateTime(new Date(item.due))})`
            : ''}
          <AlertAction
            onClick={() => navigate({ screen: 'case', caseId: item.caseId, concernId: item.concernId })}
            label={`Open the concern: ${item.familyName}`}
          >
            Open the concern
          </AlertAction>
        </Alert>
      ))}
    </Box>
  )
}

/** An alert's action, under its words: the column beside the list is too narrow for it beside them. */
function AlertAction({
  onClick,
  children,
  label,
}: {
  readonly onClick: () => void
  readonly children: string
  /** The name a screen reader gives it, where several alerts have the same action. */
  readonly label?: string
}) {
  return (
    <Box sx={{ mt: 1 }}>
      <Button size="small" color="inherit" variant="outlined" onClick={onClick} aria-label={label}>
        {children}
      </Button>
    </Box>
  )
}
