import Dialog from '@mui/material/Dialog'
import DialogTitle from '@mui/material/DialogTitle'
import List from '@mui/material/List'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemText from '@mui/material/ListItemText'
import DialogActions from '@mui/material/DialogActions'
import Button from '@mui/material/Button'
import type { AgendaSection } from '../../shared/model/agenda.ts'

/** Chooses the section a note moves to. */
export function MoveNoteDialog({
  agenda,
  fromKey,
  onMove,
  onCancel,
}: {
  readonly agenda: ReadonlyArray<AgendaSection>
  readonly fromKey: string
  readonly onMove: (sectionKey: string) => void
  readonly onCancel: () => void
}) {
  return (
    <Dialog open onClose={onCancel} aria-labelledby="move-note-title">
      <DialogTitle id="move-note-title">Move the note to…</DialogTitle>
      <List sx={{ pt: 0 }}>
        {agenda.map((section) => (
          <ListItemButton
            key={section.key}
            disabled={section.key === fromKey}
            onClick={() => onMove(section.key)}
            autoFocus={section.key !== fromKey && agenda[0]?.key === section.key}
          >
            <ListItemText
              primary={section.heading}
              secondary={section.key === fromKey ? 'It is here now' : undefined}
            />
          </ListItemButton>
        ))}
      </List>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
      </DialogActions>
    </Dialog>
  )
}
