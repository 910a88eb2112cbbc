import { useState } from 'react'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import KeyboardOutlined from '@mui/icons-material/KeyboardOutlined'

const shortcuts: ReadonlyArray<readonly [string, string]> = [
  ['Enter', 'Add the note'],
  ['Shift+Enter', 'New line in a note'],
  ['Ctrl+1 … Ctrl+9, Ctrl+0', 'Go to that section of the agenda'],
  ['Ctrl+. and Ctrl+,', 'Next and previous section'],
  ['Ctrl+K', 'Choose the speaker (type a few letters, then Enter)'],
  ['Ctrl+Shift+H', 'Start or end a closed part (notes not for the family)'],
  ['Ctrl+Shift+O', 'Mark the next note as their own words'],
  ['Ctrl+J', 'Explain the underlined wording nearest the cursor, and offer other words'],
  ['1 … 9 (in a suggestion)', 'Use that wording; K keeps yours here, M keeps it for the meeting'],
  ['Ctrl+Z', 'Undo deleting a note (in a note: undo typing or a suggestion used)'],
]

/** The live meeting's keyboard shortcuts, one click (or Tab and Enter) away. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button startIcon={<KeyboardOutlined />} onClick={() => setOpen(true)}>
        Shortcuts
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="shortcuts-title">
        <DialogTitle id="shortcuts-title">Keyboard shortcuts</DialogTitle>
        <DialogContent>
          <Table size="small" aria-labelledby="shortcuts-title">
            <TableBody>
              {shortcuts.map(([keys, what]) => (
                <TableRow key={keys}>
                  <TableCell
                    component="th"
                    scope="row"
                    sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }}
                  >
                    {keys}
                  </TableCell>
                  <TableCell>{what}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} autoFocus>
            Close
          </Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
