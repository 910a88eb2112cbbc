import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { formatBritishDate, formatBritishDateTime } from '../../shared/dates/british-date.ts'
import type { CorrectionRequest } from '../../shared/handover/correction-request.ts'
import { toBase64 } from '../common/download.ts'
import { useFilePicker } from '../common/file-picker.tsx'
import { convene } from '../api/convene.ts'
import { useFileSaver } from '../common/save-files.tsx'
import { useConferenceContext } from '../meeting/meeting-context.tsx'
import { offersDocuments } from '../../shared/kinds/offers.ts'
import { withFullStop } from '../../shared/text/sentences.ts'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'

/**
 * The signed versions of the minutes, newest first: each locked with its hash, its corrections, and its
 * signed Word documents to download. A correction reopens the minutes to make the next version.
 */
export function SignedVersions() {
  const { meeting, send } = useConferenceContext()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const files = useFileSaver()
  const [correcting, setCorrecting] = useState(false)
  const [what, setWhat] = useState('')
  const [askedBy, setAskedBy] = useState('')
  // A correction the administrator accepted and sealed back to this laptop: what it says, to start from.
  const [fromAdministrator, setFromAdministrator] = useState<CorrectionRequest | null>(null)
  const picker = useFilePicker({
    accept: '.convene-correction',
    label: 'Correction request to open',
    testId: 'correction-request-input',
    onFile: (file) => void openRequest(file),
  })
  const openRequest = async (file: File): Promise<void> => {
    const opened = await convene().handover.openCorrection(toBase64(new Uint8Array(await file.arrayBuffer())))
    if (!opened.ok) return setProblem(opened.error.message)
    const request = opened.value
    if (request.meetingId !== meeting.id)
      return setProblem(
        `This request is about the ${request.familyName} family's meeting of ${formatBritishDate(request.date)}. Open it from that meeting.`,
      )
    setProblem(null)
    setFromAdministrator(request)
    setWhat(request.request)
    setAskedBy(request.askedBy)
    setCorrecting(true)
  }
  const exportVersion = async (number: number | null): Promise<void> => {
    setBusy(true)
    const result = await convene().meetings.exportDocuments(meeting.id, number)
    setBusy(false)
    if (!result.ok) return setProblem(result.error.message)
    const saved = await files.save(result.value)
    setProblem(saved.ok ? null : saved.error.message)
  }
  // A problem with the correction is shown in its dialog, where the chair is looking, not behind it.
  const [correctionProblem, setCorrectionProblem] = useState<string | null>(null)
  const startCorrection = async (): Promise<void> => {
    if (what.trim() === '' || askedBy.trim() === '')
      return setCorrectionProblem('Say what is being corrected and who asked for it')
    const result = await send({
      type: 'start-correction',
      correction: { what: what.trim(), askedBy: askedBy.trim() },
    })
    if (!result.ok) return setCorrectionProblem(result.error.message)
    setCorrecting(false)
    setCorrectionProblem(null)
    // The button that opened the dialog goes as the correction starts: the focus goes to the panel's
    // heading, which now asks whether the corrected record is ready to sign.
    focusAfterDrawing('#readiness-heading')
  }
  const versions = [...meeting.record.signedVersions].reverse()
  return (
    <Box component="section" aria-labelledby="versions-heading" sx={{ mt: 2 }}>
      <Typography variant="h3" id="versions-heading" sx={{ mb: 1 }}>
        Signed versions
      </Typography>
      {files.notice}
      {problem && (
        <Alert severity="error" sx={{ mb: 1 }} onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}
      {meeting.record.correction && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          Correction under way: {meeting.record.correction.what} (asked by {meeting.record.correction.askedBy}
          ). Sign again to make the next version.
        </Alert>
      )}
      <Stack component="ol" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {versions.map((version) => (
          <Box
            component="li"
            key={version.number}
            sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 1.5 }}
          >
            <Typography sx={{ fontWeight: 600 }}>
              Version {version.number}: signed {formatBritishDateTime(new Date(version.signedAt))} by{' '}
              <bdi>{version.signer.name}</bdi>
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
              Fingerprint (SHA-256): {version.hash.slice(0, 16)}…
            </Typography>
            {version.corrections.map((correction) => (
              <Typography variant="body2" key={correction.at}>
                {withFullStop(`Corrected: ${correction.what}`)} Asked by {correction.askedBy},{' '}
                {formatBritishDateTime(new Date(correction.at))}.
              </Typography>
            ))}
            {offersDocuments(meeting) && (
              <Button size="small" disabled={busy} onClick={() => void exportVersion(version.number)}>
                Download version {version.number} (signed Word documents)
              </Button>
            )}
          </Box>
        ))}
      </Stack>
      {meeting.record.signOff && (
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
          <Button onClick={() => (setFromAdministrator(null), setCorrecting(true))} id="start-correction">
            Start a correction…
          </Button>
          <Button onClick={picker.choose} id="open-correction-request">
            Open a correction request from the administrator…
          </Button>
          {picker.input}
        </Stack>
      )}
      <Dialog
        open={correcting}
        onClose={() => {
          setCorrecting(false)
          setCorrectionProblem(null)
        }}
        aria-labelledby="correction-title"
      >
        <DialogTitle id="correction-title">Start a correction</DialogTitle>
        <DialogContent>
          {correctionProblem && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {correctionProblem}
            </Alert>
          )}
          {fromAdministrator && (
            <Alert severity="info" sx={{ mb: 2 }}>
              Asked for by <bdi>{fromAdministrator.askedBy}</bdi> on{' '}
              {formatBritishDate(fromAdministrator.receivedOn)}
              {fromAdministrator.late ? ', after the window for corrections closed' : ''}, about version{' '}
              {fromAdministrator.signedVersion}. Accepted by <bdi>{fromAdministrator.from}</bdi>:{' '}
              {fromAdministrator.reason}
            </Alert>
          )}
          <DialogContentText sx={{ mb: 2 }}>
            The signed version stays as it is. Make the correction, then sign again: that makes a new version,
            with this correction in its log.
          </DialogContentText>
          <TextField
            id="correction-what"
            label="What is being corrected"
            value={what}
            onChange={(event) => setWhat(event.target.value)}
            error={correctionProblem !== null && what.trim() === ''}
            required
            fullWidth
            multiline
            sx={{ mb: 2 }}
            autoFocus
          />
          <TextField
            id="correction-asked-by"
            label="Who asked for it"
            value={askedBy}
            onChange={(event) => setAskedBy(event.target.value)}
            // Enter starts it, as Enter adds in the other dialogs.
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return
              event.preventDefault()
              void startCorrection()
            }}
            error={correctionProblem !== null && askedBy.trim() === ''}
            required
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setCorrecting(false)}>Cancel</Button>
          <Button variant="contained" onClick={() => void startCorrection()}>
            Start the correction
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  )
}
