import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useConferenceContext } from '../meeting/meeting-context.tsx'

/**
 * Whether the children share one decision or each has their own. Siblings often need the same plan, so one
 * decision stands for all of them until the chair decides for each child separately (each starts as a copy
 * of the shared one); the chair can go back to one decision, taken from a child's.
 */
export function DecideForChildren() {
  const { meeting, send } = useConferenceContext()
  const children = meeting.children
  const own = meeting.record.decisions.filter((decision) => decision.childId !== null)
  const [from, setFrom] = useState(own[0]?.childId ?? '')
  if (children.length < 2 && own.length === 0) return null
  if (own.length === 0)
    return (
      <Alert
        severity="info"
        icon={false}
        action={
          <Button color="inherit" onClick={() => void send({ type: 'decide-separately' })}>
            Decide for each child separately
          </Button>
        }
      >
        One decision for all {children.length} children.
      </Alert>
    )
  const chosen = own.some((decision) => decision.childId === from) ? from : (own[0]?.childId ?? '')
  const nameOf = (childId: string | null) => {
    const child = children.find((candidate) => candidate.id === childId)
    return child ? child.knownAs || child.name : 'A child no longer listed'
  }
  return (
    <Alert severity="info" icon={false}>
      <Typography sx={{ mb: 1.5 }}>Each child has a decision of their own.</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
        <TextField
          select
          size="small"
          id="decide-together-from"
          label="Use the decision for"
          value={chosen}
          onChange={(event) => setFrom(event.target.value)}
          sx={{ minWidth: 220 }}
        >
          {own.map((decision) => (
            <MenuItem key={decision.childId} value={decision.childId ?? ''}>
              <bdi>{nameOf(decision.childId)}</bdi>
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="outlined"
          disabled={chosen === ''}
          onClick={() => void send({ type: 'decide-together', fromChildId: chosen })}
        >
          One decision for all the children
        </Button>
      </Stack>
    </Alert>
  )
}
