import { useEffect, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  copyKindLabels,
  copyKinds,
  deliveryWays,
  distributionGaps,
  type Recipient,
} from '../../shared/handover/handover.ts'
import { convene } from '../api/convene.ts'

const wayLabels: Readonly<Record<Recipient['how'], string>> = {
  email: 'Email',
  post: 'Post',
  'by-hand': 'By hand',
  'secure-portal': 'Secure portal',
}

/**
 * Who gets which copy of a handed-over record, and how: the meeting's people to start with; someone added
 * (a GP, a school, a solicitor); each one's address, and whether it must be kept from everyone else's
 * copy. Kept however far it is filled in; what is still missing is said.
 */
export function DistributionEditor({
  handoverId,
  familyName,
  onClose,
}: {
  readonly handoverId: string
  readonly familyName: string
  readonly onClose: () => void
}) {
  const [recipients, setRecipients] = useState<ReadonlyArray<Recipient> | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    void convene()
      .handover.distribution(handoverId)
      .then((result) => (result.ok ? setRecipients(result.value) : setProblem(result.error.message)))
  }, [handoverId])
  const change = (index: number, patch: Partial<Recipient>) => {
    setSaved(false)
    setRecipients(
      (before) => before?.map((each, at) => (at === index ? { ...each, ...patch } : each)) ?? null,
    )
  }
  const add = () => {
    setSaved(false)
    setRecipients((before) => [
      ...(before ?? []),
      {
        id: crypto.randomUUID(),
        name: '',
        role: '',
        group: 'added',
        copy: 'full',
        how: 'email',
        reason: '',
        email: '',
        address: '',
        doNotDisclose: false,
      },
    ])
  }
  const save = async () => {
    if (!recipients) return
    if (recipients.some((each) => each.name.trim() === ''))
      return setProblem('Give each person added a name (or remove them).')
    const result = await convene().handover.updateDistribution(handoverId, [...recipients])
    if (!result.ok) return setProblem(result.error.message)
    setProblem(null)
    setRecipients(result.value)
    setSaved(true)
  }
  const gaps = recipients ? distributionGaps(recipients) : []
  return (
    <Dialog open onClose={onClose} aria-labelledby="distribution-title" fullWidth maxWidth="lg">
      <DialogTitle id="distribution-title">
        Who gets which copy: the <bdi>{familyName}</bdi> family
      </DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        {recipients?.map((recipient, index) => (
          <Box
            key={recipient.id}
            component="fieldset"
            aria-label={recipient.name || 'Someone added'}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, display: 'grid', gap: 1.5 }}
          >
            {recipient.group === 'added' ? (
              <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { md: '1fr 1fr' } }}>
                <TextField
                  label="Name"
                  size="small"
                  value={recipient.name}
                  onChange={(event) => change(index, { name: event.target.value })}
                  slotProps={{ htmlInput: { maxLength: 200 } }}
                />
                <TextField
                  label="Role or organisation"
                  size="small"
                  placeholder="GP, school, solicitor"
                  value={recipient.role}
                  onChange={(event) => change(index, { role: event.target.value })}
                  slotProps={{ htmlInput: { maxLength: 120 } }}
                />
              </Box>
            ) : (
              <Typography sx={{ fontWeight: 600 }}>
                <bdi>{recipient.name}</bdi>
                {recipient.role ? `, ${recipient.role}` : ''}
              </Typography>
            )}
            <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { md: '1fr 1fr' } }}>
              <TextField
                select
                label="Copy"
                size="small"
                value={recipient.copy}
                onChange={(event) => change(index, { copy: event.target.value as Recipient['copy'] })}
                slotProps={{ select: { native: true } }}
              >
                {copyKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {copyKindLabels[kind]}
                  </option>
                ))}
              </TextField>
              {recipient.copy === 'none' ? (
                <TextField
                  label="Why none"
                  size="small"
                  value={recipient.reason}
                  onChange={(event) => change(index, { reason: event.target.value })}
                  slotProps={{ htmlInput: { maxLength: 500 } }}
                />
              ) : (
                <TextField
                  select
                  label="How"
                  size="small"
                  value={recipient.how}
                  onChange={(event) => change(index, { how: event.target.value as Recipient['how'] })}
                  slotProps={{ select: { native: true } }}
                >
                  {deliveryWays.map((way) => (
                    <option key={way} value={way}>
                      {wayLabels[way]}
                    </option>
                  ))}
                </TextField>
              )}
            </Box>
            {recipient.copy !== 'none' && (
              <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { md: '1fr 1fr' } }}>
                <TextField
                  label="Email"
                  size="small"
                  type="email"
                  value={recipient.email}
                  onChange={(event) => change(index, { email: event.target.value.trim() })}
                  slotProps={{ htmlInput: { maxLength: 254 } }}
                />
                <TextField
                  label="Postal address"
                  size="small"
                  multiline
                  minRows={2}
                  value={recipient.address}
                  onChange={(event) => change(index, { address: event.target.value })}
                  slotProps={{ htmlInput: { maxLength: 500 } }}
                />
              </Box>
            )}
            {recipient.copy !== 'none' && (
              <FormControlLabel
                control={
                  <Checkbox
                    checked={recipient.doNotDisclose}
                    onChange={(event) => change(index, { doNotDisclose: event.target.checked })}
                  />
                }
                label="Do not disclose this address: keep it out of everyone else’s copy"
              />
            )}
            {recipient.group === 'added' && (
              <Box>
                <Button
                  color="error"
                  size="small"
                  onClick={() => (
                    setSaved(false),
                    setRecipients((before) => before?.filter((_each, at) => at !== index) ?? null)
                  )}
                >
                  Remove
                </Button>
              </Box>
            )}
          </Box>
        ))}
        <Box>
          <Button variant="outlined" onClick={add} id="add-recipient">
            Add someone (a GP, a school, a solicitor)
          </Button>
        </Box>
        {gaps.length > 0 && (
          <Alert severity="warning">
            Still to fill in before the copies go:
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {gaps.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </Box>
          </Alert>
        )}
        {saved && (
          <Alert severity="success" role="status">
            Saved.
          </Alert>
        )}
        {problem && <Alert severity="error">{problem}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        <Button variant="contained" onClick={() => void save()} disabled={!recipients}>
          Save the list
        </Button>
      </DialogActions>
    </Dialog>
  )
}
