import { useEffect, useRef, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import CircularProgress from '@mui/material/CircularProgress'
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
  RecipientSchema,
  type Recipient,
} from '../../shared/handover/handover.ts'
import { convene } from '../api/convene.ts'

/** What is wrong with an email address typed so far, or null: empty is fine (added later). */
function emailProblem(recipient: Recipient): string | null {
  if (recipient.email === '') return null
  return RecipientSchema.shape.email.safeParse(recipient.email).success
    ? null
    : 'Not a complete email address yet, like name@council.gov.uk'
}

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
  const [changed, setChanged] = useState(false)
  const latest = useRef(recipients)
  latest.current = recipients
  const change = (index: number, patch: Partial<Recipient>) => {
    setSaved(false)
    setChanged(true)
    setRecipients(
      (before) => before?.map((each, at) => (at === index ? { ...each, ...patch } : each)) ?? null,
    )
  }
  const add = () => {
    if (recipients === null) return
    setSaved(false)
    setChanged(true)
    setRecipients((before) => [
      ...(before ?? []),
      {
        id: crypto.randomUUID(),
        name: '',
        role: '',
        group: 'added',
        // The safe copy to start from: someone added may be a parent's solicitor. A GP or a school is given
        // the full minutes by choice.
        copy: 'family',
        how: 'email',
        reason: '',
        email: '',
        address: '',
        doNotDisclose: false,
      },
    ])
  }
  /** Saves the list; true when it was kept (or nothing had changed). */
  const save = async (): Promise<boolean> => {
    // The list as it is now, not as it was when this was pressed: saved again if it changes meanwhile.
    const sent = latest.current
    if (!sent) return true
    if (sent.some((each) => each.name.trim() === '')) {
      setProblem('Give each person added a name (or remove them).')
      return false
    }
    const unreadable = sent.find((each) => emailProblem(each) !== null)
    if (unreadable) {
      setProblem(
        `${unreadable.name}’s email address is not complete: finish it, or empty it to add it later.`,
      )
      return false
    }
    const result = await convene().handover.updateDistribution(handoverId, [...sent])
    if (!result.ok) {
      setProblem(result.error.message)
      return false
    }
    setProblem(null)
    // Changed while it was saved: what was typed since is saved too, never put back to what was sent.
    if (latest.current !== sent) return save()
    setRecipients(result.value)
    setSaved(true)
    setChanged(false)
    return true
  }
  // Closing keeps what was typed: the list is saved first, and stays open if it cannot be.
  const close = async () => {
    if (!changed || (await save())) onClose()
  }
  const gaps = recipients ? distributionGaps(recipients) : []
  return (
    <Dialog open onClose={() => void close()} aria-labelledby="distribution-title" fullWidth maxWidth="lg">
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
                {/* Family never get the full minutes: they hold what was heard in a closed part. */}
                {copyKinds
                  .filter((kind) => kind !== 'full' || recipient.group !== 'family')
                  .map((kind) => (
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
                  error={emailProblem(recipient) !== null}
                  helperText={emailProblem(recipient) ?? undefined}
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
                    setChanged(true),
                    setRecipients((before) => before?.filter((_each, at) => at !== index) ?? null)
                  )}
                >
                  Remove
                </Button>
              </Box>
            )}
          </Box>
        ))}
        {recipients === null && problem === null && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
            <CircularProgress size={20} aria-label="Reading the list" />
            <Typography color="text.secondary">Reading the list…</Typography>
          </Box>
        )}
        <Box>
          {/* Only once the list is read: someone added before it arrived would be overwritten by it. */}
          <Button variant="outlined" onClick={add} id="add-recipient" disabled={recipients === null}>
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
        <Button onClick={() => void close()}>Close</Button>
        <Button variant="contained" onClick={() => void save()} disabled={!recipients}>
          Save the list
        </Button>
      </DialogActions>
    </Dialog>
  )
}
