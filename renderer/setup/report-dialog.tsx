import { useState, type FormEvent } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import type { AgencyReport } from '../../shared/kinds/conference/records.ts'
import { BritishDateField } from '../common/british-date-field.tsx'

/** A report as the dialog holds it. */
export type ReportFields = Omit<AgencyReport, 'id' | 'visibility'>

type Props = {
  readonly initial: ReportFields | null
  readonly onCancel: () => void
  readonly onSave: (report: ReportFields) => Promise<string | null>
}

/** Records an agency's report: who wrote it, when it arrived, and whether the parents have seen it. */
export function ReportDialog({ initial, onCancel, onSave }: Props) {
  const [report, setReport] = useState<ReportFields>(
    initial ?? { agency: '', author: '', receivedOn: null, sharedWithParents: 'not-known', sharedOn: null },
  )
  const [datesValid, setDatesValid] = useState({ received: true, shared: true })
  const [tried, setTried] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const agencyProblem = tried && report.agency.trim() === '' ? 'Enter the agency' : null

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setTried(true)
    if (report.agency.trim() === '' || !datesValid.received || !datesValid.shared) return
    setProblem(await onSave({ ...report, agency: report.agency.trim(), author: report.author.trim() }))
  }

  return (
    <Dialog open onClose={onCancel} aria-labelledby="report-dialog-title" fullWidth maxWidth="sm">
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id="report-dialog-title">
          {initial ? `Change the ${initial.agency} report` : 'Add a report'}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {problem && (
              <Alert severity="error" role="alert">
                {problem}
              </Alert>
            )}
            <TextField
              id="report-agency"
              label="Agency"
              value={report.agency}
              onChange={(event) => setReport({ ...report, agency: event.target.value })}
              error={agencyProblem !== null}
              helperText={agencyProblem ?? 'For example Oak Primary School, Police, Health visiting'}
              required
              autoFocus
              autoComplete="off"
            />
            <TextField
              id="report-author"
              label="Written by"
              value={report.author}
              onChange={(event) => setReport({ ...report, author: event.target.value })}
              autoComplete="off"
            />
            <BritishDateField
              id="report-received"
              label="Received on"
              value={report.receivedOn}
              onChange={(iso) => setReport((current) => ({ ...current, receivedOn: iso }))}
              onValidity={(valid) => setDatesValid((current) => ({ ...current, received: valid }))}
              hint="Leave empty if it has not arrived"
            />
            <FormControl>
              <FormLabel id="report-shared-label">Shared with the parents before the meeting?</FormLabel>
              <RadioGroup
                row
                aria-labelledby="report-shared-label"
                value={report.sharedWithParents}
                onChange={(event) =>
                  setReport({
                    ...report,
                    sharedWithParents: event.target.value as ReportFields['sharedWithParents'],
                  })
                }
              >
                <FormControlLabel value="yes" control={<Radio />} label="Yes" />
                <FormControlLabel value="no" control={<Radio />} label="No" />
                <FormControlLabel value="not-known" control={<Radio />} label="Not known" />
              </RadioGroup>
            </FormControl>
            {report.sharedWithParents === 'yes' && (
              <BritishDateField
                id="report-shared-on"
                label="Shared on"
                value={report.sharedOn}
                onChange={(iso) => setReport((current) => ({ ...current, sharedOn: iso }))}
                onValidity={(valid) => setDatesValid((current) => ({ ...current, shared: valid }))}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained">
            {initial ? 'Save changes' : 'Add report'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  )
}
