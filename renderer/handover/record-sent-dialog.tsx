import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormGroup from '@mui/material/FormGroup'
import { ukDateOf } from '../../shared/dates/british-date.ts'
import type { DeskRecord } from '../../shared/handover/desk-due.ts'
import { owedThe, sendingLabels, type Sending } from '../../shared/handover/desk-log.ts'
import { copyKindWords, deliveryWayWords } from '../../shared/handover/handover.ts'
import { convene } from '../api/convene.ts'
import { BritishDateField } from '../common/british-date-field.tsx'

/**
 * 'Record what was sent': Convene sends nothing, so the administrator says who they sent a sending to and
 * on which day; those not yet sent it are ticked to begin with.
 */
export function RecordSentDialog({
  handoverId,
  record,
  what,
  onClose,
  onRecorded,
}: {
  readonly handoverId: string
  readonly record: DeskRecord
  readonly what: Sending
  readonly onClose: () => void
  readonly onRecorded: (record: DeskRecord) => void
}) {
  const owed = owedThe(what, record.distribution)
  const already = new Set(
    record.log.flatMap((entry) =>
      entry.type === 'sent' && entry.what === what && entry.version === record.row.version
        ? [entry.recipientId]
        : [],
    ),
  )
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(owed.filter((each) => !already.has(each.id)).map((each) => each.id)),
  )
  const [on, setOn] = useState<string | null>(ukDateOf(new Date()))
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const save = async () => {
    if (!on) return setProblem('Enter the day it was sent, like 24/11/2026.')
    if (chosen.size === 0) return setProblem('Tick who it was sent to.')
    setBusy(true)
    const result = await convene().desk.recordSent(handoverId, what, [...chosen], on)
    setBusy(false)
    if (!result.ok) return setProblem(result.error.message)
    onRecorded(result.value)
  }
  const label = sendingLabels[what].toLocaleLowerCase('en-GB')
  return (
    <Dialog open onClose={onClose} aria-labelledby="record-sent-title" fullWidth maxWidth="sm">
      <DialogTitle id="record-sent-title">Record who was sent the {label}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>
          Convene does not send anything. Tick who you sent it to, from your own email or by post, and the day
          it went. This goes in the log and cannot be changed afterwards.
        </DialogContentText>
        {problem && <Alert severity="error">{problem}</Alert>}
        <FormGroup aria-label={`Who was sent the ${label}`}>
          {owed.map((each) => (
            <FormControlLabel
              key={each.id}
              control={
                <Checkbox
                  checked={chosen.has(each.id)}
                  onChange={(event) =>
                    setChosen((before) => {
                      const next = new Set(before)
                      if (event.target.checked) next.add(each.id)
                      else next.delete(each.id)
                      return next
                    })
                  }
                />
              }
              label={
                <span>
                  <bdi>{each.name}</bdi>
                  {each.role ? `, ${each.role}` : ''}:{' '}
                  {what === 'minutes' ? copyKindWords[each.copy] : 'the decision letter and plan'},{' '}
                  {deliveryWayWords[each.how]}
                  {already.has(each.id) ? ' (already recorded as sent)' : ''}
                </span>
              }
            />
          ))}
        </FormGroup>
        <BritishDateField id="sent-on" label="Sent on" value={on} onChange={setOn} required />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          Record as sent
        </Button>
      </DialogActions>
    </Dialog>
  )
}
