import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import type { Participant } from '../../shared/model/people.ts'
import { LanguageAssist } from '../language/language-assist.tsx'
import type { DisplayNote, NoteActions } from './display-note.ts'
import { chordAria } from '../common/shortcuts.ts'
import { SpeakerPicker } from './speaker-picker.tsx'

type Props = {
  readonly note: Pick<DisplayNote, 'id' | 'sectionKey' | 'text' | 'verbatim' | 'speakerId'>
  /** Without `speakers`, only the words can be changed (the Language check tab). */
  readonly actions: Pick<NoteActions, 'saveEdit' | 'cancelEdit'> &
    Partial<Pick<NoteActions, 'speakers' | 'names'>>
}

/**
 * Edits a note in place: who said it and what they said, with the language assistant. Enter saves,
 * Esc cancels. A note put to the wrong person is put right here, before the minutes are signed.
 */
export function NoteEditor({ note, actions }: Props) {
  const [draft, setDraft] = useState(note.text)
  const [speakerId, setSpeakerId] = useState(note.speakerId)
  const field = useRef<HTMLTextAreaElement>(null)
  // The field opens with the caret at the end of the words, where someone adding to a note types: the
  // browser puts it at the start, and 'X' typed straight on made 'XLisa said…'.
  useLayoutEffect(() => {
    const opened = field.current
    opened?.setSelectionRange(opened.value.length, opened.value.length)
  }, [])
  const statusId = `note-language-${note.id}`
  const people: ReadonlyArray<Participant> | null = actions.speakers?.(note.speakerId) ?? null
  // What is in the editor now, for a save that answers after more was typed.
  const latest = useRef({ draft, speakerId })
  latest.current = { draft, speakerId }
  const save = async (): Promise<void> => {
    if (draft.trim() === '') return
    // Done: the focus goes to the note box, so what is typed straight on starts a new note.
    if (draft === note.text && speakerId === note.speakerId) {
      actions.cancelEdit('note-box')
      return
    }
    const sent = { draft, speakerId }
    if (!(await actions.saveEdit(note.id, sent.draft, sent.speakerId))) return
    // Typed on while it was saved (a slow or full disk): the editor stays, with those words, to save again.
    const now = latest.current
    if (now.draft === sent.draft && now.speakerId === sent.speakerId) actions.cancelEdit('note-box')
  }
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape') actions.cancelEdit('card')
  }
  return (
    <Stack spacing={1.5} sx={{ pt: 1 }}>
      {people && (
        <SpeakerPicker
          id={`edit-speaker-${note.id}`}
          label="Who said it"
          people={people}
          names={actions.names ?? new Map()}
          speakerId={speakerId}
          onChange={setSpeakerId}
          onDone={() => field.current?.focus()}
          width="100%"
        />
      )}
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
          fullWidth
          label="Edit the note"
          helperText="Enter saves, Shift+Enter starts a new line, Esc cancels"
          slotProps={{
            htmlInput: {
              dir: 'auto',
              'aria-keyshortcuts': chordAria('wording'),
              'aria-describedby': `edit-${note.id}-helper-text ${statusId}`,
            },
          }}
        />
      </LanguageAssist>
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="contained" onClick={() => void save()}>
          Save
        </Button>
        <Button size="small" onClick={() => actions.cancelEdit('card')}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  )
}
