import { useRef, useState, type KeyboardEvent } from 'react'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { LanguageAssist } from '../language/language-assist.tsx'
import type { DisplayNote, NoteActions } from './display-note.ts'

type Props = {
  readonly note: Pick<DisplayNote, 'id' | 'sectionKey' | 'text' | 'verbatim'>
  readonly actions: Pick<NoteActions, 'saveEdit' | 'cancelEdit'>
}

/** Edits a note's words in place, with the language assistant: Enter saves, Esc cancels. */
export function NoteEditor({ note, actions }: Props) {
  const [draft, setDraft] = useState(note.text)
  const field = useRef<HTMLTextAreaElement>(null)
  const statusId = `note-language-${note.id}`
  const save = async (): Promise<void> => {
    if (draft.trim() === '') return
    if (draft === note.text) actions.cancelEdit()
    else if (await actions.saveEdit(note.id, draft)) actions.cancelEdit()
  }
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape') actions.cancelEdit()
  }
  return (
    <Stack spacing={1}>
      <LanguageAssist
        field={field}
        sectionKey={note.sectionKey}
        noteId={note.id}
        enabled={!note.verbatim}
        statusId={statusId}
      >
        <TextField
          id={`edit-${note.id}`}
          inputRef={field}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKey}
          multiline
          autoFocus
          label="Edit the note"
          helperText="Enter saves, Shift+Enter starts a new line, Esc cancels"
          slotProps={{
            htmlInput: {
              dir: 'auto',
              'aria-keyshortcuts': 'Control+J',
              'aria-describedby': `edit-${note.id}-helper-text ${statusId}`,
            },
          }}
        />
      </LanguageAssist>
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="contained" onClick={() => void save()}>
          Save
        </Button>
        <Button size="small" onClick={actions.cancelEdit}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  )
}
