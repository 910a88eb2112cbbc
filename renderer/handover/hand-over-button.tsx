import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import SendOutlined from '@mui/icons-material/SendOutlined'
import type { TrustedAdministrator } from '../../shared/handover/handover.ts'
import { convene } from '../api/convene.ts'
import { ChoiceGroup } from '../mediation/choice-group.tsx'
import { useFileSaver } from '../common/save-files.tsx'

/**
 * 'Hand over to the administrator': a signed meeting sealed for one administrator the chair has added,
 * saved as a file to give them (a shared drive, a USB stick, an email attachment). Only their Convene
 * opens it; Convene sends nothing itself.
 */
export function HandOverButton({ meetingId }: { readonly meetingId: string }) {
  const [open, setOpen] = useState(false)
  const [administrators, setAdministrators] = useState<ReadonlyArray<TrustedAdministrator> | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const files = useFileSaver()
  const start = async () => {
    setProblem(null)
    // Read afresh each time: last time's list is not offered, to be changed under the chair's hand.
    setAdministrators(null)
    setChosen(null)
    setOpen(true)
    const listed = await convene().handover.administrators()
    if (!listed.ok) return setProblem(listed.error.message)
    setAdministrators(listed.value)
    setChosen(listed.value.length === 1 ? (listed.value[0]?.fingerprint ?? null) : null)
  }
  const handOver = async () => {
    if (!chosen) return setProblem('Choose the administrator to hand it over to.')
    setBusy(true)
    const sealed = await convene().handover.handOver(meetingId, chosen)
    setBusy(false)
    if (!sealed.ok) return setProblem(sealed.error.message)
    const saved = await files.save([sealed.value])
    if (!saved.ok) return setProblem(saved.error.message)
    setOpen(false)
  }
  return (
    <>
      <Button variant="outlined" startIcon={<SendOutlined />} onClick={() => void start()} id="hand-over">
        Hand over to the administrator…
      </Button>
      {files.notice}
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="hand-over-title" fullWidth>
        <DialogTitle id="hand-over-title">Hand over to the administrator</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>
            The signed documents, the meeting as the administrator may see it (no closed-part note, no private
            note) and who gets which copy, sealed in one file only their Convene can open. Give them the file
            any way you like: Convene sends nothing itself.
          </DialogContentText>
          {administrators && administrators.length === 0 && (
            <Alert severity="info">
              No administrator added yet. Add one in Settings, Handovers, with their card and the fingerprint
              they read to you.
            </Alert>
          )}
          {administrators && administrators.length > 0 && (
            <ChoiceGroup
              id="hand-over-to"
              label="Hand it over to"
              value={chosen}
              options={administrators.map(
                (each) => [each.fingerprint, `${each.name} (key ${each.fingerprint})`] as const,
              )}
              onChange={setChosen}
            />
          )}
          {problem && <Alert severity="error">{problem}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            variant="contained"
            disabled={busy || !administrators || administrators.length === 0}
            onClick={() => void handOver()}
          >
            Seal and save the file
          </Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
