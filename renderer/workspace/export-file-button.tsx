import { useState } from 'react'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined'

/**
 * Exports the meeting file, after saying what it is: everything in the meeting, unencrypted (the file is
 * for scripts, a backup, or the chair's own other laptop; never for a parent or the administrator).
 */
export function ExportFileButton({ onExport }: { readonly onExport: () => Promise<void> }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={() => setOpen(true)}>
        Export meeting file
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="export-file-title">
        <DialogTitle id="export-file-title">Export the meeting file?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            The file is not encrypted, and it holds everything in the meeting: private notes, what was said in
            closed parts and, in mediation, the screening answers and what each parent said in their room.
            Keep it on this laptop or an encrypted drive, and never email it. For a parent or the
            administrator, download their documents instead.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} autoFocus>
            Cancel
          </Button>
          <Button
            variant="contained"
            onClick={() => {
              setOpen(false)
              void onExport()
            }}
          >
            Export the file
          </Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
