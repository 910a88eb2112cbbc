import { useState } from 'react'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import KeyboardOutlined from '@mui/icons-material/KeyboardOutlined'
import { chordLabel, inBrowser, sectionShortcut } from '../common/shortcuts.ts'

const [first, ninth, tenth] = [sectionShortcut(0), sectionShortcut(8), sectionShortcut(9)]
const shortcuts: ReadonlyArray<readonly [string, string]> = [
  ['Enter', 'Add the note'],
  ['Shift+Enter', 'New line in a note'],
  [`${first} … ${ninth}, ${tenth}`, 'Go to that section of the agenda'],
  ['Ctrl+. and Ctrl+,', 'Next and previous section'],
  [
    chordLabel('speaker'),
    'Choose the speaker: a few letters of a name or role (‘sar’, ‘hv’, ‘mum’), then Enter',
  ],
  [chordLabel('closed-part'), 'Start or end a closed part (notes not for the family)'],
  [chordLabel('own-words'), 'Mark the next note as their own words'],
  [chordLabel('wording'), 'Explain the underlined wording nearest the cursor, and offer other words'],
  [chordLabel('safeguarding'), 'Raise a safeguarding concern (what you are typing stays where it is)'],
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
          {inBrowser && (
            <DialogContentText sx={{ mt: 2 }}>
              In a web browser, Ctrl with a number, K or J also belongs to the browser (switch tab, search,
              downloads), so here the shortcuts add Alt. In the Convene app they are Ctrl with the number, K
              or J, and Ctrl+Shift with H, O or G.
            </DialogContentText>
          )}
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
