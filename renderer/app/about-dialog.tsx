import { useEffect, useState } from 'react'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Typography from '@mui/material/Typography'
import type { AppInfo } from '../../shared/contract/values.ts'
import { convene } from '../api/convene.ts'

/** Version, and where this laptop keeps the meetings and the logs. */
export function AboutDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    if (open)
      void convene()
        .app.info()
        .then((result) => result.ok && setInfo(result.value))
  }, [open])
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="about-title">
      <DialogTitle id="about-title">About Convene</DialogTitle>
      <DialogContent>
        <Typography gutterBottom>Version {info?.version ?? '…'}</Typography>
        <Typography gutterBottom>
          Meetings are kept encrypted in <code>{info?.dataFolder ?? '…'}</code>
        </Typography>
        <Typography>
          Logs (with no names or minute text) are in <code>{info?.logFolder ?? '…'}</code>
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  )
}
