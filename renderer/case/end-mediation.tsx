import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import type { CaseCommand } from '../../shared/case/case-commands.ts'
import type { CaseParty } from '../../shared/case/case-parties.ts'
import { formatBritishDate, ukDateOf } from '../../shared/dates/british-date.ts'
import type { Result } from '../../shared/util/result.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { ChoiceGroup } from '../mediation/choice-group.tsx'

/**
 * Mediation is voluntary: either parent, or the mediator, may end it at any time. Recording who ended it,
 * and when (never why), stops the case: no session can be arranged after it.
 */
export function EndMediation({
  parties,
  apply,
}: {
  readonly parties: ReadonlyArray<CaseParty>
  readonly apply: (command: CaseCommand) => Promise<Result<unknown>>
}) {
  const [open, setOpen] = useState(false)
  const [by, setBy] = useState<string | null>(null)
  const [on, setOn] = useState<string | null>(ukDateOf(new Date()))
  const [problem, setProblem] = useState<string | null>(null)
  const confirm = async () => {
    if (!by) return setProblem('Choose who ended the mediation')
    if (!on) return setProblem('Enter the date, like 12/12/2026')
    const result = await apply({ type: 'record-withdrawal', by, on })
    if (!result.ok) return setProblem(result.error.message)
    setOpen(false)
  }
  return (
    <Paper component="section" aria-labelledby="end-mediation-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="end-mediation-heading" sx={{ mb: 1 }}>
        Ending the mediation
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Either parent may withdraw at any time, and you may end it. Record who and when; no session can be
        arranged after it.
      </Typography>
      <Button variant="outlined" color="warning" onClick={() => (setProblem(null), setOpen(true))}>
        Record that the mediation has ended…
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="end-mediation-title">
        <DialogTitle id="end-mediation-title">Record that the mediation has ended?</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            This stops the case: it cannot be undone. Record who ended it, not why.
          </DialogContentText>
          <ChoiceGroup
            id="ended-by"
            label="Who ended it?"
            value={by}
            options={[
              ...parties.map((party) => [party.id, `${party.name} withdrew`] as const),
              ['mediator', 'I ended it, as the mediator'] as const,
            ]}
            onChange={setBy}
          />
          <BritishDateField id="ended-on" label="Date" value={on} onChange={setOn} />
          {problem && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} autoFocus>
            Cancel
          </Button>
          <Button color="warning" variant="contained" onClick={() => void confirm()}>
            Record that it has ended
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  )
}

/**
 * A mediation suspended (after a safeguarding concern, while children's services look into it) taken up
 * again from a date: sessions may then be arranged.
 */
export function ResumeMediation({
  suspendedOn,
  apply,
}: {
  readonly suspendedOn: string
  readonly apply: (command: CaseCommand) => Promise<Result<unknown>>
}) {
  const [open, setOpen] = useState(false)
  const [on, setOn] = useState<string | null>(ukDateOf(new Date()))
  const [problem, setProblem] = useState<string | null>(null)
  const confirm = async () => {
    if (!on) return setProblem('Enter the date, like 12/12/2026')
    const result = await apply({ type: 'resume-mediation', on })
    if (!result.ok) return setProblem(result.error.message)
    setOpen(false)
  }
  return (
    <Paper component="section" aria-labelledby="resume-mediation-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="resume-mediation-heading" sx={{ mb: 1 }}>
        The mediation is suspended
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Suspended from {formatBritishDate(suspendedOn)}. When it is safe to go on (children’s services have
        looked into the concern), take it up again.
      </Typography>
      <Button variant="outlined" onClick={() => (setProblem(null), setOpen(true))}>
        Resume the mediation…
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="resume-mediation-title">
        <DialogTitle id="resume-mediation-title">Resume the mediation?</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>Sessions can be arranged again from this date.</DialogContentText>
          <BritishDateField id="resumed-on" label="From" value={on} onChange={setOn} />
          {problem && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} autoFocus>
            Cancel
          </Button>
          <Button variant="contained" onClick={() => void confirm()}>
            Resume it
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  )
}
