import { memo, useState, type KeyboardEvent } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import IconButton from '@mui/material/IconButton'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import LockOutlined from '@mui/icons-material/LockOutlined'
import MoreVert from '@mui/icons-material/MoreVert'
import FormatQuote from '@mui/icons-material/FormatQuote'
import type { DisplayNote, NoteActions } from './display-note.ts'

type Props = {
  readonly note: DisplayNote
  readonly speaker: string | null
  /** Shown in the time-order view, where notes of every section are together. */
  readonly sectionHeading?: string
  readonly actions?: NoteActions
  readonly large?: boolean
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** One note: who said it, what they said (quoted when in their own words), and whether the family may see it. */
export const NoteCard = memo(function NoteCard({
  note,
  speaker,
  sectionHeading,
  actions,
  large = false,
}: Props) {
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(note.text)
  const [menu, setMenu] = useState<HTMLElement | null>(null)
  const preview = note.text.length > 40 ? `${note.text.slice(0, 40)}…` : note.text

  const save = async (): Promise<void> => {
    if (!actions || draft.trim() === '') return
    if (draft === note.text || (await actions.edit(note.id, draft))) setEditing(false)
  }
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape') {
      setDraft(note.text)
      setEditing(false)
    }
  }

  return (
    <Box
      component="article"
      data-note-id={note.id}
      data-state={note.state}
      aria-label={`${note.notForFamily ? 'Not for the family. ' : ''}${speaker ? `${speaker}: ` : ''}${preview}`}
      sx={{
        p: large ? 2 : 1.5,
        borderRadius: 1.5,
        border: 1,
        borderColor: note.notForFamily ? 'warning.main' : 'divider',
        borderLeftWidth: note.notForFamily ? 5 : 1,
        bgcolor: 'background.paper',
        opacity: note.state === 'saving' ? 0.75 : 1,
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          {(sectionHeading || note.notForFamily) && (
            <Stack direction="row" spacing={1} sx={{ mb: 0.5, flexWrap: 'wrap', gap: 0.5 }}>
              {sectionHeading && <Chip size="small" label={sectionHeading} variant="outlined" />}
              {note.notForFamily && (
                <Chip size="small" color="warning" icon={<LockOutlined />} label="Not for the family" />
              )}
            </Stack>
          )}
          {editing ? (
            <Stack spacing={1}>
              <TextField
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
                onKeyDown={onKey}
                multiline
                autoFocus
                label="Edit the note"
                helperText="Enter saves, Shift+Enter starts a new line, Esc cancels"
              />
              <Stack direction="row" spacing={1}>
                <Button size="small" variant="contained" onClick={() => void save()}>
                  Save
                </Button>
                <Button size="small" onClick={() => (setDraft(note.text), setEditing(false))}>
                  Cancel
                </Button>
              </Stack>
            </Stack>
          ) : (
            <Typography
              component="p"
              sx={{
                fontSize: large ? '1.35rem' : '0.95rem',
                lineHeight: 1.45,
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
                fontStyle: note.verbatim ? 'italic' : 'normal',
              }}
            >
              {note.verbatim && (
                <FormatQuote
                  fontSize="small"
                  sx={{ verticalAlign: 'text-top', mr: 0.5, color: 'text.secondary' }}
                  aria-label="In their own words"
                />
              )}
              {speaker && !note.verbatim && (
                <Box component="span" sx={{ fontWeight: 700 }}>
                  <bdi>{speaker}</bdi>:{' '}
                </Box>
              )}
              <bdi>{note.verbatim ? `“${note.text}”` : note.text}</bdi>
              {speaker && note.verbatim && (
                <Box component="span" sx={{ fontStyle: 'normal', fontWeight: 600 }}>
                  {' '}
                  — <bdi>{speaker}</bdi>
                </Box>
              )}
            </Typography>
          )}
          <Typography
            variant="caption"
            color={note.state === 'failed' ? 'error' : 'text.secondary'}
            component="p"
            sx={{ mt: 0.5 }}
          >
            {timeFormat.format(new Date(note.createdAt))}
            {note.state === 'saving' && ' · Saving…'}
            {note.state === 'failed' && ' · Not saved'}
          </Typography>
          {note.state === 'failed' && actions && (
            <Button size="small" onClick={() => actions.retry(note.id)}>
              Try again
            </Button>
          )}
        </Box>
        {actions && note.state === 'saved' && !editing && (
          <>
            <IconButton
              size="small"
              aria-label={`Actions for the note “${preview}”`}
              aria-haspopup="menu"
              onClick={(event) => setMenu(event.currentTarget)}
            >
              <MoreVert fontSize="small" />
            </IconButton>
            <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
              <MenuItem onClick={() => (setMenu(null), setDraft(note.text), setEditing(true))}>Edit</MenuItem>
              <MenuItem onClick={() => (setMenu(null), actions.move(note.id))}>
                Move to another section…
              </MenuItem>
              <MenuItem onClick={() => (setMenu(null), actions.toggleFamily(note.id, !note.notForFamily))}>
                {note.notForFamily ? 'Share with the family' : 'Mark as not for the family'}
              </MenuItem>
              <MenuItem onClick={() => (setMenu(null), actions.toggleVerbatim(note.id, !note.verbatim))}>
                {note.verbatim ? 'Not in their own words' : 'Mark as their own words'}
              </MenuItem>
              <MenuItem onClick={() => (setMenu(null), actions.remove(note.id))} sx={{ color: 'error.main' }}>
                Delete
              </MenuItem>
            </Menu>
          </>
        )}
      </Stack>
    </Box>
  )
})
