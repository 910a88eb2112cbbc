import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { formatBritishDate, ukDateOf } from '../../shared/dates/british-date.ts'
import type { DeskRecord } from '../../shared/handover/desk-due.ts'
import type { CorrectionView } from '../../shared/handover/desk-log.ts'
import { convene } from '../api/convene.ts'
import { useFileSaver } from '../common/save-files.tsx'
import { BritishDateField } from '../common/british-date-field.tsx'

/**
 * The corrections asked for: recorded as they come (who, the day, what), each said to be within its window
 * or late, and accepted or declined with a reason the family will read. An accepted one goes to the chair,
 * who signs a corrected version and hands it over again.
 */
export function CorrectionsPanel({
  handoverId,
  record,
  onChanged,
}: {
  readonly handoverId: string
  readonly record: DeskRecord
  readonly onChanged: (record: DeskRecord) => void
}) {
  const [adding, setAdding] = useState(false)
  const [deciding, setDeciding] = useState<{ correction: CorrectionView; accepted: boolean } | null>(null)
  const corrections = record.row.corrections
  const [problem, setProblem] = useState<string | null>(null)
  const files = useFileSaver()
  // Sealed to the chair's laptop alone: saved for the administrator to give them (email, shared drive).
  const sendToChair = async (correctionId: string) => {
    setProblem(null)
    const sealed = await convene().desk.correctionForChair(handoverId, correctionId)
    if (!sealed.ok) return setProblem(sealed.error.message)
    const saved = await files.save([sealed.value])
    if (!saved.ok) return setProblem(saved.error.message)
    if (saved.value.cancelled) return
    const next = await convene().desk.record(handoverId)
    if (next.ok) onChanged(next.value)
  }
  return (
    <Box component="section" aria-labelledby="corrections-heading" sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h3" id="corrections-heading" sx={{ flex: 1 }}>
          Corrections asked for
        </Typography>
        <Button variant="outlined" onClick={() => setAdding(true)} id="record-correction">
          Record a request…
        </Button>
      </Box>
      {problem && <Alert severity="error">{problem}</Alert>}
      {files.notice}
      {record.row.correctionsOpenUntil && (
        <Typography color="text.secondary">
          The window for corrections is open until {formatBritishDate(record.row.correctionsOpenUntil)}.
        </Typography>
      )}
      {corrections.length === 0 ? (
        <Typography color="text.secondary">None asked for.</Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
          {corrections.map((each) => (
            <Box
              component="li"
              key={each.id}
              sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, display: 'grid', gap: 0.5 }}
            >
              <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
                <Typography sx={{ fontWeight: 600 }}>
                  <bdi>{each.from}</bdi>, received {formatBritishDate(each.receivedOn)}
                </Typography>
                {each.late ? (
                  <Chip
                    size="small"
                    color="warning"
                    label={`Late: the window closed on ${each.windowCloses ? formatBritishDate(each.windowCloses) : ''}`}
                  />
                ) : (
                  <Chip size="small" label="Within the window" />
                )}
                <Chip size="small" variant="outlined" label={`About version ${each.version}`} />
              </Box>
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{each.request}</Typography>
              {each.decision ? (
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography sx={{ flex: 1, minWidth: 240 }}>
                    <strong>{each.decision.accepted ? 'Accepted' : 'Declined'}</strong>:{' '}
                    {each.decision.reason}
                    {each.decision.accepted &&
                      (each.version < record.row.version
                        ? ` Corrected in version ${record.row.version}.`
                        : each.sentToChair
                          ? ` Sent to the chair on ${formatBritishDate(ukDateOf(new Date(each.sentToChair)))}: the corrected version comes back as a new handover.`
                          : ' Send it to the chair, who corrects the minutes and hands the corrected version over.')}
                  </Typography>
                  {each.decision.accepted && each.version === record.row.version && (
                    <Button size="small" onClick={() => void sendToChair(each.id)}>
                      {each.sentToChair ? 'Send to the chair again…' : 'Send to the chair…'}
                    </Button>
                  )}
                </Box>
              ) : (
                <Box sx={{ display: 'flex', gap: 1 }}>
                  <Button size="small" onClick={() => setDeciding({ correction: each, accepted: true })}>
                    Accept…
                  </Button>
                  <Button size="small" onClick={() => setDeciding({ correction: each, accepted: false })}>
                    Decline…
                  </Button>
                </Box>
              )}
            </Box>
          ))}
        </Box>
      )}
      {adding && (
        <RecordCorrectionDialog
          handoverId={handoverId}
          record={record}
          onClose={() => setAdding(false)}
          onSaved={(next) => (setAdding(false), onChanged(next))}
        />
      )}
      {deciding && (
        <DecideDialog
          handoverId={handoverId}
          correction={deciding.correction}
          accepted={deciding.accepted}
          onClose={() => setDeciding(null)}
          onSaved={(next) => (setDeciding(null), onChanged(next))}
        />
      )}
    </Box>
  )
}

function RecordCorrectionDialog({
  handoverId,
  record,
  onClose,
  onSaved,
}: {
  readonly handoverId: string
  readonly record: DeskRecord
  readonly onClose: () => void
  readonly onSaved: (record: DeskRecord) => void
}) {
  const people = record.distribution.filter((each) => each.copy !== 'none')
  const [who, setWho] = useState(people[0]?.id ?? '')
  const [receivedOn, setReceivedOn] = useState<string | null>(ukDateOf(new Date()))
  const [request, setRequest] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const save = async () => {
    const person = people.find((each) => each.id === who)
    if (!person) return setProblem('Choose who asked.')
    if (!receivedOn) return setProblem('Enter the day the request came, like 02/12/2026.')
    if (!request.trim()) return setProblem('Say what they asked to be corrected.')
    const result = await convene().desk.recordCorrection(handoverId, {
      recipientId: person.id,
      from: person.name,
      receivedOn,
      request,
    })
    if (!result.ok) return setProblem(result.error.message)
    onSaved(result.value)
  }
  return (
    <Dialog open onClose={onClose} aria-labelledby="correction-title" fullWidth maxWidth="sm">
      <DialogTitle id="correction-title">Record a correction asked for</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {problem && <Alert severity="error">{problem}</Alert>}
        <TextField
          select
          label="Who asked"
          value={who}
          onChange={(event) => setWho(event.target.value)}
          slotProps={{ select: { native: true } }}
        >
          {people.map((each) => (
            <option key={each.id} value={each.id}>
              {each.name}
              {each.role ? `, ${each.role}` : ''}
            </option>
          ))}
        </TextField>
        <BritishDateField
          id="correction-received"
          label="Received on"
          value={receivedOn}
          onChange={setReceivedOn}
          required
        />
        <TextField
          label="What they asked to be corrected"
          multiline
          minRows={3}
          value={request}
          onChange={(event) => setRequest(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 4000 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void save()}>
          Record the request
        </Button>
      </DialogActions>
    </Dialog>
  )
}

function DecideDialog({
  handoverId,
  correction,
  accepted,
  onClose,
  onSaved,
}: {
  readonly handoverId: string
  readonly correction: CorrectionView
  readonly accepted: boolean
  readonly onClose: () => void
  readonly onSaved: (record: DeskRecord) => void
}) {
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const save = async () => {
    if (!reason.trim()) return setProblem('Give the reason, in words the family will read.')
    const result = await convene().desk.decideCorrection(handoverId, correction.id, accepted, reason)
    if (!result.ok) return setProblem(result.error.message)
    onSaved(result.value)
  }
  return (
    <Dialog open onClose={onClose} aria-labelledby="decide-title" fullWidth maxWidth="sm">
      <DialogTitle id="decide-title">
        {accepted ? 'Accept' : 'Decline'} the correction asked for by <bdi>{correction.from}</bdi>
      </DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {correction.late && (
          <Alert severity="warning">
            This request came after its window closed. You may still accept it; say why.
          </Alert>
        )}
        {problem && <Alert severity="error">{problem}</Alert>}
        <TextField
          label="Reason"
          multiline
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
          helperText="This is recorded in the log and cannot be changed afterwards."
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void save()}>
          {accepted ? 'Accept' : 'Decline'}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
