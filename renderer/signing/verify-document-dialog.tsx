import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import type { VerifyOutcome } from '../../shared/model/identity.ts'
import { verifyVerdict } from '../../shared/model/verify-verdict.ts'
import { convene } from '../api/convene.ts'
import { toBase64 } from '../common/download.ts'
import { useFilePicker } from '../common/file-picker.tsx'

/**
 * The dialog of 'Verify a document': choose a Word document, and read who signed it, when, and whether it
 * has changed since. Its own chunk: the first screen shows only the button.
 */
export function VerifyDocumentDialog({ onClose }: { readonly onClose: () => void }) {
  const [outcome, setOutcome] = useState<{ readonly name: string; readonly result: VerifyOutcome } | null>(
    null,
  )
  const [problem, setProblem] = useState<string | null>(null)
  const check = async (file: File): Promise<void> => {
    // The same limit main keeps to; checked here so a huge file is not read into the page at all.
    if (file.size > 100 * 1024 * 1024) {
      setOutcome(null)
      return setProblem(
        `${file.name} is larger than any document Convene signs (over 100 MB), so it is not checked.`,
      )
    }
    const result = await convene().documents.verify(toBase64(new Uint8Array(await file.arrayBuffer())))
    if (result.ok) {
      setOutcome({ name: file.name, result: result.value })
      setProblem(null)
    } else setProblem(result.error.message)
  }
  const picker = useFilePicker({
    accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Document to verify',
    testId: 'verify-file-input',
    onFile: (file) => void check(file),
  })
  const verdict = outcome ? verifyVerdict(outcome.result, 'app') : null
  return (
    <Dialog open onClose={onClose} aria-labelledby="verify-title" fullWidth maxWidth="sm">
      <DialogTitle id="verify-title">Verify a signed document</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Choose a Word document Convene signed. It is checked here, on this laptop: whether anything has
          changed since it was signed, when, and whether the certificate it was signed with is one this laptop
          or the council trusts.
        </DialogContentText>
        <Button variant="outlined" onClick={picker.choose}>
          Choose a document…
        </Button>
        {picker.input}
        {problem && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem}
          </Alert>
        )}
        {outcome && verdict && (
          <Alert
            role="status"
            severity={verdict.severity}
            // A fingerprint is one long word: let it wrap rather than make the message scroll sideways.
            sx={{ mt: 2, '& .MuiAlert-message': { overflowWrap: 'anywhere' } }}
          >
            <strong>
              {outcome.name}: {verdict.headline}
            </strong>{' '}
            {verdict.detail}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  )
}
