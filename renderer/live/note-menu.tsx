import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import type { MeetingCommand } from '../../shared/meeting/meeting-command.ts'
import type { Note } from '../../shared/model/notes.ts'
import { toEveryone, toProfessionals } from '../../shared/model/visibility.ts'
import { sameVisibility, type VisibilityChoice } from './capture-flags.tsx'

type Props = {
  readonly anchor: HTMLElement | null
  readonly note: Note | undefined
  readonly onClose: () => void
  readonly onEdit: (noteId: string) => void
  readonly onMove: (note: Note) => void
  readonly onSend: (command: MeetingCommand) => void
  readonly onDelete: (noteId: string) => void
  /**
   * Who a note may be for, where the kind offers a choice (mediation); null for a conference's switch
   * between everyone and a closed part.
   */
  readonly audiences: ReadonlyArray<VisibilityChoice> | null
}

/** The one menu of what can be done to a note: edit its words or speaker, move it, flag it, delete it. */
export function NoteMenu({ anchor, note, onClose, onEdit, onMove, onSend, onDelete, audiences }: Props) {
  const then = (action: (note: Note) => void) => () => {
    onClose()
    if (note) action(note)
  }
  return (
    <Menu anchorEl={anchor} open={anchor !== null && note !== undefined} onClose={onClose}>
      <MenuItem onClick={then((chosen) => onEdit(chosen.id))}>Edit the words or who said it</MenuItem>
      <MenuItem onClick={then(onMove)}>Move to another section…</MenuItem>
      {audiences
        ? // Mediation: each choice the capture box offers, but the one the note has (never a closed part).
          audiences
            .filter((choice) => note === undefined || !sameVisibility(choice.visibility, note.visibility))
            .map((choice) => (
              <MenuItem
                key={choice.label}
                onClick={then((chosen) =>
                  onSend({ type: 'set-note-details', noteId: chosen.id, visibility: choice.visibility }),
                )}
              >
                For: {choice.label}
              </MenuItem>
            ))
        : [
            <MenuItem
              key="family"
              onClick={then((chosen) =>
                onSend({
                  type: 'set-note-details',
                  noteId: chosen.id,
                  visibility: chosen.visibility.to === 'everyone' ? toProfessionals : toEveryone,
                }),
              )}
            >
              {note && note.visibility.to !== 'everyone'
                ? 'Share with the family'
                : 'Mark as not for the family'}
            </MenuItem>,
          ]}
      <MenuItem
        onClick={then((chosen) =>
          onSend({ type: 'set-note-details', noteId: chosen.id, verbatim: !chosen.verbatim }),
        )}
      >
        {note?.verbatim ? 'Not in their own words' : 'Mark as their own words'}
      </MenuItem>
      <MenuItem sx={{ color: 'error.main' }} onClick={then((chosen) => onDelete(chosen.id))}>
        Delete
      </MenuItem>
    </Menu>
  )
}
