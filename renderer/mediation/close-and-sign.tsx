import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useState, type ReactNode } from 'react'
import { formatBritishDateTime } from '../../shared/dates/british-date.ts'
import { convene } from '../api/convene.ts'
import { useFileSaver } from '../common/save-files.tsx'

type Props = {
  readonly meetingId: string
  readonly headingId: string
  /** The section's heading before closing ('Close the MIAM') and after ('MIAM closed'). */
  readonly titles: { readonly open: string; readonly closed: string }
  /** When it was closed, and what it ended with; null while open. */
  readonly closed: { readonly at: string; readonly summary: ReactNode } | null
  readonly downloadLabel: string
  /** The refusal or failure to show, kept by the caller (which knows when it is out of date). */
  readonly problem: string | null
  readonly onProblem: (problem: string | null) => void
  readonly openLabel: string
  readonly canOpen: boolean
  readonly dialog: {
    readonly id: string
    readonly title: string
    readonly body: ReactNode
    readonly confirmLabel: string
  }
  /** Sends the closing; resolves with why it was refused, or null. */
  readonly onConfirm: () => Promise<string | null>
  /** What is chosen and missing before closing. */
  readonly children: ReactNode
}

/**
 * Closing a mediation record and signing it (a MIAM's outcome, a session's plan): what is chosen and
 * missing, a confirmation, and once closed, when, and the signed documents to download.
 */
export function CloseAndSign(props: Props) {
  const { meetingId, closed, problem, onProblem, dialog } = props
  const [confirming, setConfirming] = useState(false)
  const files = useFileSaver()
  const close = async (): Promise<void> => {
    const refused = await props.onConfirm()
    setConfirming(false)
    onProblem(refused)
  }
  const download = async (): Promise<void> => {
    const result = await convene().meetings.exportDocuments(meetingId, null)
    if (!result.ok) return onProblem(result.error.message)
    const saved = await files.save(result.value)
    onProblem(saved.ok ? null : saved.error.message)
  }
  return (
    <Paper component="section" aria-labelledby={props.headingId} sx={{ p: 3 }}>
      <Typography variant="h2" id={props.headingId} sx={{ mb: 2 }}>
        {closed ? props.titles.closed : props.titles.open}
      </Typography>
      {problem && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {problem}
        </Alert>
      )}
      {files.notice}
      {closed ? (
        <>
          <Alert severity="info" sx={{ mb: 2 }}>
            Closed on {formatBritishDateTime(new Date(closed.at))}. {closed.summary}
          </Alert>
          <Button variant="contained" onClick={() => void download()}>
            {props.downloadLabel}
          </Button>
        </>
      ) : (
        <>
          {props.children}
          <Box sx={{ mt: 2 }}>
            <Button variant="contained" disabled={!props.canOpen} onClick={() => setConfirming(true)}>
              {props.openLabel}
            </Button>
          </Box>
        </>
      )}
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby={dialog.id}>
        <DialogTitle id={dialog.id}>{dialog.title}</DialogTitle>
        <DialogContent>{dialog.body}</DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>Cancel</Button>
          <Button variant="contained" onClick={() => void close()}>
            {dialog.confirmLabel}
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  )
}
